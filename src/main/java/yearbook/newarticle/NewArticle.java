package yearbook.newarticle;

import java.nio.file.Path;
import java.util.List;

/**
 * What the editor asks for: a new article in the {@code content} folder.
 *
 * @param region       a code ({@code 150623}) or a name path ({@code 鄂尔多斯市/鄂托克前旗}), as in front matter
 * @param year         the covered year, or null for the previous calendar year
 * @param themes       theme ids or names from {@code themes.yaml}
 * @param organization the organisation, or null for the region's 总工会
 */
public record NewArticle(Path content, String title, String region, Integer year, List<String> themes,
                         String organization) {
    public NewArticle {
        themes = List.copyOf(themes);
    }
}
