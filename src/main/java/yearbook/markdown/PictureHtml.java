package yearbook.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders the pictures of a document whose pictures are known ({@link Pictures}): each {@code <img>} as CommonMark
 * renders it, with its size ({@code width}, {@code height}) so that the page does not move as it loads, loaded
 * when it comes near the screen ({@code loading="lazy" decoding="async"}), and its smaller copies offered to
 * narrow screens ({@code srcset}, {@code sizes}); a {@link Figure} as {@code <figure>} with its
 * {@code <figcaption>}.
 */
final class PictureHtml implements NodeRenderer {
    /**
     * How wide a picture is shown: the whole screen on a phone, at most the article's measure (40em of 17px)
     * on a wider one.
     */
    static final String SIZES = "(max-width: 720px) 100vw, 680px";

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Map<Image, Pictures.Shown> shown;

    /** @param shown what is known of each picture, by its node; a picture missing here gets no size */
    PictureHtml(HtmlNodeRendererContext context, Map<Image, Pictures.Shown> shown) {
        this.context = context;
        this.html = context.getWriter();
        this.shown = shown;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class, Figure.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Figure figure) {
            html.line();
            html.tag("figure", context.extendAttributes(figure, "figure", new LinkedHashMap<>()));
            for (Node child = figure.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("figcaption");
            html.text(figure.caption());
            html.tag("/figcaption");
            html.tag("/figure");
            html.line();
        } else {
            image((Image) node);
        }
    }

    private void image(Image image) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("src", context.encodeUrl(image.getDestination()));
        attrs.put("alt", altText(image));
        if (image.getTitle() != null) {
            attrs.put("title", image.getTitle());
        }
        Pictures.Shown s = shown.get(image);
        if (s != null) {
            attrs.put("width", Integer.toString(s.width()));
            attrs.put("height", Integer.toString(s.height()));
            if (!s.smaller().isEmpty()) {
                StringJoiner set = new StringJoiner(", ");
                for (Pictures.Copy c : s.smaller()) {
                    set.add(context.encodeUrl(c.url()) + " " + c.width() + "w");
                }
                set.add(attrs.get("src") + " " + s.width() + "w");
                attrs.put("srcset", set.toString());
                attrs.put("sizes", SIZES);
            }
        }
        attrs.put("loading", "lazy");
        attrs.put("decoding", "async");
        html.tag("img", context.extendAttributes(image, "img", attrs), true);
    }

    /** The alternative text as CommonMark gives it: the text of the image's description, breaks as new lines. */
    static String altText(Node image) {
        StringBuilder sb = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                sb.append('\n');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                sb.append('\n');
            }
        });
        return sb.toString();
    }
}
