package yearbook.render.view;

import java.util.List;

/**
 * What every template sees as {@code site}: the yearbook's name and the addresses of its main pages.
 *
 * @param search the address of the search page
 * @param assets the address of the folder holding the stylesheet and other template assets
 */
public record SiteView(String title, String subtitle, String publisher, String description, String language,
                       String baseUrl, String home, String regions, String themes, String search, String feed, String assets,
                       String copyright, List<CountLink> volumes, int articleCount, String generator) {
    public SiteView {
        volumes = List.copyOf(volumes);
    }
}
