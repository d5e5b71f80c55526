package yearbook.render.view;

import java.util.List;

/** An article in a listing. {@code region} is the region chain as text: 内蒙古自治区 › 乌海市. */
public record ArticleItem(String title, String subtitle, String url, String organization, String region, int year,
                          String date, List<LinkView> themes, String summary) {
    public ArticleItem {
        themes = List.copyOf(themes);
    }
}
