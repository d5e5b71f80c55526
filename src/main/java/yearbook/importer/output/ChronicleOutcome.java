package yearbook.importer.output;

/**
 * What the import did with the chronicle candidates of one volume: the file in the content folder, what happened to
 * it, how many candidates the pages gave, and how many of those it did not hold before.
 */
public record ChronicleOutcome(String path, int volume, Outcome.Status status, int found, int added) {
    public boolean kept() {
        return status == Outcome.Status.KEPT_EDITED || status == Outcome.Status.KEPT_FOREIGN;
    }
}
