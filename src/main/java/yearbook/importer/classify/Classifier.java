package yearbook.importer.classify;

import yearbook.importer.meta.Dates;
import yearbook.importer.page.Item;
import yearbook.importer.page.Labels;
import yearbook.importer.page.Unit;
import yearbook.importer.repair.Chars;

/**
 * Sorts a page's items into what the yearbook takes and what it leaves: union articles (written as entries),
 * short union news (chronicle candidates, with their date), commentary, photo captions, and unrelated items.
 * Union work is recognised by what it speaks of (工会, 职工, 劳模), not by where it stands on the page.
 */
public final class Classifier {
    /** Han characters below which a union item is short news rather than an article. */
    public static final int ARTICLE_MIN = 300;
    /** An item with a subtitle or section headings is an entry from this size on: a short 工作综述. */
    public static final int STRUCTURED_MIN = 150;

    private Classifier() {
    }

    public enum Kind {
        ARTICLE("工会文章"), SHORT_NEWS("工会短讯"), COMMENTARY("评论"), CAPTION("图片说明"), UNRELATED("与工会无关");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public record Verdict(Kind kind, String reason) {
    }

    public static Verdict item(Item item) {
        String text = (item.title() == null ? "" : item.title()) + "\n" + item.text();
        if (item.label() != null && Labels.COMMENTARY_LABELS.contains(item.label()) || item.title() != null && item.title().contains("评论员")) {
            return new Verdict(Kind.COMMENTARY, "评论栏目" + (item.label() != null ? "“" + item.label() + "”" : "")
                    + "：记述的不是工作，未作为条目导入");
        }
        int union = Chars.count(text, "工会");
        int workers = Chars.count(text, "职工") + Chars.count(text, "劳模");
        boolean relevant = union >= 2 || union >= 1 && workers >= 2;
        int size = item.size();
        if (!relevant) {
            return new Verdict(Kind.UNRELATED, union == 0 ? "没有提到工会，舍弃" : "只提到工会" + union + "次，不是工会工作，舍弃");
        }
        boolean structured = item.subtitle() != null || item.body().stream().anyMatch(u -> u.kind() == Unit.Kind.HEADING);
        if (size < ARTICLE_MIN && !(structured && size >= STRUCTURED_MIN)) {
            String date = Dates.stated(item.text()).orElse(null);
            return new Verdict(Kind.SHORT_NEWS, "篇幅短（" + size + "字），作为大事记候选" + (date != null ? "（" + date + "）" : "（原文未写日期）"));
        }
        return new Verdict(Kind.ARTICLE, "工会工作（“工会”出现" + union + "次，" + size + "字）");
    }

    /** A caption no article took: union news in a picture (a chronicle candidate), or unrelated. */
    public static Verdict caption(Unit caption) {
        String t = caption.text();
        boolean relevant = Chars.count(t, "工会") + Chars.count(t, "职工") + Chars.count(t, "劳模") >= 1;
        String date = Dates.stated(t).orElse(null);
        if (relevant) {
            return new Verdict(Kind.CAPTION, "图片新闻，与本页文章无关；作为大事记候选" + (date != null ? "（" + date + "）" : ""));
        }
        return new Verdict(Kind.UNRELATED, "图片说明，与工会工作无关，舍弃");
    }

    public static boolean shortCaption(Unit caption) {
        return Chars.width(caption.text()) < 40;
    }

}
