package yearbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import yearbook.newyearbook.NewYearbook;

/** {@code yearbook init [DIR]}: a new yearbook that builds at once. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".", descriptionKey = "init.dir")
    Path dir;

    @Option(names = "--title", paramLabel = "TITLE", defaultValue = "工会年鉴", descriptionKey = "init.title")
    String title;

    @Option(names = "--templates", descriptionKey = "init.templates")
    boolean templates;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> written = NewYearbook.create(dir, title.strip(), templates);
        for (String f : written) {
            out.println("  " + f);
        }
        String shown = Cli.workingDir().relativize(dir.toAbsolutePath().normalize()).toString();
        shown = shown.isEmpty() ? "." : shown.replace('\\', '/');
        out.println(Cli.text(spec, "text.init.done", shown, written.size()));
        for (int i = 0; i < 4; i++) {
            out.println(Cli.text(spec, "text.init.next." + i, shown));
        }
        out.flush();
        return 0;
    }
}
