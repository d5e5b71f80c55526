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
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @Mixin
    FolderOptions folders;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new Cli.Usage(spec.commandLine(), Cli.text(spec, "text.usage.port"));
        }
        for (Path dir : folders.missingTemplates() != null ? new Path[] {folders.content, folders.templates}
                : new Path[] {folders.content}) {
            if (!dir.toFile().isDirectory()) {
                err.println(Cli.text(spec, "text.no-folder", dir));
                err.flush();
                return 1;
            }
        }
        BuildOptions options = new BuildOptions(folders.content, folders.templates, Path.of("site"));
        LivePreview preview = new LivePreview(new Previewer(options, "yearbook " + YearbookCommand.version()),
                Cli.workingDir(), out, Cli.locale(spec)).start();
        SiteServer server;
        try {
            server = SiteServer.start(preview, port);
        } catch (BindException e) {
            preview.close();
            err.println(Cli.text(spec, "text.port-in-use", port, e.getMessage()));
            err.flush();
            return 1;
        }
        out.println(Cli.text(spec, "text.preview-at", server.uri()));
        out.println(Cli.text(spec, "text.watching", Cli.workingDir().relativize(options.content()),
                Cli.workingDir().relativize(options.templates())));
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
