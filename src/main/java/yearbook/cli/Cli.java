package yearbook.cli;

import java.nio.file.Path;

/** Small helpers shared by the commands. */
final class Cli {
    private Cli() {
    }

    static Path workingDir() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * The date from SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC), the convention for reproducible builds,
     * or null when it is not set.
     */
    static java.time.Instant sourceDate(picocli.CommandLine.Model.CommandSpec spec) {
        String v = System.getenv("SOURCE_DATE_EPOCH");
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.ofEpochSecond(Long.parseLong(v.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, not '" + v + "'");
        }
    }

    /** Progress goes to the terminal only: CI logs stay quiet. */
    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }
}
