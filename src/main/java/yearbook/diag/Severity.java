package yearbook.diag;

import java.util.Locale;

/** How bad a finding is: an error stops the build, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    /** The English word, as JSON and scripts see it. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }

    /** The word shown before a message, in the language of {@code locale}. */
    public String label(Locale locale) {
        return Messages.FINDINGS.text(locale, "severity." + label());
    }
}
