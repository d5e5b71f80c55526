package yearbook.site;

import java.util.ArrayList;
import java.util.List;

import yearbook.theme.Theme;

/**
 * How a volume's articles besides its 特载 and 附录 are arranged, as {@code volume.parts} says, on its page and in
 * print alike: by theme (工作综述: each article once, under its first theme, the themes in the vocabulary's order and
 * the articles without a theme last, under 其他), by region (各地工会), or both — then the provincial unions' own
 * articles stand under their themes and the others under their regions.
 *
 * @param themes  the themes with their articles in site order; empty when the volume is not arranged by theme
 * @param regions the articles arranged by region, in site order
 */
public record Arrangement(List<ThemeGroup> themes, List<Page> regions) {
    public Arrangement {
        themes = List.copyOf(themes);
        regions = List.copyOf(regions);
    }

    /** A theme's articles; {@code theme} is null for those without a theme (其他). */
    public record ThemeGroup(Theme theme, List<Page> articles) {
        public ThemeGroup {
            articles = List.copyOf(articles);
        }

        /** The group's heading: the theme's name, or 其他. */
        public String name() {
            return theme == null ? "其他" : theme.name();
        }
    }

    /** The articles arranged by theme, in the order of their themes. */
    public List<Page> themed() {
        List<Page> out = new ArrayList<>();
        themes.forEach(g -> out.addAll(g.articles()));
        return out;
    }
}
