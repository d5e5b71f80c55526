package yearbook.importer;

import java.nio.file.Path;
import java.util.List;

import yearbook.importer.output.ChronicleOutcome;
import yearbook.importer.output.Outcome;

/** What an import did, file by file, with the chronicle candidates' files, and where its report is. */
public record ImportResult(List<Outcome> outcomes, Path report, List<ChronicleOutcome> chronicles) {
    public ImportResult {
        outcomes = List.copyOf(outcomes);
        chronicles = List.copyOf(chronicles);
    }

    public long articles() {
        return outcomes.stream().mapToLong(o -> o.articles().size()).sum();
    }

    public long failures() {
        return outcomes.stream().filter(Outcome::failed).count();
    }

    public long flags() {
        return outcomes.stream().flatMap(o -> o.articles().stream()).mapToLong(w -> w.draft().flags().size()).sum();
    }

    public long kept() {
        return outcomes.stream().flatMap(o -> o.articles().stream())
                .filter(w -> w.status() == Outcome.Status.KEPT_EDITED || w.status() == Outcome.Status.KEPT_FOREIGN).count()
                + chronicles.stream().filter(ChronicleOutcome::kept).count();
    }
}
