package yearbook.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.fingerprint.Keyed;

/**
 * The build cache's record: when few files changed, only what differs from the record written whole is written, as
 * its changes, and the next build reads the record with them as it would read the record written whole; changes that
 * name another record, or a record put aside and not put back, are no record.
 */
class BuildCacheRecordTest {
    @TempDir
    Path root;

    private Path site;
    private Path cacheDir;

    /** A file's maker whose fingerprint is its text. */
    private record Page(String key) implements Keyed {
        @Override
        public byte[] get() {
            return ("made from " + key).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A build of the site whose files are {@code pages} (path → fingerprint); how many files it kept. */
    private int build(Map<String, String> pages) throws IOException {
        BuildCache cache = BuildCache.open(cacheDir, site, "tool");
        try (Publisher.Staging s = new Publisher(site).begin()) {
            pages.forEach((path, key) -> cache.place(s, path, new Page(key)));
            s.commit();
        }
        cache.save();
        return cache.kept();
    }

    private static Map<String, String> pages(int n) {
        Map<String, String> pages = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            pages.put("p" + i + "/index.html", "k" + i);
        }
        return pages;
    }

    private Path record() {
        return cacheDir.resolve("files.tsv");
    }

    private Path changes() {
        return cacheDir.resolve("files-changes.tsv");
    }

    @Test
    void fewChangesAreWrittenAsChangesAndReadWithTheRecord() throws IOException {
        site = root.resolve("site");
        cacheDir = root.resolve(".site-cache");
        Map<String, String> pages = pages(200);
        assertEquals(0, build(pages));
        byte[] whole = Files.readAllBytes(record());
        assertFalse(Files.exists(changes()), "the first record is written whole");

        // one file changed, one gone, one added: three lines of changes, the record written whole left as it is
        pages.put("p5/index.html", "changed");
        pages.remove("p7/index.html");
        pages.put("q/index.html", "new");
        assertEquals(198, build(pages), "all but the changed and the new file kept");
        assertArrayEquals(whole, Files.readAllBytes(record()), "the record written whole is not written again");
        List<String> lines = Files.readAllLines(changes(), StandardCharsets.UTF_8);
        List<String> recordLines = Files.readAllLines(record(), StandardCharsets.UTF_8);
        assertEquals(recordLines.subList(0, 4), lines.subList(0, 4), "the changes name the record written whole");
        assertEquals(List.of("+p5/index.html", "-p7/index.html", "+q/index.html"),
                lines.subList(4, lines.size()).stream().map(l -> l.contains("\t") ? l.substring(0, l.indexOf('\t')) : l)
                        .toList());

        // read with its changes: every file kept, the one gone not (it is made again when it comes back)
        assertEquals(200, build(pages), "the record with its changes keeps every file");
        pages.put("p7/index.html", "k7");
        assertEquals(200, build(pages), "a file gone is made again when it comes back");
        assertArrayEquals(whole, Files.readAllBytes(record()));
        List<String> now = Files.readAllLines(changes(), StandardCharsets.UTF_8);
        assertEquals(List.of("+p5/index.html", "+p7/index.html", "+q/index.html"),
                now.subList(4, now.size()).stream().map(l -> l.substring(0, l.indexOf('\t'))).toList(),
                "the changes are those since the record written whole: p7 written again");
        assertEquals(201, build(pages), "and then kept");

        // changes that name another record are no record
        String text = Files.readString(changes(), StandardCharsets.UTF_8);
        String id = text.split("\n")[3];
        Files.writeString(changes(), text.replace(id, "another"), StandardCharsets.UTF_8);
        assertEquals(0, build(pages), "nothing kept");
        assertFalse(Files.exists(changes()), "the record is written whole again");
    }

    @Test
    void manyChangesWriteTheRecordWholeAndARecordPutAsideIsNone() throws IOException {
        site = root.resolve("site");
        cacheDir = root.resolve(".site-cache");
        Map<String, String> pages = pages(200);
        build(pages);
        pages.put("p1/index.html", "changed");
        build(pages);
        assertTrue(Files.exists(changes()));
        String id = Files.readAllLines(record(), StandardCharsets.UTF_8).get(3);

        // more changes than a sixteenth of the files (at least 64): the record is written whole, its changes gone
        for (int i = 0; i < 100; i++) {
            pages.put("p" + i + "/index.html", "again" + i);
        }
        assertEquals(100, build(pages));
        assertFalse(Files.exists(changes()));
        List<String> lines = Files.readAllLines(record(), StandardCharsets.UTF_8);
        assertFalse(id.equals(lines.get(3)), "a record written whole has a name of its own");
        assertEquals(204, lines.size(), "four lines of head and one for each file");
        assertEquals(200, build(pages));

        // a build stopped while it wrote the changes leaves the record put aside: no record, everything made again
        pages.put("p150/index.html", "changed");
        build(pages);
        Files.move(record(), cacheDir.resolve("files.tsv.held"));
        assertEquals(0, build(pages));
        assertTrue(Files.exists(record()));
        assertFalse(Files.exists(cacheDir.resolve("files.tsv.held")), "what was put aside is removed");
        assertEquals(200, build(pages));
    }
}
