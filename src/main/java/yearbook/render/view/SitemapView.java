package yearbook.render.view;

import java.util.List;

/** The sitemap ({@code sitemap} in sitemap.ftlx): every page's absolute address. */
public record SitemapView(List<String> urls) {
    public SitemapView {
        urls = List.copyOf(urls);
    }
}
