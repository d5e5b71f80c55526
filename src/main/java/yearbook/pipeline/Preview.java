package yearbook.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import yearbook.diag.Diagnostic;
import yearbook.print.Book;
import yearbook.render.SitePlan;
import yearbook.search.SearchIndex;
import yearbook.site.SiteModel;

/**
 * One state of the site as the preview server shows it: the content read and checked and the site model
 * built exactly as a build does, but each file made only when it is asked for, and kept: a page is rendered
 * on its first request, the search index made on the first request for one of its files, a PDF printed
 * when it is opened. Nothing is written to disk. A change to the content makes a new one
 * ({@link Previewer#next}).
 */
public final class Preview {
    private final SiteModel site;
    private final SitePlan plan;
    private final Map<String, Book> books = new LinkedHashMap<>();
    private final Printer printer;
    private final List<Diagnostic> warnings;
    private final long millis;
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();
    private volatile Map<String, byte[]> search;

    /** Prints one book; may fail with a content error (characters missing from the fonts) or a PDF error. */
    @FunctionalInterface
    interface Printer {
        /** The book's PDF, with any other PDF printed with it (a province's volume), by site path. */
        Map<String, byte[]> print(Book book);
    }

    Preview(SiteModel site, SitePlan plan, List<Book> books, Printer printer, List<Diagnostic> warnings, long millis) {
        this.site = site;
        this.plan = plan;
        for (Book b : books) {
            this.books.put(b.path(), b);
        }
        this.printer = printer;
        this.warnings = List.copyOf(warnings);
        this.millis = millis;
    }

    /**
     * The file at a site path such as {@code 2019/wu-hai-shi/index.html} or {@code pdf/yearbook-2019.pdf},
     * made now if it was not yet; null when the site has no such file.
     *
     * @throws yearbook.template.TemplateError when a template fails on this page
     * @throws yearbook.diag.ContentException when a PDF's text has characters its fonts lack
     * @throws yearbook.print.PdfError when a PDF cannot be made
     */
    public byte[] file(String path) throws IOException {
        byte[] done = made.get(path);
        if (done != null) {
            return done;
        }
        Supplier<byte[]> page = plan.made().get(path);
        if (page != null) {
            return keep(path, page.get());
        }
        Path copied = plan.copied().get(path);
        if (copied != null) {
            return Files.isRegularFile(copied) ? Files.readAllBytes(copied) : null;
        }
        if (path.startsWith(SearchIndex.FOLDER)) {
            return searchIndex().get(path);
        }
        Book book = books.get(path);
        if (book != null) {
            synchronized (book) {
                done = made.get(path);
                if (done == null) {
                    printer.print(book).forEach(this::keep); // a province's volume is printed with it: kept too
                    done = made.get(path);
                }
                return done;
            }
        }
        return null;
    }

    private byte[] keep(String path, byte[] content) {
        made.put(path, content);
        return content;
    }

    private Map<String, byte[]> searchIndex() {
        Map<String, byte[]> s = search;
        if (s == null) {
            synchronized (this) {
                s = search;
                if (s == null) {
                    s = SearchIndex.of(site).files();
                    search = s;
                }
            }
        }
        return s;
    }

    /** The site path of the newest volume's PDF (the whole volume), or null when the PDFs are turned off. */
    public String currentVolumePdf() {
        return books.values().stream().filter(b -> b.province() == null).max(Comparator.comparingInt(Book::volume))
                .map(Book::path).orElse(null);
    }

    /** The site's base path, e.g. "/" or "/yearbook/". */
    public String basePath() {
        return site.settings().basePath();
    }

    public int articles() {
        return site.pages().size();
    }

    /** Findings that did not stop the build. */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** How long reading the content, building the model and planning the pages took. */
    public long millis() {
        return millis;
    }
}
