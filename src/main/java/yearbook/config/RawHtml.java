package yearbook.config;

import java.util.Locale;

/**
 * What happens to HTML written inside an article's Markdown ({@code rawHtml:} in yearbook.yaml).
 *
 * <ul>
 *   <li>{@link #SAFE} (the default): kept, cleaned to a list of harmless elements and attributes: no scripts,
 *       no event handlers ({@code onclick=…}), no styles, frames, forms or objects, and links only to
 *       {@code http:}, {@code https:}, {@code mailto:}, {@code tel:} or addresses within the site;</li>
 *   <li>{@link #ESCAPE}: shown as text, exactly as typed;</li>
 *   <li>{@link #TRUSTED}: passed through unchanged. Only for yearbooks whose every author may put scripts on
 *       the published site.</li>
 * </ul>
 * Markdown links and images ({@code [text](javascript:…)}) follow the same rule for their addresses in the
 * first two cases.
 */
public enum RawHtml {
    SAFE, ESCAPE, TRUSTED;

    /** The name as written in yearbook.yaml. */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }
}
