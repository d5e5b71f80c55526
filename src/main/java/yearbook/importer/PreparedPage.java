package yearbook.importer;

import java.util.List;
import java.util.Optional;

import yearbook.importer.decode.Decoder;
import yearbook.importer.output.Outcome;
import yearbook.importer.page.Page;

/**
 * A page read and sorted, its articles drafted but not yet written: the file as the report names it, how it was
 * decoded, the page, its articles in page order, and what was left out of them (in line order).
 */
record PreparedPage(String file, Decoder.Decoded decoded, Page page, List<ArticleDraft> articles,
                    List<Outcome.Left> left) implements PageRead {
    PreparedPage {
        articles = List.copyOf(articles);
        left = List.copyOf(left);
    }

    PreparedPage withArticles(List<ArticleDraft> placed) {
        return new PreparedPage(file, decoded, page, placed, left);
    }

    /** What the import did with the page, once its articles are {@code written}. */
    Outcome outcome(List<Outcome.Written> written) {
        return Outcome.read(file, decoded.encoding(), decoded.traditionalConverted(), page.ocr(), written, left,
                page.dropped(), page.joins());
    }

    @Override
    public Optional<PreparedPage> prepared() {
        return Optional.of(this);
    }

    @Override
    public Optional<Outcome> unreadable() {
        return Optional.empty();
    }
}
