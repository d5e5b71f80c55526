package yearbook.render.view;

/**
 * What every template sees as {@code page}: the current page's title, address and kind
 * (home, volume, regions, region, region-theme, themes, theme, article, 404).
 *
 * @param permalink the page's absolute address (canonical link)
 */
public record PageMeta(String kind, String title, String url, String permalink, String description) {
}
