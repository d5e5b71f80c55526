package yearbook.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import yearbook.markdown.Link;
import yearbook.markdown.MarkdownRenderer;
import yearbook.markdown.Pictures;
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
        return render(path, body, markdown, targets, Pictures.NONE);
    }

    /**
     * As above, the pictures as {@code pictures} knows them: a body is rendered again also when one of its
     * pictures changed its size.
     */
    RenderedMarkdown render(String path, String body, MarkdownRenderer markdown, LinkTargets targets, Pictures pictures) {
        Entry e = byPath.get(path);
        if (e != null && e.body().equals(body) && e.markdown() == markdown
                && e.resolved().equals(resolve(e.rendered(), targets, pictures))) {
            return e.rendered();
        }
        RenderedMarkdown rendered = markdown.render(body, targets::resolve, pictures);
        byPath.put(path, new Entry(body, markdown, rendered, resolve(rendered, targets, pictures)));
        return rendered;
    }

    private static List<String> resolve(RenderedMarkdown rendered, LinkTargets targets, Pictures pictures) {
        List<String> out = new ArrayList<>(rendered.links().size());
        for (Link l : rendered.links()) {
            out.add(targets.resolve(l.destination()));
            if (l.image()) {
                out.add(String.valueOf(pictures.shown(l.destination())));
            }
        }
        return out;
    }

    /** Forgets the articles not among {@code paths} (deleted or renamed since). */
    void retain(Set<String> paths) {
        byPath.keySet().retainAll(paths);
    }
}
