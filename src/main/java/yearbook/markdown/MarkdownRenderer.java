package yearbook.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import yearbook.config.RawHtml;
import yearbook.diag.Msg;

/**
 * Renders Markdown to HTML: CommonMark with GFM tables, ids on headings, and two behaviours for Chinese text:
 * soft line breaks between CJK characters disappear ({@link CjkSoftBreaks}) and {@code *} emphasis works next to
 * CJK punctuation ({@link CjkEmphasis}). Link and image URLs are percent-encoded in the HTML (non-ASCII
 * characters and characters such as space and backslash; existing {@code %XX} escapes are kept).
 *
 * <p>Raw HTML and link addresses follow the {@link RawHtml} setting: by default what could run in a reader's
 * browser ({@code <script>}, {@code onclick=}, {@code javascript:} links, ...) is left out ({@link HtmlSafety})
 * and reported in {@link RenderedMarkdown#removed()}; a link or image whose address is left out keeps its text.
 *
 * <p>Heading ids come from the heading-anchor extension's {@link IdGenerator} (lower case, spaces to {@code -},
 * characters other than letters, digits, {@code -} and {@code _} dropped, so {@code 一、加强思想引领} gets
 * {@code 一加强思想引领}; {@code id} when nothing is left), made unique within the document with {@code -1},
 * {@code -2}, ... suffixes. The extension's own attribute provider is not used: its ids can collide
 * ({@code a}, {@code a}, {@code a-1}) and are not available outside the HTML.
 *
 * <p>Thread-safe: build once with {@link #create()} and share.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final RawHtml rawHtml;
    private final Parser cjkParser;
    /** For sources that already contain the sentinel character {@link CjkEmphasis} relies on. */
    private final Parser plainParser;

    private MarkdownRenderer(RawHtml rawHtml) {
        this.rawHtml = Objects.requireNonNull(rawHtml, "rawHtml");
        this.cjkParser = CjkEmphasis.configure(parserBuilder()).build();
        this.plainParser = parserBuilder().build();
    }

    /** A renderer with GFM tables, heading ids and the CJK behaviours that leaves out unsafe HTML. */
    public static MarkdownRenderer create() {
        return create(RawHtml.SAFE);
    }

    /** A renderer with GFM tables, heading ids and the CJK behaviours, treating raw HTML as {@code rawHtml} says. */
    public static MarkdownRenderer create(RawHtml rawHtml) {
        return new MarkdownRenderer(rawHtml);
    }

    public RawHtml rawHtml() {
        return rawHtml;
    }

    /** Same as {@link #render(String, LinkResolver, Pictures) render(source, LinkResolver.IDENTITY, Pictures.NONE)}. */
    public RenderedMarkdown render(String source) {
        return render(source, LinkResolver.IDENTITY);
    }

    /**
     * Renders one document.
     *
     * @param source the Markdown text
     * @param links  rewrites each link and image destination in the HTML; {@link RenderedMarkdown#links()}
     *               reports the destinations as written
     * @return the HTML fragment with its headings and links
     */
    public RenderedMarkdown render(String source, LinkResolver links) {
        return render(source, links, Pictures.NONE);
    }

    /**
     * Renders one document, its pictures as {@code pictures} knows them: with their size and smaller copies, and
     * a picture alone in its paragraph as a figure with its caption (the title when one is written, else the
     * alternative text). A document without pictures is rendered exactly as without {@code pictures}, at no cost.
     *
     * @param source   the Markdown text
     * @param links    rewrites each link and image destination in the HTML; {@link RenderedMarkdown#links()}
     *                 reports the destinations as written
     * @param pictures what is known of the pictures, by destination as written; {@link Pictures#NONE} for
     *                 CommonMark's plain images
     * @return the HTML fragment with its headings, links and pictures
     */
    public RenderedMarkdown render(String source, LinkResolver links, Pictures pictures) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(pictures, "pictures");
        Node document;
        if (CjkEmphasis.appliesTo(source)) {
            document = cjkParser.parse(source);
            CjkEmphasis.removeSentinels(document);
        } else {
            document = plainParser.parse(source);
        }
        CjkSoftBreaks.apply(document);

        Map<Node, String> ids = new IdentityHashMap<>();
        List<Heading> headings = headings(document, ids);
        List<Removed> removed = new ArrayList<>();
        Map<Image, String> written = new LinkedHashMap<>(); // nodes are equal only to themselves
        List<Link> linkList = resolveLinks(document, links, removed, written);
        List<Picture> pictureList = written.isEmpty() ? List.of() : pictures(written, pictures != Pictures.NONE);
        Map<Image, Pictures.Shown> shown = new IdentityHashMap<>();
        if (pictures != Pictures.NONE) {
            written.forEach((image, destination) -> {
                Pictures.Shown s = pictures.shown(destination);
                if (s != null) {
                    shown.put(image, s);
                }
            });
        }
        boolean hasRawHtml = rawHtml == RawHtml.SAFE && checkRawHtml(document, removed);
        // Built per document (cheap next to parsing) so that it carries this document's heading ids.
        HtmlRenderer.Builder builder = HtmlRenderer.builder();
        if (pictures != Pictures.NONE && !written.isEmpty()) {
            builder.nodeRendererFactory(context -> new PictureHtml(context, shown));
        }
        HtmlRenderer html = builder
                .extensions(EXTENSIONS)
                .percentEncodeUrls(true)
                .escapeHtml(rawHtml == RawHtml.ESCAPE)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    String id = ids.get(node);
                    if (id != null) {
                        attributes.put("id", id);
                    }
                })
                .build();
        String out = html.render(document);
        if (hasRawHtml) {
            out = HtmlSafety.clean(out);
        }
        removed.sort(Comparator.comparingInt(Removed::line));
        return new RenderedMarkdown(out, headings, linkList, removed, pictureList);
    }

    /**
     * The document's pictures in document order; with {@code figures}, each picture alone in its paragraph (of the
     * document or of a quotation) with a caption to show is moved into a {@link Figure} in place of the paragraph.
     */
    private static List<Picture> pictures(Map<Image, String> written, boolean figures) {
        List<Picture> out = new ArrayList<>();
        for (Map.Entry<Image, String> e : written.entrySet()) {
            Image image = e.getKey();
            String alt = PictureHtml.altText(image).strip();
            boolean figure = false;
            Node parent = image.getParent();
            if (figures && parent instanceof Paragraph p && p.getFirstChild() == image && image.getNext() == null
                    && (p.getParent() instanceof Document || p.getParent() instanceof BlockQuote)) {
                String title = image.getTitle() == null ? "" : image.getTitle().strip();
                String caption = title.isEmpty() ? alt : title;
                if (!caption.isEmpty()) {
                    Figure f = new Figure(caption);
                    f.setSourceSpans(p.getSourceSpans());
                    p.insertBefore(f);
                    f.appendChild(image);
                    p.unlink();
                    figure = true;
                }
            }
            out.add(new Picture(e.getValue(), line(image), alt, figure));
        }
        return out;
    }

    private static Parser.Builder parserBuilder() {
        return Parser.builder()
                .extensions(EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES);
    }

    /** Collects the headings and assigns their ids into {@code ids}. */
    private static List<Heading> headings(Node document, Map<Node, String> ids) {
        List<Heading> headings = new ArrayList<>();
        IdGenerator generator = IdGenerator.builder().build();
        Set<String> used = new HashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                String text = plainText(heading);
                String id = generator.generateId(text.toLowerCase(Locale.ROOT));
                // The generator numbers repeats of the same text, but "a", "a", "a-1" would still collide.
                String unique = id;
                for (int n = 1; !used.add(unique); n++) {
                    unique = id + "-" + n;
                }
                ids.put(heading, unique);
                headings.add(new Heading(heading.getLevel(), text, unique));
            }
        });
        return headings;
    }

    private static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                sb.append(' ');
            }
        });
        return sb.toString().strip();
    }

    /**
     * Reports every link and image, then replaces its destination with the resolver's. Unless HTML is trusted, a
     * link or image whose address could run something is replaced by its text and reported in {@code removed}.
     */
    private List<Link> resolveLinks(Node document, LinkResolver resolver, List<Removed> removed,
                                    Map<Image, String> written) {
        List<Link> links = new ArrayList<>();
        List<Node> unsafe = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Link link) {
                if (safe(link, link.getDestination(), false)) {
                    links.add(new Link(link.getDestination(), false, line(link)));
                    link.setDestination(resolve(resolver, link.getDestination()));
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (safe(image, image.getDestination(), true)) {
                    links.add(new Link(image.getDestination(), true, line(image)));
                    written.put(image, image.getDestination());
                    image.setDestination(resolve(resolver, image.getDestination()));
                }
                visitChildren(image);
            }

            private boolean safe(Node node, String destination, boolean image) {
                if (rawHtml == RawHtml.TRUSTED || HtmlSafety.safeUrl(destination, image)) {
                    return true;
                }
                unsafe.add(node);
                removed.add(new Removed(line(node), Msg.of(image ? "removed.image" : "removed.link",
                        excerpt(destination))));
                return false;
            }
        });
        for (Node node : unsafe) { // its text stays, in its place
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }
        return links;
    }

    /** Reports the raw HTML that is not safe as written; whether there is raw HTML at all. */
    private static boolean checkRawHtml(Node document, List<Removed> removed) {
        boolean[] found = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                check(html, html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock block) {
                check(block, block.getLiteral());
            }

            private void check(Node node, String literal) {
                found[0] = true;
                if (!HtmlSafety.safeHtml(literal)) {
                    removed.add(new Removed(line(node), Msg.of("removed.html", excerpt(literal))));
                }
            }
        });
        return found[0];
    }

    /** The first line of {@code s}, cut to 60 characters. */
    private static String excerpt(String s) {
        String first = s.strip().lines().findFirst().orElse("");
        return first.codePointCount(0, first.length()) <= 60 ? first
                : first.substring(0, first.offsetByCodePoints(0, 60)) + "…";
    }

    private static String resolve(LinkResolver resolver, String destination) {
        return Objects.requireNonNull(resolver.resolve(destination),
                () -> "LinkResolver returned null for " + destination);
    }

    /** The 1-based line a node starts on (its own source span, else its nearest ancestor's), or 0. */
    private static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }
}
