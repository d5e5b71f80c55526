package yearbook.render.view;

import java.util.List;

/** A theme page ({@code theme} in theme.ftlh), or a theme in the theme index. */
public record ThemeView(String id, String name, String description, String url, int count, List<CountLink> regions,
                        List<YearGroup> years) {
    public ThemeView {
        regions = List.copyOf(regions);
        years = List.copyOf(years);
    }
}
