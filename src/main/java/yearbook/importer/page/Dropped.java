package yearbook.importer.page;

/** A line or item left out of the articles, and why: what the import report lists. */
public record Dropped(int line, String text, String reason) {
}
