package yearbook.render.view;

import java.util.List;

/** The home page ({@code home} in home.ftlh). */
public record HomeView(List<CountLink> volumes, List<RegionTreeView> regions, List<CountLink> themes,
                       List<ArticleItem> latest) {
    public HomeView {
        volumes = List.copyOf(volumes);
        regions = List.copyOf(regions);
        themes = List.copyOf(themes);
        latest = List.copyOf(latest);
    }
}
