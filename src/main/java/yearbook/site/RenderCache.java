package yearbook.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import yearbook.markdown.Link;
import yearbook.markdown.MarkdownRenderer;
import yearbook.markdown.RenderedMarkdown;

/**
 * Article bodies rendered by earlier builds, kept for the next one (the preview rebuilds on every save): a
 * body is rendered again only when its text changed or one of its links now leads elsewhere. Thread-safe.
 */
public final class RenderCache {
    /** A rendered body and where each of its links led when it was rendered. */
    private record Entry(String body, MarkdownRenderer markdown, RenderedMarkdown rendered, List<String> resolved) {
    }

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();

    /** The body of the article at {@code path} rendered with {@code targets}, from the cache when still the same. */
    RenderedMarkdown render(String path, String body, MarkdownRenderer markdown, LinkTargets targets) {
        Entry e = byPath.get(path);
        if (e != null && e.body().equals(body) && e.markdown() == markdown && e.resolved().equals(resolve(e.rendered(), targets))) {
            return e.rendered();
        }
        RenderedMarkdown rendered = markdown.render(body, targets::resolve);
        byPath.put(path, new Entry(body, markdown, rendered, resolve(rendered, targets)));
        return rendered;
    }

    private static List<String> resolve(RenderedMarkdown rendered, LinkTargets targets) {
        List<String> out = new ArrayList<>(rendered.links().size());
        for (Link l : rendered.links()) {
            out.add(targets.resolve(l.destination()));
        }
        return out;
    }

    /** Forgets the articles not among {@code paths} (deleted or renamed since). */
    void retain(Set<String> paths) {
        byPath.keySet().retainAll(paths);
    }
}
