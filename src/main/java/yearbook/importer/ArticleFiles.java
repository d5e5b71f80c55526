package yearbook.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import yearbook.diag.Messages;
import yearbook.importer.output.ArticleFile;
import yearbook.importer.output.Draft;
import yearbook.importer.output.Outcome;
import yearbook.publish.AtomicFile;
import yearbook.region.RegionCatalog;
import yearbook.site.ArticlePaths;

/**
 * Where imported articles go and how they are written: {@code articles/<province>/<title slug>.md}, never over a
 * file the editor has changed since the import unless forced.
 */
final class ArticleFiles {
    private final RegionCatalog regions;

    ArticleFiles(RegionCatalog regions) {
        this.regions = regions;
    }

    /** The pages with each article's file set, numbered when two would share one, in the order of the pages. */
    List<PreparedPage> assignPaths(List<PreparedPage> pages) {
        Map<String, Integer> used = new HashMap<>();
        List<PreparedPage> placed = new ArrayList<>();
        for (PreparedPage p : pages) {
            List<ArticleDraft> articles = new ArrayList<>();
            for (ArticleDraft a : p.articles()) {
                String dir = a.region() == null ? "articles/unplaced" : ArticlePaths.folder(regions, a.region());
                String path = dir + "/" + ArticlePaths.slug(a.draft().title());
                int n = used.merge(path, 1, Integer::sum);
                articles.add(a.withPath((n == 1 ? path : path + "-" + n) + ".md"));
            }
            placed.add(p.withArticles(articles));
        }
        return placed;
    }

    /**
     * Writes an article's pictures beside it, each whole or not at all; a file already there with other bytes is
     * kept unless forced. Says in the report's words what was written and what kept.
     */
    List<String> writeImages(Path into, boolean force, String article, List<ArticleImage> images) throws IOException {
        List<String> notes = new ArrayList<>();
        Path folder = into.resolve(article).getParent();
        List<String> written = new ArrayList<>();
        for (ArticleImage image : images) {
            Path target = folder.resolve(image.name()).normalize();
            if (!target.startsWith(into.normalize()) || !image.name().matches("photo-[0-9a-f]{16}\\.(png|jpg|gif)")) {
                throw new IllegalStateException("a picture's file must stay inside the content folder: " + image.name());
            }
            if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), image.data())) {
                written.add(image.name());
                continue;
            }
            if (Files.exists(target) && !force) {
                notes.add(Messages.FINDINGS.text(Messages.CHINESE, "import.picture-kept", image.name()));
                continue;
            }
            writeBytes(target, image.data());
            written.add(image.name());
        }
        if (!written.isEmpty()) {
            notes.add(0, Messages.FINDINGS.text(Messages.CHINESE, "import.pictures-beside", written.size(), String.join("、", written)));
        }
        return notes;
    }

    /** Bytes written as {@link AtomicFile} writes text: to a hidden temporary file beside the target, then renamed. */
    private static void writeBytes(Path target, byte[] data) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
        try {
            Files.write(tmp, data);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the draft into the content folder {@code into} unless the file there must be kept; says which. */
    Outcome.Status write(Path into, boolean force, Draft d) throws IOException {
        Path target = into.resolve(d.path());
        String text = ArticleFile.render(d);
        Optional<String> existing = Files.isRegularFile(target)
                ? Optional.of(new String(Files.readAllBytes(target), StandardCharsets.UTF_8)) : Optional.empty();
        ArticleFile.Existing state = ArticleFile.classify(existing);
        Outcome.Status status = switch (state) {
            case NONE -> Outcome.Status.CREATED;
            case UNTOUCHED -> existing.get().equals(text) ? Outcome.Status.UNCHANGED : Outcome.Status.UPDATED;
            case EDITED -> force ? Outcome.Status.REPLACED : Outcome.Status.KEPT_EDITED;
            case FOREIGN -> force ? Outcome.Status.REPLACED : Outcome.Status.KEPT_FOREIGN;
        };
        if (status == Outcome.Status.CREATED || status == Outcome.Status.UPDATED || status == Outcome.Status.REPLACED) {
            AtomicFile.write(target, text);
        }
        return status;
    }
}
