package yearbook.testing;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;
import yearbook.cli.YearbookCommand;

/** One run of the yearbook command line in this JVM: its exit status and what it printed. */
public record Run(int code, String out, String err) {
    public static Run of(String... args) {
        CommandLine cl = YearbookCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
