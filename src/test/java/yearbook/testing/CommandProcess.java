package yearbook.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import yearbook.cli.Main;

/** The yearbook command line as a new Java process, for tests that kill it, starve it or compare across JVMs. */
public final class CommandProcess {
    private CommandProcess() {
    }

    /**
     * {@code java <jvmOptions> -cp <this test's class path> yearbook.cli.Main <args>}, with this JVM's java and UTF-8
     * as the default encoding, ready for a {@link ProcessBuilder}.
     */
    public static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dfile.encoding=UTF-8");
        // the system's language is one of the things that choose the tool's: the tests choose theirs themselves
        command.add("-Duser.language=en");
        command.add("-Duser.country=US");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }
}
