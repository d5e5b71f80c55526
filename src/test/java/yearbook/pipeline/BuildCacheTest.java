package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.TestFiles;

/**
 * The build cache: a build that keeps the files whose fingerprint did not change writes, after every kind of
 * change, the same bytes as a build from nothing; and it does keep what did not change, and makes again what did.
 * Which files were kept is told by the files' identity on disk: a kept file is the previous site's file itself.
 */
class BuildCacheTest {
    @TempDir
    Path root;

    private Path content;
    private Path templates;
    private int full;

    private void writeCorpus() throws IOException {
        ReproducibleBuildTest.root = root; // where its corpus draws its pictures
        Map<String, byte[]> files = ReproducibleBuildTest.corpus();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        content = root.resolve("content");
        templates = root.resolve("templates");
        TestFiles.copyTree(TestFiles.templates(), templates);
    }

    /** A build with the cache beside the output folder {@code cached}. */
    private BuildResult cached(boolean pdf) throws IOException {
        Path out = root.resolve("cached");
        BuildOptions o = new BuildOptions(content, templates, out, true, pdf, ReproducibleBuildTest.PRINTED)
                .cached(root.resolve("cache"));
        return new BuildService(ReproducibleBuildTest.GENERATOR).build(o, Progress.NONE);
    }

    /** A build from nothing into a fresh folder, returning its files. */
    private Map<String, byte[]> fresh(boolean pdf) throws Exception {
        Path out = root.resolve("full-" + full++);
        new BuildService(ReproducibleBuildTest.GENERATOR).build(
                new BuildOptions(content, templates, out, true, pdf, ReproducibleBuildTest.PRINTED), Progress.NONE);
        return ReproducibleBuildTest.snapshot(out);
    }

    /** Each file of the cached site and its identity on disk (device and inode). */
    private Map<String, Object> identities() throws IOException {
        Path out = root.resolve("cached");
        Map<String, Object> ids = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                ids.put(out.relativize(f).toString().replace('\\', '/'),
                        Files.readAttributes(f, BasicFileAttributes.class).fileKey());
            }
        }
        return ids;
    }

    private void assertSameAsFull(boolean pdf) throws Exception {
        ReproducibleBuildTest.assertSameSite(fresh(pdf), ReproducibleBuildTest.snapshot(root.resolve("cached")));
    }

    private void edit(String path, String from, String to) throws IOException {
        Path f = root.resolve(path);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), path + " holds " + from);
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /**
     * The record (written whole, with the changes written since) lists the site's files in the order of their paths,
     * each once, every page among them, a page ending in {@code page} among them or not, as {@code listed} says.
     */
    private void assertRecordInOrder(String page, boolean listed) throws IOException {
        java.util.List<String> lines = Files.readAllLines(root.resolve("cache/files.tsv"), StandardCharsets.UTF_8);
        java.util.List<String> paths = lines.subList(4, lines.size()).stream().map(l -> l.substring(0, l.indexOf('\t')))
                .toList();
        assertInOrder(paths);
        java.util.Set<String> recorded = new java.util.HashSet<>(paths);
        Path changes = root.resolve("cache/files-changes.tsv");
        if (Files.isRegularFile(changes)) {
            java.util.List<String> changed = Files.readAllLines(changes, StandardCharsets.UTF_8);
            assertEquals(lines.get(3), changed.get(3), "the changes name the record written whole");
            java.util.List<String> changedPaths = changed.subList(4, changed.size()).stream()
                    .map(l -> l.startsWith("+") ? l.substring(1, l.indexOf('\t')) : l.substring(1)).toList();
            assertInOrder(changedPaths);
            for (String line : changed.subList(4, changed.size())) {
                if (line.startsWith("+")) {
                    recorded.add(line.substring(1, line.indexOf('\t')));
                } else {
                    assertTrue(line.startsWith("-") && recorded.remove(line.substring(1)), line);
                }
            }
        }
        assertEquals(listed, recorded.stream().anyMatch(p -> p.endsWith(page)), page);
        java.util.Set<String> files = identities().keySet();
        assertEquals(java.util.List.of(), recorded.stream().filter(p -> !files.contains(p)).toList(),
                "every file recorded is in the site");
        assertEquals(java.util.List.of(), files.stream().filter(p -> p.endsWith("/index.html") && !recorded.contains(p))
                .toList(), "every page of the site is recorded");
    }

    private static void assertInOrder(java.util.List<String> paths) {
        for (int i = 1; i < paths.size(); i++) {
            assertTrue(paths.get(i - 1).compareTo(paths.get(i)) < 0, paths.get(i - 1) + " before " + paths.get(i));
        }
    }

    /** The site path of the article page whose slug is {@code slug} (one volume folder holds it). */
    private static String articlePage(Map<String, Object> ids, String slug) {
        return ids.keySet().stream().filter(p -> p.endsWith("/" + slug + "/index.html")).findFirst()
                .orElseThrow(() -> new AssertionError("no page for " + slug));
    }

    @Test
    void afterEachKindOfChangeTheCachedSiteIsTheFullOneAndOnlyWhatChangedIsMadeAgain() throws Exception {
        writeCorpus();
        BuildResult first = cached(false);
        assertEquals(0, first.kept(), "nothing to keep the first time");
        assertTrue(Files.isRegularFile(root.resolve("cache/files.tsv")), "the record is written");
        assertSameAsFull(false);

        // nothing changed: every file with a fingerprint is kept, the search index as a whole
        Map<String, Object> before = identities();
        BuildResult same = cached(false);
        Map<String, Object> after = identities();
        Map<String, Object> was = before;
        Map<String, Object> now = after;
        assertEquals(java.util.List.of(), was.keySet().stream().filter(p -> p.endsWith("index.html"))
                .filter(p -> !was.get(p).equals(now.get(p))).toList(), "every page is kept");
        assertTrue(same.kept() > before.keySet().stream().filter(p -> p.endsWith("index.html")).count(),
                "files kept: " + same.kept());
        // the site model the same: no page's view is made to tell (every page but the 404 page has one)
        assertEquals(same.pages() - 1, same.keptOnInputs(), "pages kept without their view made");
        String unrelated = articlePage(before, "ad3");
        String changed = articlePage(before, "aa0");
        assertEquals(before.get(unrelated), after.get(unrelated), "an article page is kept");
        assertEquals(before.get("search/index.json"), after.get("search/index.json"), "the search index is kept");
        assertEquals(before.get("sitemap.xml"), after.get("sitemap.xml"), "the sitemap is kept");
        assertEquals(before.get("nm/img/photo-960w.png"), after.get("nm/img/photo-960w.png"), "a picture's copy is kept");
        assertSameAsFull(false);

        // an article edited: its page is made again, an unrelated article's is not; the search index is made again
        edit("content/nm/aa0.md", "第0段。", "第0段，改过了。");
        before = identities();
        Path bodies = root.resolve("cache/bodies.bin");
        Object bodiesBefore = Files.readAttributes(bodies, BasicFileAttributes.class).fileKey();
        Path articles = root.resolve("cache/articles.bin");
        Object articlesBefore = Files.readAttributes(articles, BasicFileAttributes.class).fileKey();
        cached(false);
        after = identities();
        assertEquals(bodiesBefore, Files.readAttributes(bodies, BasicFileAttributes.class).fileKey(),
                "the rendered bodies are not all written again");
        assertTrue(Files.isRegularFile(root.resolve("cache/bodies-changes.bin")), "what changed in them is");
        assertEquals(articlesBefore, Files.readAttributes(articles, BasicFileAttributes.class).fileKey(),
                "the articles' state is not written again whole");
        assertTrue(Files.isRegularFile(root.resolve("cache/articles-changes.bin")), "what changed in it is");
        assertNotEquals(before.get(changed), after.get(changed), "the edited article's page is made again");
        assertEquals(before.get(unrelated), after.get(unrelated), "an unrelated article's page is kept");
        assertNotEquals(before.get("search/index.json"), after.get("search/index.json"), "the search index is made again");
        assertTrue(new String(Files.readAllBytes(root.resolve("cached").resolve(changed)), StandardCharsets.UTF_8)
                .contains("改过了"));
        assertSameAsFull(false);

        // its summary changed: other pages list it, so every page's view is made to find which
        String opening = "职工之家建设和送温暖活动，劳模精神代代相传。".repeat(8);
        edit("content/nm/aa0.md", "职工之家建设和送温暖活动，劳模精神代代相传。第0段", opening + "第0段");
        BuildResult summary = cached(false);
        assertEquals(0, summary.keptOnInputs(), "a changed summary is in the site model's key");
        assertSameAsFull(false);

        // a paragraph added after its summary: only its own page is seen to, the others kept on the site model's key
        before = identities();
        Files.writeString(root.resolve("content/nm/aa0.md"), "\n又增加了一段，写在摘要之后。\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        BuildResult appended = cached(false);
        after = identities();
        assertEquals(appended.pages() - 2, appended.keptOnInputs(), "every page but the article's and the 404 page");
        assertNotEquals(before.get(changed), after.get(changed), "the article's page is made again");
        assertTrue(new String(Files.readAllBytes(root.resolve("cached").resolve(changed)), StandardCharsets.UTF_8)
                .contains("又增加了一段"));
        assertEquals(before.get(unrelated), after.get(unrelated), "an unrelated article's page is kept");
        assertSameAsFull(false);

        // an article added
        Files.writeString(root.resolve("content/nm/new1.md"), "---\ntitle: 新增的文章\norganization: 鄂托克前旗总工会\nregion: 150623\nyear: 2019\n"
                + "themes: [model-workers]\nslug: new1\n---\n新增的一段文字，劳模精神。\n", StandardCharsets.UTF_8);
        cached(false);
        assertTrue(identities().keySet().stream().anyMatch(p -> p.endsWith("/new1/index.html")), "the new page is made");
        assertSameAsFull(false);
        assertRecordInOrder("/new1/index.html", true);

        // an article removed
        Files.delete(root.resolve("content/nm/new1.md"));
        cached(false);
        assertFalse(identities().keySet().stream().anyMatch(p -> p.endsWith("/new1/index.html")), "the page is gone");
        assertSameAsFull(false);
        assertRecordInOrder("/new1/index.html", false);

        // an article's file renamed (its slug, and so its address, stays)
        Files.move(root.resolve("content/nm/ab1.md"), root.resolve("content/nm/renamed.md"));
        cached(false);
        assertSameAsFull(false);

        // a template changed: the pages made from it are made again, the others and the search index are kept
        before = identities();
        edit("templates/article.ftlh", "<article class=\"entry\">", "<article class=\"entry\"><!-- 模板改过 -->");
        cached(false);
        after = identities();
        String region = "regions/index.html";
        assertNotEquals(before.get(unrelated), after.get(unrelated), "article pages are made again");
        assertEquals(before.get(region), after.get(region), "a page of another template is kept");
        assertEquals(before.get("search/index.json"), after.get("search/index.json"), "the search index is kept");
        assertSameAsFull(false);

        // a template every page imports: every page is made again
        before = identities();
        edit("templates/layout.ftlh", "</main>", "</main><!-- 外框改过 -->");
        cached(false);
        after = identities();
        assertNotEquals(before.get(region), after.get(region), "pages that import the changed template are made again");
        assertSameAsFull(false);

        // a setting changed: the site's title is on every page
        before = identities();
        edit("content/yearbook.yaml", "title: ", "title: 新");
        cached(false);
        after = identities();
        assertNotEquals(before.get(unrelated), after.get(unrelated), "pages are made again");
        assertSameAsFull(false);

        // a picture replaced by another of the same name: its smaller copies are made again
        before = identities();
        Path photo = root.resolve("content/nm/img/photo.png");
        PicturesTest.picture(photo, 1000, 600, "png");
        byte[] other = Files.readAllBytes(photo);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1000, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        javax.imageio.ImageIO.write(image, "png", photo.toFile());
        assertFalse(java.util.Arrays.equals(other, Files.readAllBytes(photo)), "the picture changed");
        cached(false);
        after = identities();
        assertNotEquals(before.get("nm/img/photo-960w.png"), after.get("nm/img/photo-960w.png"), "the copy is made again");
        assertSameAsFull(false);
    }

    @Test
    void aBookWhoseArticlesDidNotChangeKeepsItsPdf() throws Exception {
        writeCorpus();
        cached(true);
        Map<String, Object> before = identities();
        assertTrue(before.keySet().stream().filter(p -> p.endsWith(".pdf")).count() > 2, "several PDFs: " + before.keySet());
        // aa0 is in the 2018 volume, in Inner Mongolia
        edit("content/nm/aa0.md", "第0段。", "第0段，改过了。");
        cached(true);
        Map<String, Object> after = identities();
        long kept = before.keySet().stream().filter(p -> p.endsWith(".pdf"))
                .filter(p -> before.get(p).equals(after.get(p))).count();
        long remade = before.keySet().stream().filter(p -> p.endsWith(".pdf"))
                .filter(p -> !before.get(p).equals(after.get(p))).count();
        assertTrue(kept > 0, "the PDFs of other volumes are kept");
        assertTrue(remade > 0, "the PDFs with the article are made again");
        assertSameAsFull(true);
    }

    @Test
    void aProvinceTakenFromItsVolumeIsMadeAgainWhenAProvinceBeforeItGrows() throws Exception {
        writeCorpus();
        cached(true);
        Map<String, Object> before = identities();
        String shaanxi = before.keySet().stream().filter(p -> p.matches("pdf/yearbook-2019-610000-.*\\.pdf")).findFirst()
                .orElseThrow(() -> new AssertionError("no PDF of 陕西省 in 2019: " + before.keySet()));
        // aa0 (the 2019 volume, 内蒙古自治区) grows by pages; 陕西省 follows it in the volume, and its PDF is the volume's
        // pages of 陕西省 with the volume's page numbers, which change though no article of 陕西省 did
        edit("content/nm/aa0.md", "第0段。", "第0段。\n\n" + "职工之家建设和送温暖活动，劳模精神代代相传。".repeat(300));
        cached(true);
        Map<String, Object> after = identities();
        assertFalse(before.get(shaanxi).equals(after.get(shaanxi)), "陕西省's PDF is made again");
        assertSameAsFull(true);
    }

    @Test
    void aDamagedBodyInTheCacheMakesTheSiteWithoutTheCache() throws Exception {
        writeCorpus();
        cached(false);
        // every body's HTML spoiled where it is kept, its entries intact: seen only when a page asks for its HTML
        Path bodies = root.resolve("cache/bodies.bin");
        byte[] bytes = Files.readAllBytes(bodies);
        java.nio.ByteBuffer tail = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8);
        long entries = tail.getLong();
        for (int i = 12; i < entries; i++) {
            bytes[i] = (byte) 0x55;
        }
        Files.write(bodies, bytes);
        edit("templates/article.ftlh", "<article class=\"entry\">", "<article class=\"entry\"><!-- 模板改过 -->");
        BuildResult result = cached(false);
        assertEquals(0, result.kept(), "made again without what the cache kept");
        assertSameAsFull(false);
        assertFalse(java.util.Arrays.equals(bytes, Files.readAllBytes(bodies)), "the cache is made afresh");
        BuildResult next = cached(false);
        assertTrue(next.kept() > 0, "and serves the next build");
    }
}
