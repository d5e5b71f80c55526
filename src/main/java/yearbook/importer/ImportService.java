package yearbook.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import yearbook.config.Project;
import yearbook.config.ProjectLoader;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostics;
import yearbook.diag.Msg;
import yearbook.importer.formats.Formats;
import yearbook.importer.formats.Source;
import yearbook.diag.Messages;
import yearbook.importer.output.ChronicleFile;
import yearbook.importer.output.ChronicleOutcome;
import yearbook.importer.output.Outcome;
import yearbook.importer.output.Report;
import yearbook.publish.AtomicFile;

/**
 * {@code yearbook import}: raw pages in, one markdown article per union article found, and a report. Each input is
 * decoded and made into article drafts ({@link PageImport}); then the articles are given their files and written
 * under {@code <into>/articles/<province>/} ({@link ArticleFiles}), never over a file the editor has changed.
 */
public final class ImportService {
    private final PageImport pages;
    private final ArticleFiles files;

    private ImportService(Project project) {
        this.pages = new PageImport(project);
        this.files = new ArticleFiles(project.regions());
    }

    /** The importer for the yearbook whose content folder is {@code into}; its data files must be valid. */
    public static ImportService forContent(Path into) {
        Diagnostics d = new Diagnostics();
        if (!Files.isDirectory(into)) {
            d.error(into, 0, Msg.of("import.no-into"));
            throw new ContentException(d.all());
        }
        Project project = ProjectLoader.load(into, d);
        d.throwIfErrors();
        return new ImportService(project);
    }

    /** Where an import tells how far it got: the files it is to read, then each one read. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void files(int total) {
            }

            @Override
            public void read(long done, long total) {
            }
        };

        /** Reading begins: {@code total} files are to be read. */
        void files(int total);

        /** {@code done} of the {@code total} files are read; called from any thread. */
        void read(long done, long total);
    }

    public ImportResult run(ImportOptions options) throws IOException {
        return run(options, Progress.NONE);
    }

    public ImportResult run(ImportOptions options, Progress progress) throws IOException {
        Path base = Path.of("").toAbsolutePath();
        List<Path> inputs = InputFiles.expand(options.inputs());
        progress.files(inputs.size());
        AtomicLong done = new AtomicLong();
        // what an import killed half-way left: temporary files, never a part of an article
        AtomicFile.removeLeftovers(options.into());
        // pages are independent: read them in parallel, keep their order
        List<PageRead> read = inputs.parallelStream().map(f -> {
            PageRead r = read(InputFiles.shown(base, f), f);
            progress.read(done.incrementAndGet(), inputs.size());
            return r;
        }).toList();
        List<Outcome> outcomes = new ArrayList<>(read.stream().flatMap(r -> r.unreadable().stream()).toList());
        java.util.Map<Integer, List<ChronicleFile.Entry>> chronicle = new java.util.TreeMap<>();
        for (PreparedPage p : files.assignPaths(read.stream().flatMap(r -> r.prepared().stream()).toList())) {
            for (ChronicleCandidates.Candidate c : p.chronicle()) {
                chronicle.computeIfAbsent(c.volume(), v -> new ArrayList<>()).add(c.entry());
            }
            List<Outcome.Written> written = new ArrayList<>();
            for (ArticleDraft a : p.articles()) {
                Outcome.Status status = files.write(options.into(), options.force(), a.draft());
                List<String> notes = new ArrayList<>(a.notes());
                if (status != Outcome.Status.KEPT_EDITED && status != Outcome.Status.KEPT_FOREIGN) {
                    notes.addAll(files.writeImages(options.into(), options.force(), a.draft().path(), a.images()));
                }
                written.add(new Outcome.Written(a.draft(), status, notes));
            }
            outcomes.add(p.outcome(written));
        }
        outcomes.sort((a, b) -> a.file().compareTo(b.file()));
        List<ChronicleOutcome> chronicles = new ArrayList<>();
        for (var e : chronicle.entrySet()) {
            chronicles.add(writeChronicle(options.into(), options.force(), e.getKey(), e.getValue()));
        }
        Path report = options.report() != null ? options.report() : options.into().resolve("_import-report.md");
        AtomicFile.write(report, Report.render(outcomes) + chronicleSection(chronicles));
        return new ImportResult(outcomes, report, chronicles);
    }

    /**
     * Writes a volume's chronicle candidates into {@code chronicle/<volume>-import.yaml}, adding to the entries a file
     * the import wrote before holds; a file the editor has changed (or one the import did not write) is kept as it is
     * unless forced, and then rewritten with its entries and the new ones.
     */
    private static ChronicleOutcome writeChronicle(Path into, boolean force, int volume, List<ChronicleFile.Entry> found)
            throws IOException {
        String path = "chronicle/" + volume + "-import.yaml";
        Path target = into.resolve(path);
        java.util.Optional<String> existing = Files.isRegularFile(target)
                ? java.util.Optional.of(Files.readString(target, java.nio.charset.StandardCharsets.UTF_8)) : java.util.Optional.empty();
        List<ChronicleFile.Entry> before = existing.map(ChronicleFile::parse).orElse(List.of());
        List<ChronicleFile.Entry> merged = ChronicleFile.merge(before, found);
        int added = merged.size() - ChronicleFile.merge(before, List.of()).size();
        String text = ChronicleFile.render(volume, merged);
        Outcome.Status status = switch (ChronicleFile.classify(existing)) {
            case NONE -> Outcome.Status.CREATED;
            case UNTOUCHED -> existing.get().equals(text) ? Outcome.Status.UNCHANGED : Outcome.Status.UPDATED;
            case EDITED -> force ? Outcome.Status.REPLACED : Outcome.Status.KEPT_EDITED;
            case FOREIGN -> force ? Outcome.Status.REPLACED : Outcome.Status.KEPT_FOREIGN;
        };
        if (status == Outcome.Status.CREATED || status == Outcome.Status.UPDATED || status == Outcome.Status.REPLACED) {
            AtomicFile.write(target, text);
        }
        return new ChronicleOutcome(path, volume, status, found.size(), added);
    }

    /** The report's part on the chronicle candidates' files. */
    private static String chronicleSection(List<ChronicleOutcome> chronicles) {
        if (chronicles.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\n").append(Messages.FINDINGS.text(Messages.CHINESE, "import.chronicle.heading")).append("\n\n");
        for (ChronicleOutcome c : chronicles) {
            sb.append("- ").append(Messages.FINDINGS.text(Messages.CHINESE, c.kept() ? "import.chronicle.kept" : "import.chronicle.file",
                    c.path(), c.found(), c.added(), c.status().label)).append('\n');
        }
        return sb.toString();
    }

    private PageRead read(String shown, Path f) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            return PageRead.unreadable(shown, Msg.of("import.unreadable", e.getMessage()));
        }
        Source source = Formats.read(bytes, f);
        if (!source.ok()) {
            return PageRead.unreadable(shown, source.decoded().reason());
        }
        return pages.prepare(shown, source);
    }
}
