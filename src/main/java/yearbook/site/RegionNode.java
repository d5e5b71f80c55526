package yearbook.site;

import java.util.List;

import yearbook.region.Region;

/**
 * A region that has articles, itself or below it, in the site's region tree.
 *
 * @param own      articles whose region is exactly this one
 * @param articles its own and all its descendants' articles, in site order
 * @param children sub-regions that have articles, by code
 */
public record RegionNode(Region region, String url, List<RegionNode> children, List<Page> own, List<Page> articles) {
    public RegionNode {
        children = List.copyOf(children);
        own = List.copyOf(own);
        articles = List.copyOf(articles);
    }
}
