package yearbook.print;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import yearbook.diag.Msg;
import yearbook.config.FontRole;

import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns the HTML of a book into PDF bytes with OpenHTMLToPDF: PDF/A-2u with tags for PDF/UA, the print
 * fonts embedded as subsets, Chinese line breaking by ICU, and the same bytes for the same input (the
 * creation date is given, the document id is derived from the content). Thread-safe: one instance makes
 * many PDFs at once.
 */
public final class PdfMaker {
    /**
     * Whether a resource the renderer asks for is a file really inside {@code base}: after resolving {@code ..}
     * and symbolic links, and never over the network.
     */
    static boolean inside(String uri, Path base) {
        try {
            URI u = new URI(uri);
            if (!"file".equals(u.getScheme())) {
                return false;
            }
            Path file = Path.of(u).normalize();
            Path root = base.toAbsolutePath().normalize();
            return file.startsWith(root) && (!Files.exists(file) || file.toRealPath().startsWith(root.toRealPath()));
        } catch (URISyntaxException | IllegalArgumentException | IOException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final Pattern XMP_DATE = Pattern.compile(
            "(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:(?:CreateDate|ModifyDate|MetadataDate)>)"
            + "|((?:xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)=\")[^\"]*(\")");

    static {
        PrintFonts.quietLibraries();
        // Page content, font subsets and object streams are compressed at Deflate's fastest level unless the JVM
        // is told otherwise: measured on a 1 650-page book, the PDF is 14 % larger and made 10 % faster. A
        // -Dorg.apache.pdfbox.filter.deflatelevel=9 in YEARBOOK_JAVA_OPTS gives the smallest files.
        if (System.getProperty(Filter.SYSPROP_DEFLATELEVEL) == null) {
            System.setProperty(Filter.SYSPROP_DEFLATELEVEL, String.valueOf(Deflater.BEST_SPEED));
        }
    }

    /** Document information: title, author (the publisher), subject, language, creation date. */
    public record Meta(String title, String author, String subject, String language, Instant created) {
    }

    /** The PDF version the books are written in: PDF/A-2 is based on PDF 1.7. */
    static final float PDF_VERSION = 1.7f;

    private final PrintFonts fonts;
    private final String producer;

    public PdfMaker(PrintFonts fonts, String producer) {
        this.fonts = fonts;
        this.producer = producer;
    }

    /**
     * Renders {@code html} (an HTML document whose relative links resolve against {@code base}, a folder) into
     * a PDF. Reading outside {@code base} and over the network is refused.
     *
     * <p>The book is laid out in parts ({@link BookChunks}): each province, then each index, then the front matter
     * (whose contents need the others' page numbers). One part is laid out while the parts before it are drawn
     * on the other processors, and each is written into the book's file as soon as the parts before it are
     * ({@link PdfAssembly}, {@link StreamedPdf}), so memory holds a few parts, not the whole book.
     *
     * @throws PdfError when the renderer fails; the message names {@code what}
     */
    public byte[] make(String what, String html, Path base, Meta meta) {
        return make(what, html, base, meta, ids -> { });
    }

    /**
     * As {@link #make(String, String, Path, Meta)}, telling {@code laidOut} the anchor ids of each part once it is
     * laid out (from any thread), so that a caller can say how far the book got.
     */
    public byte[] make(String what, String html, Path base, Meta meta, Consumer<List<String>> laidOut) {
        return make(what, html, base, meta, laidOut, Offprints.none());
    }

    /**
     * As {@link #make(String, String, Path, Meta, Consumer)}, handing the provinces' parts of a volume to the
     * province books that take them, or taking a province's part from its volume, as {@code offprints} says
     * ({@link Offprints}; {@code what} is the book's path).
     */
    byte[] make(String what, String html, Path base, Meta meta, Consumer<List<String>> laidOut, Offprints offprints) {
        long id = idOf(html, meta);
        // the parts' documents keep their pages' content in memory: each part is written into the book's file and
        // let go as soon as the parts before it are (PdfAssembly), so the heap holds a few parts, not the book
        RandomAccessStreamCache.StreamCacheCreateFunction store = IOUtils.createMemoryOnlyStreamCache();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        String baseUri = base.toUri().toString();
        // one drawer: the parts share the book's faces, which note the characters drawn (for the subset) unguarded
        int drawers = 1;
        ExecutorService draw = Executors.newFixedThreadPool(drawers);
        // a part laid out waits for a drawer; at most this many wait, so that memory stays bounded
        Semaphore waiting = new Semaphore(drawers + 1);
        List<PdfAssembly.Part> parts = new ArrayList<>();
        // the book's faces, which every part uses: each face is embedded once, as a subset of the characters drawn
        // with it, made when the book's last objects are written (PdfAssembly.write). They belong to a document of
        // their own, never saved.
        PDDocument faceDoc = new PDDocument();
        PdfAssembly assembly;
        // the book's file, written part by part as the parts are added (StreamedPdf)
        Path saved = null;
        StreamedPdf file;
        try {
            Map<FontRole, PDType0Font> faces = new EnumMap<>(FontRole.class);
            for (FontRole role : FontRole.values()) {
                faces.put(role, PDType0Font.load(faceDoc, fonts.parsed(role), true));
            }
            saved = Files.createTempFile("yearbook-", ".pdf");
            file = new StreamedPdf(saved, PDF_VERSION);
            assembly = new PdfAssembly(faces, file);
        } catch (IOException e) {
            try {
                faceDoc.close();
                if (saved != null) {
                    Files.deleteIfExists(saved); // nothing of a book that could not begin is left behind
                }
            } catch (IOException ignored) {
                // a document in memory; a temporary file
            }
            throw new PdfError(Msg.of("pdf.failed", what, describe(e)));
        }
        try {
            BookChunks.Split split = BookChunks.split(Jsoup.parse(html, baseUri));
            html = null;
            List<BookChunks.Chunk> chunks = new ArrayList<>(split.chunks());
            Set<String> targets = split.targets();
            split = null;
            Map<String, String> printed = new ConcurrentHashMap<>();
            BookChunks.Chunk front = chunks.get(0);
            chunks.set(0, null);
            int bodies = 0;
            while (bodies + 1 < chunks.size() && chunks.get(bodies + 1).kind() == BookChunks.Kind.BODY) {
                bodies++;
            }
            // the provinces, laid out at once on all processors (each given the number of its first page once
            // the parts before it are laid out) and drawn one at a time, in any order
            List<CompletableFuture<Integer>> pagesOf = new ArrayList<>();
            for (int k = 0; k < bodies; k++) {
                pagesOf.add(new CompletableFuture<>());
            }
            // an offprint: the province's pages as its volume drew them, numbered as there
            int shift = 0;
            boolean took = false;
            Offprints.Offprint offprint = offprints.take(what, bodies == 1);
            if (offprint != null) {
                PdfAssembly.Part taken = take(offprint, chunks.get(1), baseUri, assembly.faces());
                if (taken != null) {
                    laidOut.accept(chunks.get(1).ids());
                    chunks.set(1, null);
                    parts.add(taken);
                    pagesOf.get(0).complete(taken.pages());
                    shift = offprint.firstNumber() - 1;
                    assembly.numberFrom(offprint.firstNumber());
                    for (Map.Entry<String, PdfAssembly.Anchor> e : taken.anchors().entrySet()) {
                        printed.put(e.getKey(), String.valueOf(offprint.firstNumber() + e.getValue().page()));
                    }
                    assembly.drawn(0, taken);
                    took = true;
                }
            }
            int threads = FirstPageNumber.settable() ? Math.max(1, Runtime.getRuntime().availableProcessors()) : 2;
            ExecutorService layout = Executors.newFixedThreadPool(threads);
            Object drawing = new Object();
            List<Future<?>> provinces = new ArrayList<>();
            try {
                for (int k = took ? 1 : 0; k < bodies; k++) {
                    int at = k;
                    BookChunks.Chunk chunk = chunks.get(k + 1);
                    chunks.set(k + 1, null);
                    provinces.add(layout.submit(() -> {
                        PDDocument into = new PDDocument(store);
                        org.jsoup.nodes.Document page = chunk.parse(baseUri);
                        Offprints.Shape shape = offprints.wants(what, chunk.ids()) ? Offprints.shape(page) : null;
                        int known = FirstPageNumber.settable() ? 0 : startOf(pagesOf, at) + 1;
                        PdfAssembly.Part part;
                        try {
                            part = layOut(chunk, page, into, assembly.faces(), baseUri, base, known, false, targets, problems);
                        } catch (Throwable e) {
                            pagesOf.get(at).completeExceptionally(e); // the parts after it stop waiting
                            throw e;
                        }
                        synchronized (parts) {
                            parts.add(part);
                        }
                        laidOut.accept(chunk.ids());
                        pagesOf.get(at).complete(part.pages());
                        int first = startOf(pagesOf, at) + 1;
                        if (FirstPageNumber.settable()) {
                            part.number(first);
                        }
                        for (Map.Entry<String, PdfAssembly.Anchor> e : part.anchors().entrySet()) {
                            printed.put(e.getKey(), String.valueOf(first + e.getValue().page()));
                        }
                        synchronized (drawing) {
                            part.draw();
                        }
                        if (shape != null) {
                            offprints.give(what, chunk.ids(), new Offprints.Offprint(part.saved(), first, part.pages(),
                                    part.anchors(), shape.html(), shape.entryIds()));
                        }
                        // written into the book's file while the next part is drawn: writing reads the part's
                        // own objects and only refers to the faces, which the drawing notes glyphs with
                        assembly.drawn(at, part);
                        return null;
                    }));
                }
                for (Future<?> f : provinces) {
                    f.get();
                }
            } finally {
                layout.shutdownNow();
            }
            // body pages counted from the body's first page, a right-hand one (index 0)
            int next = bodies == 0 ? 0 : startOf(pagesOf, bodies - 1) + pagesOf.get(bodies - 1).join();
            int index = bodies;
            for (int i = bodies + 1; i < chunks.size(); i++) {
                BookChunks.Chunk chunk = chunks.get(i);
                chunks.set(i, null); // its HTML is let go once laid out
                org.jsoup.nodes.Document page = chunk.parse(baseUri);
                boolean padded = false;
                if (next % 2 == 1) {
                    if (chunk.kind() == BookChunks.Kind.BODY) {
                        next++; // a blank page before it
                    } else {
                        BookChunks.padStart(page);
                        padded = true;
                    }
                }
                BookChunks.fillPages(page, printed);
                int first = (padded ? next : next + 1) + shift; // the number of the layout's first page
                PdfAssembly.Part part = layOut(chunk, page, new PDDocument(store), assembly.faces(),
                        baseUri, base, first, padded, targets, problems);
                for (Map.Entry<String, PdfAssembly.Anchor> e : part.anchors().entrySet()) {
                    printed.put(e.getKey(), String.valueOf(first + e.getValue().page()));
                }
                next += part.pages() - (padded ? 1 : 0);
                parts.add(part);
                laidOut.accept(chunk.ids());
                int at = index++;
                drawLater(draw, waiting, part, () -> assembly.drawn(at, part));
            }
            org.jsoup.nodes.Document frontPage = front.parse(baseUri);
            BookChunks.fillPages(frontPage, printed);
            PdfAssembly.Part first = layOut(front, frontPage, new PDDocument(store), assembly.faces(),
                    baseUri, base, 0, false, targets, problems);
            laidOut.accept(front.ids());
            front = null;
            parts.add(first);
            drawLater(draw, waiting, first, () -> { });
            draw.shutdown();
            for (PdfAssembly.Part part : parts) {
                if (part.drawn() != null) {
                    part.drawn().get(); // the provinces were drawn by their own tasks
                }
            }
            PDDocument doc = assembly.finish(first);
            if (took) {
                // the offprint's metadata was written for its volume: the front matter's names this book
                doc.getDocumentCatalog().setMetadata(first.document().getDocumentCatalog().getMetadata());
            }
            fix(doc, meta, id);
            if (!problems.isEmpty()) {
                throw new PdfError(Msg.of("pdf.failed", what, String.join("; ", problems)));
            }
            assembly.write(doc, id);
            doc = null;
            first = null;
            for (PdfAssembly.Part part : parts) {
                part.close();
            }
            return Files.readAllBytes(saved);
        } catch (PdfError e) {
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError oom) {
                throw oom;
            }
            if (e.getCause() instanceof PdfError p) {
                throw p;
            }
            if (System.getenv("YEARBOOK_DEBUG") != null) {
                e.printStackTrace();
            }
            throw new PdfError(Msg.of("pdf.failed", what, describe(e)));
        } catch (IOException | RuntimeException e) {
            if (System.getenv("YEARBOOK_DEBUG") != null) {
                e.printStackTrace();
            }
            throw new PdfError(Msg.of("pdf.failed", what, describe(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PdfError(Msg.of("pdf.interrupted", what));
        } finally {
            draw.shutdownNow();
            for (PdfAssembly.Part part : parts) {
                part.close();
            }
            try {
                file.close();
                Files.deleteIfExists(saved);
            } catch (IOException e) {
                // a temporary file
            }
            try {
                faceDoc.close();
            } catch (IOException e) {
                // a document in memory
            }
        }
    }

    /**
     * Where body part {@code k} begins, counted in pages from the body's first page (a right-hand one): after the
     * parts before it, and on a right-hand page (an even index), after a blank page when needed. Waits until the
     * parts before it are laid out.
     */
    private static int startOf(List<CompletableFuture<Integer>> pagesOf, int k) {
        int start = 0;
        for (int i = 0; i < k; i++) {
            start += pagesOf.get(i).join();
            if (start % 2 == 1) {
                start++;
            }
        }
        return start;
    }

    /** What is done with a part once it is drawn. */
    private interface Then {
        void run() throws IOException;
    }

    /** Hands a laid-out part to a drawer; waits while too many laid-out parts wait for one. */
    private static void drawLater(ExecutorService draw, Semaphore waiting,
                                  PdfAssembly.Part part, Then then) throws InterruptedException {
        waiting.acquire();
        Future<?> f = draw.submit(() -> {
            try {
                part.draw();
                then.run();
            } finally {
                waiting.release();
            }
            return null;
        });
        part.drawing(f);
    }

    /**
     * A province's part as its volume drew it, for the province's own book, when the book's part ({@code chunk})
     * prints the same as the volume's; else null. Its pages draw with {@code faces} instead of the volume's, each
     * given the glyphs the pages draw with it.
     */
    private PdfAssembly.Part take(Offprints.Offprint offprint, BookChunks.Chunk chunk, String baseUri,
                                  Map<FontRole, PDType0Font> faces) throws IOException {
        org.jsoup.nodes.Document page = chunk.parse(baseUri);
        Map<String, String> ids = offprint.matches(Offprints.shape(page));
        if (ids == null) {
            return null;
        }
        PDDocument doc = Loader.loadPDF(offprint.pdf());
        try {
            Map<String, PDType0Font> byName = new java.util.HashMap<>();
            faces.values().forEach(face -> byName.put(face.getName(), face));
            Offprints.useFaces(doc, byName);
            return PdfAssembly.Part.taken(doc, offprint.pages(), offprint.anchors(ids));
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /** Lays out one part of a book whose first page is numbered {@code first}. */
    private PdfAssembly.Part layOut(BookChunks.Chunk chunk, org.jsoup.nodes.Document html, PDDocument doc,
                                    Map<FontRole, PDType0Font> faces, String baseUri,
                                    Path base, int first, boolean padded, Set<String> targets,
                                    List<String> problems) throws IOException {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.usePDDocument(doc);
        b.useFastMode();
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        b.usePdfUaAccessibility(true);
        b.useColorProfile(SRGB);
        b.useUnicodeLineBreaker(new IcuLineBreaker());
        b.usePageSupplier((into, width, height, page, shadow) -> DrawnPage.add(into, width, height));
        b.withProducer(producer);
        if (first > 0) {
            b.useInitialPageNumber(first);
        }
        // the book's faces (parsed once for all books), the same for every part. Bold and emphasis are set in the
        // Hei face (the stylesheet says so), as Chinese books do.
        b.useFont(new PDFontSupplier(faces.get(FontRole.SERIF)), PrintFonts.SERIF, 400, FontStyle.NORMAL, true);
        b.useFont(new PDFontSupplier(faces.get(FontRole.SANS)), PrintFonts.SANS, 400, FontStyle.NORMAL, true);
        b.useFont(new PDFontSupplier(faces.get(FontRole.SANS_BOLD)), PrintFonts.SANS, 700, FontStyle.NORMAL, true);
        b.useExternalResourceAccessControl((uri, type) -> inside(uri, base),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        b.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(d.getFormattedMessage());
            }
        });
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(html);
        b.withW3cDocument(dom, baseUri);
        PdfBoxRenderer renderer = b.buildPdfRenderer();
        try {
            renderer.layout();
            LayoutContext context = renderer.getSharedContext().newLayoutContextInstance();
            LineEdges.fix(renderer.getRootBox(), context);
            ColumnBalance.balance(renderer.getRootBox(), renderer.getRootBox().getLayer().getPages(), context);
            return PdfAssembly.Part.laidOut(chunk.kind(), renderer, padded, chunk.ids(), targets);
        } catch (RuntimeException e) {
            renderer.close();
            throw e;
        } finally {
            renderer.getSharedContext().removeFromThread();
        }
    }

    private static InputStream stream(byte[] data) {
        return new ByteArrayInputStream(data);
    }

    /** Sets the metadata the renderer leaves to the clock, so that the same input gives the same bytes. */
    private void fix(PDDocument doc, Meta meta, long id) throws IOException {
        Calendar created = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(meta.created().toEpochMilli());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(meta.author());
        info.setSubject(meta.subject());
        info.setCreator(producer);
        info.setProducer(producer);
        info.setCreationDate(created);
        info.setModificationDate(created);
        doc.getDocumentCatalog().setLanguage(meta.language());
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(meta.created().atOffset(ZoneOffset.UTC));
            Matcher m = XMP_DATE.matcher(xmp);
            StringBuilder fixed = new StringBuilder();
            while (m.find()) {
                String replacement = m.group(1) != null ? m.group(1) + date + m.group(2) : m.group(3) + date + m.group(4);
                m.appendReplacement(fixed, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(fixed);
            PDMetadata replaced = new PDMetadata(doc);
            replaced.importXMPMetadata(fixed.toString().getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(replaced);
        }
        doc.getDocument().getTrailer().removeItem(COSName.ID);
        doc.setDocumentId(id);
    }

    private static long idOf(String html, Meta meta) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(html.getBytes(StandardCharsets.UTF_8));
            sha.update(meta.toString().getBytes(StandardCharsets.UTF_8));
            byte[] h = sha.digest();
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (h[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
