package yearbook.print;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import yearbook.config.FontRole;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
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
    }

    /** Document information: title, author (the publisher), subject, language, creation date. */
    public record Meta(String title, String author, String subject, String language, Instant created) {
    }

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
     * @throws PdfError when the renderer fails; the message names {@code what}
     */
    public byte[] make(String what, String html, Path base, Meta meta) {
        List<String> problems = new ArrayList<>();
        String baseUri = base.toUri().toString();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        b.usePdfUaAccessibility(true);
        b.useColorProfile(SRGB);
        b.useUnicodeLineBreaker(new IcuLineBreaker());
        b.withProducer(producer);
        // each face is registered once: the renderer keeps a parsed copy of every face a document uses. Bold
        // and emphasis are set in the Hei face (the stylesheet says so), as Chinese books do.
        b.useFont(() -> stream(fonts.face(FontRole.SERIF).data()), PrintFonts.SERIF, 400, FontStyle.NORMAL, true);
        b.useFont(() -> stream(fonts.face(FontRole.SANS).data()), PrintFonts.SANS, 400, FontStyle.NORMAL, true);
        b.useFont(() -> stream(fonts.face(FontRole.SANS_BOLD).data()), PrintFonts.SANS, 700, FontStyle.NORMAL, true);
        b.useExternalResourceAccessControl((uri, type) -> inside(uri, base),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        b.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(d.getFormattedMessage());
            }
        });
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html, baseUri));
        b.withW3cDocument(dom, baseUri);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument doc = renderer.getPdfDocument();
            PageFinish.finish(doc, PageFinish.Starts.of(renderer));
            fix(doc, meta, html);
            doc.save(out);
        } catch (IOException | RuntimeException e) {
            if (System.getenv("YEARBOOK_DEBUG") != null) {
                e.printStackTrace();
            }
            throw new PdfError("the PDF " + what + " could not be made: " + describe(e));
        }
        if (!problems.isEmpty()) {
            throw new PdfError("the PDF " + what + " could not be made: " + String.join("; ", problems));
        }
        return out.toByteArray();
    }

    private static InputStream stream(byte[] data) {
        return new ByteArrayInputStream(data);
    }

    /** Sets the metadata the renderer leaves to the clock, so that the same input gives the same bytes. */
    private void fix(PDDocument doc, Meta meta, String html) throws IOException {
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
        doc.setDocumentId(idOf(html, meta));
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
