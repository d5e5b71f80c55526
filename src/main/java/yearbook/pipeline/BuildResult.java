package yearbook.pipeline;

import java.util.List;

import yearbook.diag.Diagnostic;

/** What a successful build did ({@code pages}: web pages, {@code pdfs}: PDF files); {@code warnings} are findings that did not stop it. */
public record BuildResult(int articles, int pages, int pdfs, int files, long bytes, List<Diagnostic> warnings, long millis) {
    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
