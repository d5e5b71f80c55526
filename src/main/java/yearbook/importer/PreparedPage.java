package yearbook.importer;

import java.util.List;
import java.util.Optional;

import yearbook.importer.decode.Decoder;
import yearbook.importer.formats.Format;
import yearbook.importer.formats.Source;
import yearbook.importer.output.Outcome;
import yearbook.importer.page.Page;

/**
 * A page read and sorted, its articles drafted but not yet written: the file as the report names it, how it was
 * read (its format and decoding), the page, its articles in page order, what was left out of them (in line order),
 * and its chronicle candidates.
 */
record PreparedPage(String file, Source source, Page page, List<ArticleDraft> articles,
                    List<Outcome.Left> left, List<ChronicleCandidates.Candidate> chronicle) implements PageRead {
    PreparedPage {
        articles = List.copyOf(articles);
        left = List.copyOf(left);
        chronicle = List.copyOf(chronicle);
    }

    PreparedPage withArticles(List<ArticleDraft> placed) {
        return new PreparedPage(file, source, page, placed, left, chronicle);
    }

    /** What the import did with the page, once its articles are {@code written}. */
    Outcome outcome(List<Outcome.Written> written) {
        Decoder.Decoded decoded = source.decoded();
        return Outcome.read(file, source.format() == Format.TEXT ? null : source.format().label, decoded.encoding(),
                decoded.traditionalConverted(), page.ocr(), source.notes(), written, left, page.dropped(), page.joins());
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
