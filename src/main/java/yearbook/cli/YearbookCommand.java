package yearbook.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;

/** The top command: {@code yearbook <command>}. */
@Command(name = "yearbook", mixinStandardHelpOptions = true, versionProvider = YearbookCommand.Version.class,
        description = "Builds a trade-union yearbook (工会年鉴) from markdown articles: a static website and a print yearbook (PDF).",
        subcommands = {BuildCommand.class, PdfCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 the content or templates have errors, 2 wrong command-line usage."})
public final class YearbookCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'yearbook build'");
    }

    /** The configured command line, as {@code main} and the tests use it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new YearbookCommand());
        cl.setExecutionExceptionHandler(YearbookCommand::handle);
        return cl;
    }

    /** Known failures become clean messages and exit status 1; only a bug prints a stack trace. */
    static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof ContentException ce) {
            for (Diagnostic d : ce.diagnostics()) {
                err.println(d.format(Cli.workingDir()));
            }
            err.println(ce.summary());
        } else if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println("error: " + e.getMessage() + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""));
            err.println("the previous site was left as it was");
        } else {
            err.println("internal error: " + e);
            err.println("this is a fault in yearbook itself; set YEARBOOK_DEBUG=1 to see the details");
            if (System.getenv("YEARBOOK_DEBUG") != null) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return 1;
    }

    /** The version from the jar's manifest. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"yearbook " + version()};
        }
    }

    public static String version() {
        String v = YearbookCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
