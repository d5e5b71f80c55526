package yearbook.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;

/**
 * The top command: {@code yearbook <command>}. Its help and every command's come from the resource bundle
 * {@code yearbook/cli/messages*.properties}, in the language {@link Lang} chooses.
 */
@Command(name = "yearbook", mixinStandardHelpOptions = true, versionProvider = YearbookCommand.Version.class,
        subcommands = {InitCommand.class, BuildCommand.class, PdfCommand.class, CheckCommand.class, ServeCommand.class,
                NewCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class YearbookCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT)
    String lang;

    /** The language of this run, chosen before the command runs. */
    Locale locale = Locale.ENGLISH;

    @Override
    public void run() {
        throw new Cli.Usage(spec.commandLine(), Cli.text(spec, "text.usage.command-required"));
    }

    /** The configured command line, as {@code main} and the tests use it. */
    public static CommandLine commandLine() {
        YearbookCommand top = new YearbookCommand();
        CommandLine cl = new CommandLine(top);
        cl.setResourceBundle(new HelpBundle(Cli.MESSAGES.bundle(Locale.ENGLISH)));
        cl.setExecutionExceptionHandler(YearbookCommand::handle);
        cl.setExecutionStrategy(parsed -> {
            top.speak(cl, Lang.of(parsed.originalArgs().toArray(new String[0]), System.getenv()));
            if (top.lang != null && Lang.parse(top.lang) == null) {
                throw new Cli.Usage(cl, Cli.MESSAGES.text(top.locale, "text.usage.lang", top.lang));
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            top.speak(cl, Lang.of(args, System.getenv()));
            CommandLine where = ex.getCommandLine();
            PrintWriter err = where.getErr();
            err.println(usageMessage(ex, top.locale));
            err.println(Cli.MESSAGES.text(top.locale, "text.usage.try", where.getCommandSpec().qualifiedName()));
            err.flush();
            return where.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cl;
    }

    /** Sets the language of this run: the help's and the messages'. */
    private void speak(CommandLine cl, Locale chosen) {
        locale = chosen;
        cl.setResourceBundle(new HelpBundle(Cli.MESSAGES.bundle(chosen)));
    }

    /** A usage error in words: picocli's own ones by their kind, the commands' own ones as they are. */
    static String usageMessage(CommandLine.ParameterException ex, Locale locale) {
        if (ex instanceof Cli.Usage) {
            return ex.getMessage();
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return Cli.MESSAGES.text(locale, "text.usage.unknown", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return Cli.MESSAGES.text(locale, "text.usage.missing", m.getMissing().stream().map(YearbookCommand::shown)
                    .collect(Collectors.joining(", ")));
        }
        return Cli.MESSAGES.text(locale, "text.usage.invalid", ex.getMessage());
    }

    private static String shown(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() + "=" + o.paramLabel() : a.paramLabel();
    }

    /** Known failures become clean messages and exit status 1; only a bug prints a stack trace. */
    static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Locale locale = Cli.locale(cl.getCommandSpec());
        if (e instanceof ContentException ce) {
            for (Diagnostic d : ce.diagnostics()) {
                err.println(d.format(Cli.workingDir(), locale));
            }
            err.println(ce.summary(locale));
        } else if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println(Cli.MESSAGES.text(locale, "text.io-error",
                    e.getMessage() + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : "")));
            err.println(Cli.MESSAGES.text(locale, "text.site-kept"));
        } else {
            err.println(Cli.MESSAGES.text(locale, "text.internal", e));
            err.println(Cli.MESSAGES.text(locale, "text.internal.hint"));
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
