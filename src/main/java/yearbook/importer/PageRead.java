package yearbook.importer;

import java.util.Optional;

import yearbook.diag.Msg;
import yearbook.importer.output.Outcome;

/** One input file after reading: a page prepared for writing, or a file that could not be read at all. */
sealed interface PageRead permits PreparedPage, PageRead.Unreadable {
    /** The page, when the file was read. */
    Optional<PreparedPage> prepared();

    /** The outcome of a file that could not be read. */
    Optional<Outcome> unreadable();

    static PageRead unreadable(String file, Msg error) {
        return new Unreadable(Outcome.failed(file, error));
    }

    record Unreadable(Outcome outcome) implements PageRead {
        @Override
        public Optional<PreparedPage> prepared() {
            return Optional.empty();
        }

        @Override
        public Optional<Outcome> unreadable() {
            return Optional.of(outcome);
        }
    }
}
