package yearbook.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import yearbook.site.Page;

/**
 * Which provinces' PDFs take their pages from their volume, as an offprint (抽印本) does: the province's pages as
 * the volume laid them out and drew them, with the volume's page numbers, behind the province's own front matter
 * and followed by its own indexes. A province's part of the body is then laid out once, not twice.
 *
 * <p>A province book can be an offprint when its volume is printed in the same run, the volume has a part of its
 * own for the province (the regional arrangement) and that part holds exactly the province book's articles, in the
 * same order. Whether the part is the same is decided again from the HTML when the pages are taken ({@link
 * Offprint#matches}): if it differs in anything but the articles' anchors, the province is laid out on its own.
 *
 * <p>One instance serves one run of books ({@link BookPrinter#printAll}); a volume hands each wanted part over as
 * soon as it is drawn, and every part it did not hand over is declined when the volume is done.
 */
final class Offprints {
    /** The parts wanted from each volume: by the volume's path, then the section id of the province ("r-150000"). */
    private final Map<String, Map<String, CompletableFuture<Offprint>>> wanted = new HashMap<>();
    /** What each province book waits for. */
    private final Map<String, CompletableFuture<Offprint>> taken = new HashMap<>();

    private Offprints() {
    }

    /** No offprints: every book is laid out on its own. */
    static Offprints none() {
        return new Offprints();
    }

    /** The offprints among {@code books}: each province book whose volume is among them and holds its articles as a part. */
    static Offprints plan(Collection<Book> books) {
        Offprints o = new Offprints();
        Map<Integer, Book> volumes = new HashMap<>();
        for (Book b : books) {
            if (b.province() == null) {
                volumes.putIfAbsent(b.volume(), b);
            }
            // only a volume before the province: books are begun in order, so it is begun before its province waits
            Book volume = b.province() == null ? null : volumes.get(b.volume());
            String section = volume == null ? null : sourceSection(b, volume);
            if (section != null) {
                CompletableFuture<Offprint> f = new CompletableFuture<>();
                o.wanted.computeIfAbsent(volume.path(), k -> new LinkedHashMap<>()).put(section, f);
                o.taken.put(b.path(), f);
            }
        }
        return o;
    }

    /**
     * The volume {@code province} would take its pages from, among {@code books}, or null when it is laid out on its
     * own.
     */
    static Book volumeOf(Book province, Collection<Book> books) {
        if (province.province() == null) {
            return null;
        }
        for (Book b : books) {
            if (b.province() == null && b.volume() == province.volume()) {
                return sourceSection(province, b) != null ? b : null;
            }
        }
        return null;
    }

    /**
     * The id of the volume's section that holds exactly the province book's articles in its order, when the
     * province book is nothing but that section; else null.
     */
    private static String sourceSection(Book province, Book volume) {
        if (province.sections().size() != 1 || !province.special().isEmpty() || !province.appendix().isEmpty()
                || !province.themes().isEmpty()) {
            return null;
        }
        Book.Section own = province.sections().get(0);
        for (Book.Section s : volume.sections()) {
            if (s.id().equals(own.id())) {
                List<Page> inVolume = new ArrayList<>();
                pages(s, inVolume);
                List<Book.Entry> inProvince = province.articles();
                if (inVolume.size() != inProvince.size()) {
                    return null;
                }
                for (int i = 0; i < inVolume.size(); i++) {
                    if (inVolume.get(i) != inProvince.get(i).page()) { // the site's pages, the same objects
                        return null;
                    }
                }
                return s.id();
            }
        }
        return null;
    }

    private static void pages(Book.Section s, List<Page> into) {
        s.own().forEach(e -> into.add(e.page()));
        s.children().forEach(c -> pages(c, into));
    }

    /** Whether a province wants the part of volume {@code volume} that holds the anchors {@code ids}. */
    synchronized boolean wants(String volume, Collection<String> ids) {
        return sectionIn(volume, ids) != null;
    }

    private String sectionIn(String volume, Collection<String> ids) {
        Map<String, CompletableFuture<Offprint>> parts = wanted.get(volume);
        if (parts == null) {
            return null;
        }
        for (String id : ids) {
            if (parts.containsKey(id)) {
                return id;
            }
        }
        return null;
    }

    /** Hands a drawn part of volume {@code volume} to the province that wants it. */
    synchronized void give(String volume, Collection<String> ids, Offprint pages) {
        String section = sectionIn(volume, ids);
        if (section != null) {
            wanted.get(volume).remove(section).complete(pages);
        }
    }

    /** Declines every part of {@code volume} not handed over: those provinces are laid out on their own. */
    synchronized void done(String volume) {
        Map<String, CompletableFuture<Offprint>> parts = wanted.get(volume);
        if (parts != null) {
            parts.values().forEach(f -> f.complete(null));
        }
    }

    /**
     * The part province book {@code book} takes from its volume, once the volume has drawn it; null when the book is
     * laid out on its own, or when it does not {@code want} it (then nothing is waited for). The part is let go of
     * here: the book holds it from then on.
     */
    Offprint take(String book, boolean want) throws InterruptedException, java.util.concurrent.ExecutionException {
        CompletableFuture<Offprint> f;
        synchronized (this) {
            f = taken.remove(book);
        }
        return f == null || !want ? null : f.get();
    }

    /**
     * A province's part as its volume drew it: the part saved as a PDF of its own (its fonts are stand-ins for the
     * volume's faces, which the book taking it replaces with its own), the number of its first page in the
     * volume, its page count, where its anchors are, and its HTML with the articles' anchors numbered from 1
     * ({@link #shape}) with the volume's anchor ids in the order met.
     */
    record Offprint(byte[] pdf, int firstNumber, int pages, Map<String, PdfAssembly.Anchor> anchors, String shape,
                    List<String> entryIds) {
        /**
         * The anchor ids of the book taking the part for the volume's, when {@code shape} (the taking book's HTML
         * of the part, see {@link Offprints#shape}) is this part's; else null.
         */
        Map<String, String> matches(Shape theirs) {
            if (!shape.equals(theirs.html()) || entryIds.size() != theirs.entryIds().size()) {
                return null;
            }
            Map<String, String> ids = new HashMap<>();
            for (int i = 0; i < entryIds.size(); i++) {
                ids.put(entryIds.get(i), theirs.entryIds().get(i));
            }
            return ids;
        }

        /** The anchors under the taking book's ids ({@code ids}: the volume's id to the book's). */
        Map<String, PdfAssembly.Anchor> anchors(Map<String, String> ids) {
            Map<String, PdfAssembly.Anchor> out = new HashMap<>();
            anchors.forEach((id, at) -> {
                // an article's anchor, or one inside the article: its id begins with the article's ("a-12-…")
                Matcher m = OWN.matcher(id);
                String mapped = m.lookingAt() && ids.containsKey(m.group()) ? ids.get(m.group()) + id.substring(m.end()) : id;
                out.put(mapped, at);
            });
            return out;
        }
    }

    private static final Pattern OWN = Pattern.compile("a-\\d+(?=-|$)");

    /** A part's HTML with the articles' anchors numbered in the order met, and the anchors themselves in that order. */
    record Shape(String html, List<String> entryIds) {
    }

    /** An article's anchor, where it is an id or a link's target. */
    private static final Pattern ENTRY = Pattern.compile("(?<=[\"#:])a-\\d+(?=[\"-])");

    /**
     * The shape of a part: its styles, its bookmarks and its body's content (without the title and the running
     * title, which name the book)
     * with every article anchor ({@code a-12}, also where it begins an anchor inside the article, {@code a-12-…})
     * replaced by its rank among the anchors met. Two books' parts of the
     * same articles in the same order have the same shape when they print the same.
     */
    static Shape shape(org.jsoup.nodes.Document part) {
        StringBuilder text = new StringBuilder();
        for (org.jsoup.nodes.Element e : part.head().select("style, link")) { // not the title, which names the book
            text.append(e.outerHtml());
        }
        org.jsoup.nodes.Element marks = part.body().selectFirst("> bookmarks");
        if (marks != null) {
            text.append(marks.outerHtml());
        }
        org.jsoup.nodes.Element main = part.body().selectFirst("> main");
        text.append(main == null ? part.body().html() : main.outerHtml());
        Matcher m = ENTRY.matcher(text);
        Map<String, Integer> rank = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            Integer r = rank.computeIfAbsent(m.group(), k -> rank.size());
            m.appendReplacement(out, "e" + r);
        }
        m.appendTail(out);
        return new Shape(out.toString(), List.copyOf(rank.keySet()));
    }

    /**
     * Makes the fonts of {@code doc}'s pages (and of the forms drawn on them) the book's faces of the same names,
     * each given the glyphs the pages draw with it: the part was saved with stand-ins for its volume's faces, and
     * what it draws is glyph ids of the same fonts.
     */
    static void useFaces(PDDocument doc, Map<String, PDType0Font> faces) throws IOException {
        Map<PDType0Font, Set<Integer>> glyphs = new HashMap<>();
        for (PDPage page : doc.getPages()) {
            try (java.io.InputStream in = page.getContents()) {
                collect(in.readAllBytes(), page.getResources(), faces, glyphs, null);
            }
        }
        glyphs.forEach(PDType0Font::addGlyphsToSubset);
    }

    private static void collect(byte[] content, PDResources resources, Map<String, PDType0Font> faces,
                                Map<PDType0Font, Set<Integer>> glyphs, Set<Integer> initial) throws IOException {
        if (resources == null) {
            return;
        }
        Map<String, Set<Integer>> byName = new HashMap<>();
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : List.copyOf(fonts.keySet())) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font) {
                    String base = font.getNameAsString(COSName.BASE_FONT);
                    PDType0Font face = base == null ? null : faces.get(base.substring(base.indexOf('+') + 1));
                    if (face == null) {
                        throw new IOException("a province's pages use the face " + base + ", which the book does not have");
                    }
                    fonts.setItem(name, face);
                    byName.put(name.getName(), glyphs.computeIfAbsent(face, f -> new HashSet<>()));
                }
            }
        }
        Map<String, Set<Integer>> drawn = new LinkedHashMap<>(); // each form drawn, with the glyphs of the font it inherits
        ShownGlyphs.scan(content, byName, initial, (name, font) -> drawn.putIfAbsent(name, font));
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null
                    && form.getResources().getCOSObject() != resources.getCOSObject()) {
                // every form: one not drawn must not keep a stand-in font either
                try (java.io.InputStream in = form.getContents()) {
                    collect(in.readAllBytes(), form.getResources(), faces, glyphs, drawn.get(name.getName()));
                }
            }
        }
    }

}
