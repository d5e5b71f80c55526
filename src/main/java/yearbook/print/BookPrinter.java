package yearbook.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import yearbook.config.Settings;
import yearbook.diag.Diagnostics;
import yearbook.diag.Msg;
import yearbook.fingerprint.Fingerprint;
import yearbook.template.Templates;

/**
 * Prints books of the yearbook to PDF bytes: the book's HTML through its template, then the PDF with fonts
 * whose characters were checked ({@link PrintCheck}). Writes nothing itself. Thread-safe.
 */
public final class BookPrinter {
    private final BookRenderer renderer;
    private final PdfMaker maker;
    private final PrintFonts fonts;
    private final String generator;
    private final Settings settings;
    private final Path content;
    private final Instant printed;
    /** Each book's HTML as {@link #key} rendered it, by the book's path, until the book is printed or kept. */
    private final java.util.Map<String, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param content the content folder, against which the books' images resolve
     * @param printed the date every PDF carries, or null for each book's own date
     * @param preface the 编辑说明 the editors wrote, as HTML ({@link #preface}), or null for the notes the template
     *                makes from the settings
     */
    public BookPrinter(Templates templates, Settings settings, PrintFonts fonts, String generator, Path content,
                       Instant printed, String preface) {
        this.renderer = new BookRenderer(templates, settings, generator, preface);
        this.maker = new PdfMaker(fonts, generator);
        this.fonts = fonts;
        this.generator = generator;
        this.settings = settings;
        this.content = content;
        this.printed = printed;
    }

    /**
     * Reads the 编辑说明 the editors wrote ({@code preface.md} in the content folder) for the books.
     *
     * @return its HTML, or null when there is none; problems go to {@code diagnostics}
     */
    public static String preface(Path content, Settings settings, Diagnostics diagnostics) {
        return Preface.read(content, settings, diagnostics).orElse(null);
    }

    private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile("\\ssrc=\"([^\"]*)\"");

    /**
     * A fingerprint of everything the book's PDF is made from: its HTML, its metadata, the fonts and the bytes
     * of each picture it shows. Two books with the same fingerprint print the same PDF. The HTML is kept for
     * {@link #print}, which would otherwise render it again (a second of a 2 000-page volume), until the book is
     * printed or {@link #forget forgotten}.
     */
    public String key(Book book) {
        String html = renderer.render(book);
        rendered.put(book.path(), html);
        List<Object> parts = new ArrayList<>(List.of(html, book.path(), meta(book), fonts.fingerprint(), generator));
        java.util.regex.Matcher m = SOURCE.matcher(html);
        String base = content.toUri().toString();
        while (m.find()) {
            String src = m.group(1).replace("&amp;", "&");
            parts.add(src);
            byte[] bytes = null;
            try {
                Path file = Path.of(java.net.URI.create(base).resolve(src)).normalize();
                if (file.startsWith(content) && Files.isRegularFile(file)) {
                    bytes = Files.readAllBytes(file);
                }
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException | IOException e) {
                bytes = null;
            }
            parts.add(bytes);
        }
        return Fingerprint.once(parts.toArray());
    }

    private PdfMaker.Meta meta(Book book) {
        Instant created = printed != null ? printed : book.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        String author = settings.publisher() != null ? settings.publisher() : settings.title();
        return new PdfMaker.Meta(book.title(), author, settings.subtitle(), settings.language(), created);
    }

    /**
     * The fingerprints of {@code books} ({@link #key}), worked out at once. A province's PDF that takes its pages
     * from its volume ({@link Offprints}) depends on the volume too (where the province falls in it gives its page
     * numbers): its fingerprint includes the volume's.
     */
    public String[] keys(List<Book> books) {
        String[] keys = new String[books.size()];
        java.util.stream.IntStream.range(0, keys.length).parallel().forEach(i -> keys[i] = key(books.get(i)));
        for (int i = 0; i < keys.length; i++) {
            Book volume = Offprints.volumeOf(books.get(i), books);
            if (volume != null) {
                keys[i] = Fingerprint.once(keys[i], keys[indexOf(books, volume)]);
            }
        }
        return keys;
    }

    private static int indexOf(List<Book> books, Book book) {
        for (int i = 0; i < books.size(); i++) {
            if (books.get(i) == book) {
                return i;
            }
        }
        throw new IllegalArgumentException(book.path());
    }

    /**
     * The books to print for {@code wanted}, a selection of {@code all}: those, and the volume of each province that
     * takes its pages from its volume ({@link Offprints}), in the order of {@code all}.
     */
    public static List<Book> withVolumes(List<Book> wanted, List<Book> all) {
        Set<String> chosen = new HashSet<>();
        for (Book b : wanted) {
            chosen.add(b.path());
            Book volume = Offprints.volumeOf(b, all);
            if (volume != null) {
                chosen.add(volume.path());
            }
        }
        return all.stream().filter(b -> chosen.contains(b.path())).toList();
    }

    /** Lets go of the HTML {@link #key} rendered for a book that is not printed (its PDF is kept). */
    public void forget(Book book) {
        rendered.remove(book.path());
    }

    /** One book as PDF bytes. */
    public byte[] print(Book book) {
        return print(book, n -> { });
    }

    /**
     * One book as PDF bytes, as a build of {@code all} prints it, by the book's path ({@link Book#path}): a province
     * that takes its pages from its volume ({@link Offprints}) is printed with the volume, which is given too.
     */
    public java.util.Map<String, byte[]> print(Book book, List<Book> all) {
        Book volume = Offprints.volumeOf(book, all);
        if (volume == null) {
            return java.util.Map.of(book.path(), print(book));
        }
        java.util.Map<String, byte[]> pdfs = new java.util.concurrent.ConcurrentHashMap<>();
        printAll(List.of(volume, book), (b, bytes) -> pdfs.put(b.path(), bytes));
        return pdfs;
    }

    /**
     * One book as PDF bytes, telling {@code articlesLaidOut} how many of its articles each part laid out added (from
     * any thread); once the PDF is made, they add up to the book's articles.
     */
    public byte[] print(Book book, IntConsumer articlesLaidOut) {
        return print(book, articlesLaidOut, Offprints.none());
    }

    private byte[] print(Book book, IntConsumer articlesLaidOut, Offprints offprints) {
        Set<String> articles = new HashSet<>();
        book.articles().forEach(e -> articles.add(e.id()));
        Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicInteger told = new AtomicInteger();
        // the book's HTML is handed on without being held here: the maker lets it go once it is cut into parts
        byte[] pdf = maker.make(book.path(), html(book), content,
                meta(book), ids -> {
                    int n = (int) ids.stream().filter(id -> articles.contains(id) && seen.add(id)).count();
                    if (n > 0) {
                        told.addAndGet(n);
                        articlesLaidOut.accept(n);
                    }
                }, offprints);
        // a template without the parts' marks is laid out as one part, whose anchors may not name the articles
        int rest = articles.size() - told.get();
        if (rest > 0) {
            articlesLaidOut.accept(rest);
        }
        return pdf;
    }

    private String html(Book book) {
        String html = rendered.remove(book.path());
        return html != null ? html : renderer.render(book);
    }

    /**
     * Prints the books, as many at once as there are processors, handing each PDF whole to {@code done}. A
     * province whose volume is among the books takes its pages from the volume ({@link Offprints}); the books
     * keep the order of {@code books}, so that a volume is begun before its provinces. The
     * first failure stops the books not yet started and is thrown once the running ones have finished.
     */
    public void printAll(List<Book> books, BiConsumer<Book, byte[]> done) {
        printAll(books, done, n -> { });
    }

    /**
     * As {@link #printAll(List, BiConsumer)}, telling {@code articlesLaidOut} how many articles each part laid out
     * added, in any book (see {@link #print(Book, IntConsumer)}): they add up to the articles of all the books.
     */
    public void printAll(List<Book> books, BiConsumer<Book, byte[]> done, IntConsumer articlesLaidOut) {
        int threads = Math.max(1, Math.min(books.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads); // takes the books in order
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Offprints offprints = Offprints.plan(books);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Book book : books) {
                running.add(pool.submit(() -> {
                    try {
                        if (failure.get() != null) {
                            return;
                        }
                        done.accept(book, print(book, articlesLaidOut, offprints));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } catch (OutOfMemoryError e) {
                        failure.compareAndSet(null, new PdfError(Msg.of("pdf.memory", book.path(),
                                Runtime.getRuntime().maxMemory() / (1 << 20))));
                    } finally {
                        offprints.done(book.path()); // a province waiting for a part the volume did not give goes on alone
                    }
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while printing", e);
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, new IllegalStateException(e.getCause()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
