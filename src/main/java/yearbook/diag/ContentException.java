package yearbook.diag;

import java.util.List;

/**
 * The input has errors an editor must fix: the content, a template or a PDF. Carries every finding of the run,
 * each naming the file the user gave where there is one; the command line, the preview's error page and
 * {@code check} all show them through {@link Diagnostic#format}, followed by {@link #summary()}. Never printed
 * with a stack trace.
 */
public class ContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public ContentException(List<Diagnostic> diagnostics) {
        this(diagnostics.size() == 1 ? diagnostics.get(0).toString()
                : diagnostics.size() + " problems in the content", diagnostics);
    }

    /** For the kinds of error that say more in their own message than the findings' count. */
    protected ContentException(String message, List<Diagnostic> diagnostics) {
        super(message, null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ContentException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The sentence (in the findings' bundle) that says what became of the site; null for the count of errors. */
    protected String summaryKey() {
        return null;
    }

    /** The line that follows the findings: what became of the site. */
    public String summary() {
        return summary(Messages.ENGLISH);
    }

    /** As {@link #summary()}, in the language of {@code locale}. */
    public String summary(java.util.Locale locale) {
        if (summaryKey() != null) {
            return Messages.FINDINGS.text(locale, summaryKey());
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return Messages.FINDINGS.text(locale, errors == 1 ? "summary.failed.one" : "summary.failed", errors);
    }
}
