package yearbook.cli;

import java.nio.file.Path;

import yearbook.render.TemplateError;

/** Small helpers shared by the commands. */
final class Cli {
    private Cli() {
    }

    static Path workingDir() {
        return Path.of("").toAbsolutePath();
    }

    static String shown(TemplateError e) {
        return "templates/" + e.template() + (e.line() > 0 ? ":" + e.line() : "") + ": error: " + e.getMessage();
    }

    /** Progress goes to the terminal only: CI logs stay quiet. */
    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }
}
