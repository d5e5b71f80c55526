package yearbook.site;

import java.util.List;
import java.util.Optional;

import yearbook.region.Region;

/**
 * A region that has articles, itself or below it, in the site's region tree.
 *
 * @param own      articles whose region is exactly this one
 * @param articles its own and all its descendants' articles, in site order
 * @param children sub-regions that have articles, by code
 * @param themes   the themes that {@code articles} carry, in the vocabulary's order, each with its articles here
 */
public record RegionNode(Region region, String url, List<RegionNode> children, List<Page> own, List<Page> articles,
                         List<RegionTheme> themes) {
    public RegionNode {
        children = List.copyOf(children);
        own = List.copyOf(own);
        articles = List.copyOf(articles);
        themes = List.copyOf(themes);
    }

    /** The theme's articles in this region, if any carry it (a vocabulary has a few dozen themes at most). */
    public Optional<RegionTheme> theme(String id) {
        for (RegionTheme t : themes) {
            if (t.theme().id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
