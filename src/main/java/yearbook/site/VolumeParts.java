package yearbook.site;

import java.util.ArrayList;
import java.util.List;

import yearbook.chronicle.ChronicleEntry;
import yearbook.config.VolumePart;
import yearbook.honours.HonourRoll;
import yearbook.plates.Plate;
import yearbook.statistics.StatTable;

/**
 * The parts of a volume besides its regional sections, as the site places them: 特载 (articles marked special),
 * 大事记 (the chronicle, one page), 统计资料 (a page per table), 先进名录 (a page per honour roll) and 附录 (articles
 * marked appendix).
 *
 * @param chronicleUrl the chronicle's page, or null when the volume has no chronicle
 * @param picturesUrl  the picture section's page (图片), or null when the volume has none
 */
public record VolumeParts(List<Page> special, List<Page> appendix, String chronicleUrl, List<Event> chronicle,
                          List<Roll> honours, List<Table> statistics, String picturesUrl, List<Plate> plates) {
    public static final VolumeParts NONE = new VolumeParts(List.of(), List.of(), null, List.of(), List.of(), List.of(),
            null, List.of());

    public VolumeParts {
        special = List.copyOf(special);
        appendix = List.copyOf(appendix);
        chronicle = List.copyOf(chronicle);
        honours = List.copyOf(honours);
        statistics = List.copyOf(statistics);
        plates = List.copyOf(plates);
    }

    /** A chronicle entry and the article it refers to (null when none). */
    public record Event(ChronicleEntry entry, Page article) {
    }

    /**
     * An honour roll at its address; {@code page} is what the site's search finds of it (its names, units and
     * regions), not a page of the lists.
     */
    public record Roll(HonourRoll roll, String url, Page page) {
    }

    /** A statistics table at its address. */
    public record Table(StatTable table, String url) {
    }

    /** An honoured person or collective and the roll that names them. */
    public record Honoured(Roll roll, HonourRoll.Honouree who) {
    }

    /**
     * The parts of a volume's body that it has, in the order of {@code order} ({@code volume.parts}), for its page
     * and its print volume alike: a part is left out when it has nothing to show. The articles arranged by theme and
     * by region are not held here, so whether there are any is given. The regional sections are present whenever
     * there are any: at their place in {@code order}, or, when it leaves them out (a province's part of the print
     * yearbook, always arranged by region), after the chronicle, else first.
     *
     * @param themed   whether any article is arranged by theme (工作综述)
     * @param regional whether any article is arranged by region (各地工会)
     */
    public List<VolumePart> present(List<VolumePart> order, boolean themed, boolean regional) {
        List<VolumePart> out = new ArrayList<>();
        for (VolumePart part : order) {
            boolean has = switch (part) {
                case PICTURES -> !plates.isEmpty();
                case SPECIAL -> !special.isEmpty();
                case CHRONICLE -> !chronicle.isEmpty();
                case THEMES -> themed;
                case REGIONS -> regional;
                case STATISTICS -> !statistics.isEmpty();
                case HONOURS -> !honours.isEmpty();
                case APPENDIX -> !appendix.isEmpty();
            };
            if (has) {
                out.add(part);
            }
        }
        if (regional && !out.contains(VolumePart.REGIONS)) {
            out.add(out.indexOf(VolumePart.CHRONICLE) + 1, VolumePart.REGIONS);
        }
        return out;
    }

    public boolean isEmpty() {
        return special.isEmpty() && appendix.isEmpty() && chronicle.isEmpty() && honours.isEmpty() && statistics.isEmpty()
                && plates.isEmpty();
    }
}
