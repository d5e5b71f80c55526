package yearbook.render.view;

import java.util.List;

/** A region in the region tree, with how many articles it holds (its own and below). */
public record RegionTreeView(String name, String code, String url, int count, List<RegionTreeView> children) {
    public RegionTreeView {
        children = List.copyOf(children);
    }
}
