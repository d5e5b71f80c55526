package yearbook.cli;

import java.nio.file.Path;
import java.util.Locale;

import picocli.CommandLine;

import yearbook.diag.Messages;

/** Small helpers shared by the commands. */
final class Cli {
    /** What the command line says: its help and its own lines (the findings have their own bundle). */
    static final Messages MESSAGES = new Messages("yearbook.cli.messages");

    private Cli() {
    }

    static Path workingDir() {
        return Path.of("").toAbsolutePath();
    }

    /** The language of the run {@code spec} belongs to. */
    static Locale locale(CommandLine.Model.CommandSpec spec) {
        Object top = spec.root().userObject();
        return top instanceof YearbookCommand y ? y.locale : Locale.ENGLISH;
    }

    /** The sentence {@code key} of the command line's bundle, in the run's language. */
    static String text(CommandLine.Model.CommandSpec spec, String key, Object... args) {
        return MESSAGES.text(locale(spec), key, args);
    }

    /** "1 article", "3 errors", "2 个警告": a count with its noun ({@code text.n.<noun>[.one]}). */
    static String count(CommandLine.Model.CommandSpec spec, String noun, long n) {
        return text(spec, "text.n." + noun + (n == 1 ? ".one" : ""), n);
    }

    /** A usage error whose message is already in the user's language. */
    static final class Usage extends CommandLine.ParameterException {
        private static final long serialVersionUID = 1L;

        Usage(CommandLine cl, String message) {
            super(cl, message);
        }
    }

    /**
     * The date from SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC), the convention for reproducible builds,
     * or null when it is not set.
     */
    static java.time.Instant sourceDate(CommandLine.Model.CommandSpec spec) {
        String v = System.getenv("SOURCE_DATE_EPOCH");
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.ofEpochSecond(Long.parseLong(v.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new Usage(spec.commandLine(), text(spec, "text.usage.source-date", v));
        }
    }

    /** Progress goes to the terminal only: CI logs stay quiet. */
    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }
}
