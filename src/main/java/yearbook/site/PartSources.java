package yearbook.site;

import java.util.List;

import yearbook.chronicle.ChronicleEntry;
import yearbook.honours.HonourRoll;
import yearbook.plates.Plate;
import yearbook.statistics.StatTable;

/** The volume parts as read from the content folder, before they are placed in the site. */
public record PartSources(List<ChronicleEntry> chronicle, List<HonourRoll> honours, List<StatTable> statistics,
                          List<Plate> plates) {
    /** No parts besides the articles. */
    public static final PartSources NONE = new PartSources(List.of(), List.of(), List.of(), List.of());

    public PartSources {
        chronicle = List.copyOf(chronicle);
        honours = List.copyOf(honours);
        statistics = List.copyOf(statistics);
        plates = List.copyOf(plates);
    }
}
