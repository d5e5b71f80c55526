package yearbook.print;

import java.time.LocalDate;
import java.util.List;

import yearbook.region.Region;

/**
 * One PDF of the print yearbook: a whole volume, or the part of one province-level region.
 *
 * @param path     where the PDF goes in the site, without a leading '/': "pdf/yearbook-2022.pdf"
 * @param url      its address on the site, with the base path
 * @param title    the book's title: the volume's name, with the region's for a part
 * @param volume   the volume (publication year)
 * @param province the province-level region of a part, or null for a whole volume
 * @param sections the body: one section per province, sub-sections per prefecture and county
 * @param articles every article of the book in print order
 * @param subjects the subject index (主题索引): themes in pinyin order with the articles that carry them
 * @param places   the place index (地名索引): regions in pinyin order with their own articles
 * @param organizations the organisation index (单位索引): the articles' organisations with their articles
 * @param date     the book's date: the latest article date, or the 1st of January of the volume
 * @param special  the 特载 articles, printed first
 * @param appendix the 附录 articles, printed last
 * @param parts    the volume's chronicle, statistics and honour rolls (none in a province's part)
 * @param themes   the articles arranged by theme (类目), each theme's regions below it; empty unless
 *                 {@code volume.parts} lists {@code themes}
 */
public record Book(String path, String url, String title, int volume, Region province, List<Section> sections,
                   List<Entry> articles, List<IndexTerm> subjects, List<IndexTerm> places,
                   List<IndexTerm> organizations, LocalDate date, List<Entry> special, List<Entry> appendix,
                   yearbook.site.VolumeParts parts, List<ThemeSection> themes) {
    public Book {
        themes = List.copyOf(themes);
        special = List.copyOf(special);
        appendix = List.copyOf(appendix);
        parts = parts == null ? yearbook.site.VolumeParts.NONE : parts;
        sections = List.copyOf(sections);
        articles = List.copyOf(articles);
        subjects = List.copyOf(subjects);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
    }

    /** The PDF's file name inside the site's {@link PrintPlan#FOLDER} folder. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A region's section of the body: its own articles, then its sub-regions' sections. */
    public record Section(String id, Region region, int depth, List<Entry> own, List<Section> children) {
        public Section {
            own = List.copyOf(own);
            children = List.copyOf(children);
        }
    }

    /** A theme's part of a book arranged by theme: its anchor, its name (其他 for articles without a theme), its regions. */
    public record ThemeSection(String id, String name, List<Section> regions) {
        public ThemeSection {
            regions = List.copyOf(regions);
        }
    }

    /** An article in the book, with its anchor id ("a-12"). */
    public record Entry(String id, yearbook.site.Page page) {
    }

    /**
     * One index term with the articles it points to, in print order.
     *
     * @param letter the pinyin initial the term is filed under ("A" … "Z", or "#")
     * @param see    for a term without articles of its own, the terms below it to look up instead (a
     *               prefecture whose articles are all its counties'): 榆林市 见 定边县
     */
    public record IndexTerm(String term, String letter, List<Entry> entries, List<String> see) {
        public IndexTerm {
            entries = List.copyOf(entries);
            see = List.copyOf(see);
        }
    }
}
