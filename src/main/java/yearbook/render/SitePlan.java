package yearbook.render;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every file of a site before it is made: the files rendered through the templates (pages, feed, sitemap)
 * with how to render each, and the files copied as they are (template and content assets) with their
 * source. Keys are site paths such as {@code 2019/wu-hai-shi/index.html}.
 *
 * @param pages the number of web pages among {@code made}
 */
public record SitePlan(Map<String, Supplier<byte[]>> made, Map<String, Path> copied, int pages) {
    public SitePlan {
        made = Collections.unmodifiableMap(new LinkedHashMap<>(made));
        copied = Collections.unmodifiableMap(new LinkedHashMap<>(copied));
    }
}
