package yearbook.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * What may reach a reader's browser from an article: the raw HTML elements and attributes that cannot run
 * anything (jsoup's relaxed list plus what Markdown itself produces, and ruby annotations for Chinese), and the
 * link addresses that cannot ({@code http:}, {@code https:}, {@code mailto:}, {@code tel:}, and addresses
 * within the site). Scripts, event handlers, styles, frames, forms, objects and {@code javascript:} or
 * {@code data:} addresses are left out.
 */
final class HtmlSafety {
    /** Relative addresses are resolved against this only to check them; they are kept as written. */
    private static final String BASE = "https://site.invalid/";
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\t\\n\\r]");

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "del", "ins", "s", "mark", "small", "abbr", "kbd", "samp", "var", "figure", "figcaption",
                    "ruby", "rt", "rp", "details", "summary")
            .addAttributes(":all", "title", "lang", "dir")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("code", "class")
            .addAttributes("th", "align").addAttributes("td", "align")
            .addAttributes("abbr", "title")
            // what a picture of the content carries on the site ({@link PictureHtml}); none of it runs anything
            .addAttributes("img", "loading", "decoding", "srcset", "sizes")
            .addProtocols("a", "href", "tel")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false)
            .charset("UTF-8")
            .escapeMode(Entities.EscapeMode.base);

    private HtmlSafety() {
    }

    /** Whether a link or image address can be followed without running anything. */
    static boolean safeUrl(String destination, boolean image) {
        if (destination.indexOf(':') < 0) {
            return true; // no scheme: an address within the site (the common case, checked for every link)
        }
        // Browsers ignore tabs and line breaks inside an address and spaces and control characters around it.
        String url = IGNORED_IN_URLS.matcher(destination).replaceAll("").replaceAll("^[\\x00-\\x20]+", "");
        Matcher m = SCHEME.matcher(url);
        return !m.find() || (image ? IMAGE_SCHEMES : LINK_SCHEMES).contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** Whether a piece of raw HTML as written in Markdown (a block, or a single tag) is kept unchanged. */
    static boolean safeHtml(String raw) {
        String s = raw.strip();
        if (s.startsWith("<!--") && s.indexOf("-->") == s.length() - 3) {
            return true; // a comment: left out of the page, but nothing an editor needs to hear about
        }
        Document doc = Jsoup.parseBodyFragment(raw, BASE);
        return new Cleaner(SAFELIST).isValid(doc);
    }

    /** The HTML fragment with everything outside the safe list removed. */
    static String clean(String html) {
        return Jsoup.clean(html, BASE, SAFELIST, OUTPUT);
    }
}
