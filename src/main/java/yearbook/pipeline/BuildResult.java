package yearbook.pipeline;

import java.util.List;

import yearbook.diag.Diagnostic;

/**
 * What a successful build did ({@code pages}: web pages, {@code pdfs}: PDF files); {@code warnings} are findings that
 * did not stop it; {@code kept}: files kept from the previous build, their fingerprint unchanged (see
 * {@link yearbook.publish.BuildCache}); {@code keptOnInputs}: those of them kept without their view being made, the site
 * model and their own inputs the same as last time.
 */
public record BuildResult(int articles, int pages, int pdfs, int files, long bytes, List<Diagnostic> warnings, long millis,
                          int kept, int keptOnInputs) {
    public BuildResult(int articles, int pages, int pdfs, int files, long bytes, List<Diagnostic> warnings, long millis) {
        this(articles, pages, pdfs, files, bytes, warnings, millis, 0, 0);
    }


    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
