package yearbook.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.Previewer;
import yearbook.serve.LivePreview;
import yearbook.serve.SiteServer;

/** {@code yearbook serve}: the editor's live preview. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Shows the yearbook in your browser as readers will see it, while you",
                "edit: serves the site on this computer only (127.0.0.1), straight from the",
                "content and template folders, writing nothing. Every save is picked up:",
                "the site is read again and open pages reload by themselves. When the",
                "content or the templates have errors, the browser shows them, each with",
                "its file and line, and the site comes back once they are fixed; the",
                "server keeps running. Pages are made as they are opened; the PDF of the",
                "newest volume is at /_yearbook/pdf (printed when opened, which takes a",
                "few seconds). Stop it with Ctrl+C."},
        footer = {"", "Examples:", "  ./yearbook serve", "  ./yearbook serve --port 8000",
                "  ./yearbook serve --content ../yearbook-2019/content",
                "", "Exit status: 0 stopped with Ctrl+C; 1 the port is taken or the folders",
                "are missing; 2 wrong command-line usage."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    FolderOptions folders;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "the port to listen on; 0 takes a free one (default: ${DEFAULT-VALUE})")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        for (Path dir : new Path[] {folders.content, folders.templates}) {
            if (!dir.toFile().isDirectory()) {
                err.println(dir + ": error: the folder does not exist");
                err.flush();
                return 1;
            }
        }
        BuildOptions options = new BuildOptions(folders.content, folders.templates, Path.of("site"));
        LivePreview preview = new LivePreview(new Previewer(options, "yearbook " + YearbookCommand.version()),
                Cli.workingDir(), out).start();
        SiteServer server;
        try {
            server = SiteServer.start(preview, port);
        } catch (BindException e) {
            preview.close();
            err.println("error: port " + port + " is in use (" + e.getMessage() + "); choose another with --port N, "
                    + "or --port 0 for any free one");
            err.flush();
            return 1;
        }
        out.println("preview at " + server.uri() + " (the newest volume's PDF at " + server.uri() + "_yearbook/pdf)");
        out.println("watching " + Cli.workingDir().relativize(options.content()) + " and "
                + Cli.workingDir().relativize(options.templates()) + "; press Ctrl+C to stop");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                preview.close();
            } catch (java.io.IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
