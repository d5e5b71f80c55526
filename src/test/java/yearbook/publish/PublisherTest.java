package yearbook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    @TempDir
    Path root;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void commitReplacesTheWholeSite() throws IOException {
        Path site = root.resolve("site");
        Publisher p = new Publisher(site);
        try (Publisher.Staging s = p.begin()) {
            s.write("old.html", b("old"));
            s.commit();
        }
        try (Publisher.Staging s = p.begin()) {
            s.write("/a/index.html", b("new"));
            assertEquals("old", Files.readString(site.resolve("old.html")), "nothing changes before commit");
            s.commit();
        }
        assertEquals("new", Files.readString(site.resolve("a/index.html")));
        assertFalse(Files.exists(site.resolve("old.html")), "files of the previous build do not linger");
        try (Stream<Path> l = Files.list(root)) {
            assertEquals(1, l.count(), "no staging or previous folder left");
        }
    }

    @Test
    void closingWithoutCommitLeavesThePreviousSite() throws IOException {
        Path site = root.resolve("site");
        Publisher p = new Publisher(site);
        try (Publisher.Staging s = p.begin()) {
            s.write("index.html", b("v1"));
            s.commit();
        }
        try (Publisher.Staging s = p.begin()) {
            s.write("index.html", b("v2"));
        }
        assertEquals("v1", Files.readString(site.resolve("index.html")));
        try (Stream<Path> l = Files.list(root)) {
            assertEquals(1, l.count());
        }
    }

    @Test
    void refusesPathsOutsideTheSite() throws IOException {
        Publisher p = new Publisher(root.resolve("site"));
        try (Publisher.Staging s = p.begin()) {
            assertThrows(IllegalArgumentException.class, () -> s.write("../escape.html", b("x")));
            assertThrows(IllegalArgumentException.class, () -> s.write("a/../../escape.html", b("x")));
            assertThrows(IllegalArgumentException.class, () -> s.write("", b("x")));
        }
        assertFalse(Files.exists(root.resolve("escape.html")));
    }

    @Test
    void aSwapCutOffHalfWayIsRepairedByTheNextBuild() throws IOException {
        Path previous = root.resolve(".site-previous");
        Files.createDirectories(previous);
        Files.writeString(previous.resolve("index.html"), "v1");
        Path staged = root.resolve(".site-building-123");
        Files.createDirectories(staged);
        Files.writeString(staged.resolve("index.html"), "v2");
        Publisher p = new Publisher(root.resolve("site"));
        try (Publisher.Staging s = p.begin()) {
            assertEquals("v1", Files.readString(root.resolve("site/index.html")), "the previous site is put back first");
            assertFalse(Files.exists(staged), "the abandoned staging folder is gone");
        }
        assertTrue(Files.isDirectory(root.resolve("site")));
        assertEquals(List.of("site"), names(root));
    }

    @Test
    void recoverAloneRestoresThePreviousSiteAndRemovesTheRest() throws IOException {
        Files.createDirectories(root.resolve(".site-previous/a"));
        Files.writeString(root.resolve(".site-previous/a/index.html"), "v1");
        Files.createDirectories(root.resolve(".site-building-7/b"));
        Files.createDirectories(root.resolve(".other"));
        Publisher.recover(root.resolve("site"));
        assertEquals("v1", Files.readString(root.resolve("site/a/index.html")));
        assertEquals(List.of(".other", "site"), names(root), "only what belongs to the build is touched");
        Publisher.recover(root.resolve("site"));
        assertEquals("v1", Files.readString(root.resolve("site/a/index.html")), "a second recovery changes nothing");
        Publisher.recover(root.resolve("no/such/folder/site"));
        assertFalse(Files.exists(root.resolve("no")), "nothing is made where there is nothing to recover");
    }

    @Test
    void aBuildStoppedAfterTheSwapKeepsTheNewSiteAndTheLeftoverIsDeleted() throws IOException {
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("site/index.html"), "v2");
        Files.createDirectories(root.resolve(".site-previous/half-deleted"));
        Files.writeString(root.resolve(".site-previous/half-deleted/x.html"), "v1");
        Publisher.recover(root.resolve("site"));
        assertEquals("v2", Files.readString(root.resolve("site/index.html")));
        assertEquals(List.of("site"), names(root));
    }

    private static Object inode(Path f) throws IOException {
        return Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    /** A first site of four pages, made in place: a.html, b/, c/ and e/f/. */
    private static void firstSite(Publisher p) throws IOException {
        try (Publisher.Staging s = p.begin(true)) {
            s.write("a.html", b("a1"));
            s.write("b/index.html", b("b1"));
            s.write("c/index.html", b("c1"));
            s.write("e/f/index.html", b("f1"));
            s.commit();
        }
    }

    @Test
    void aCommitInPlaceTouchesOnlyWhatChanged() throws IOException {
        Path site = root.resolve("site");
        Publisher p = new Publisher(site);
        firstSite(p);
        Object a = inode(site.resolve("a.html"));
        Object b = inode(site.resolve("b/index.html"));
        try (Publisher.Staging s = p.begin(true)) {
            s.keep(site.resolve("a.html"), "a.html");
            s.write("b/index.html", b("b2"));
            s.write("d/index.html", b("d2"));
            assertEquals("b1", Files.readString(site.resolve("b/index.html")), "nothing changes before commit");
            assertEquals(3, s.fileCount(), "kept and made files are counted");
            s.commit();
        }
        assertEquals(a, inode(site.resolve("a.html")), "a kept file is left where it is");
        assertEquals("a1", Files.readString(site.resolve("a.html")));
        assertFalse(b.equals(inode(site.resolve("b/index.html"))), "a file made again replaces the previous one");
        assertEquals("b2", Files.readString(site.resolve("b/index.html")));
        assertEquals("d2", Files.readString(site.resolve("d/index.html")));
        assertFalse(Files.exists(site.resolve("c")), "a page no longer made goes, with its folder");
        assertFalse(Files.exists(site.resolve("e")), "and folders left empty above it");
        assertEquals(List.of("site"), names(root), "nothing is left beside the site");

        // a build that fails leaves the site as it was
        try (Publisher.Staging s = p.begin(true)) {
            s.keep(site.resolve("a.html"), "a.html");
            s.write("b/index.html", b("b3"));
        }
        assertEquals("b2", Files.readString(site.resolve("b/index.html")));
        assertTrue(Files.exists(site.resolve("d/index.html")));
        assertEquals(List.of("site"), names(root));
    }

    @Test
    void aCommitInPlaceTakesTheSiteAsListedWhenTheBuildBegan() throws IOException {
        Path site = root.resolve("site");
        firstSite(new Publisher(site));
        Publisher next = new Publisher(site);
        next.listEarly();
        try (Publisher.Staging s = next.begin(true)) {
            s.keep(site.resolve("a.html"), "a.html");
            s.write("b/index.html", b("b2"));
            s.write("d/index.html", b("d2"));
            s.commit();
        }
        assertEquals("a1", Files.readString(site.resolve("a.html")));
        assertEquals("b2", Files.readString(site.resolve("b/index.html")));
        assertEquals("d2", Files.readString(site.resolve("d/index.html")), "a new page is there");
        assertFalse(Files.exists(site.resolve("c")), "a page no longer made goes, as the early listing had it");
        assertFalse(Files.exists(site.resolve("e")), "and its folders left empty");
        assertEquals(List.of("site"), names(root), "nothing is left beside the site");
    }

    @Test
    void aFolderWhoseTimeIsTheOneSeenIsNotListedAgainOnlyItsFilesAreAsked() throws IOException {
        Path site = root.resolve("site");
        firstSite(new Publisher(site));
        Publisher second = new Publisher(site);
        second.listEarly(() -> null);
        try (Publisher.Staging s = second.begin(true)) {
            s.keep(site.resolve("a.html"), "a.html");
            s.keep(site.resolve("c/index.html"), "c/index.html");
            s.keep(site.resolve("e/f/index.html"), "e/f/index.html");
            s.write("b/index.html", b("b2"));
            s.write("g/index.html", b("g2"));
            s.commit();
        }
        byte[] folders = second.folders();
        assertNotNull(folders, "a commit in place leaves the folders as it left them");

        // by hand: a file put into c/ and c/'s time put back; one put into e/f/; a.html written again
        FileTime c = Files.getLastModifiedTime(site.resolve("c"), LinkOption.NOFOLLOW_LINKS);
        Files.writeString(site.resolve("c/hidden.html"), "x");
        Files.setLastModifiedTime(site.resolve("c"), c);
        assertEquals(c, Files.getLastModifiedTime(site.resolve("c"), LinkOption.NOFOLLOW_LINKS));
        Files.writeString(site.resolve("e/f/stray.html"), "y");
        Files.writeString(site.resolve("a.html"), "a-longer");

        Publisher third = new Publisher(site);
        third.listEarly(() -> folders);
        assertEquals(8, third.listed("a.html")[0], "a file of a folder not listed again is still asked for its size");
        assertEquals(2, third.listed("g/index.html")[0], "and a file the last commit put in a new folder");
        assertNotNull(third.listed("e/f/stray.html"), "a folder whose time changed is listed");
        assertNull(third.listed("c/hidden.html"), "a folder whose time is the one seen is not listed again");
        try (Publisher.Staging s = third.begin(true)) {
            s.keep(site.resolve("c/index.html"), "c/index.html");
            s.keep(site.resolve("e/f/index.html"), "e/f/index.html");
            s.keep(site.resolve("g/index.html"), "g/index.html");
            s.write("a.html", b("a3"));
            s.commit();
        }
        assertFalse(Files.exists(site.resolve("e/f/stray.html")), "what a folder listed holds besides the new site goes");
        assertFalse(Files.exists(site.resolve("b")), "as does a page no longer made, seen from the folders kept");
        assertTrue(Files.exists(site.resolve("c/hidden.html")));

        // folders not known, or not readable as such: every folder is listed
        for (byte[] none : new byte[][] {null, new byte[] {0, 3, 'x', 'y', 'z'}}) {
            Publisher again = new Publisher(site);
            again.listEarly(() -> none);
            assertNotNull(again.listed("c/hidden.html"));
        }
        Publisher fourth = new Publisher(site);
        fourth.listEarly(() -> third.folders());
        assertNull(fourth.listed("c/hidden.html"), "c/ was not touched by the last commit: still taken as seen");
        assertEquals(2, fourth.listed("a.html")[0]);
    }

    @Test
    void aFileKeptByItsPathAsTextStaysInPlaceAndAPathThatLeavesTheSiteIsRefused() throws IOException {
        assertTrue(Publisher.plain("a/b/index.html"));
        for (String p : new String[] {"", "../a.html", "a/../../b", "a//b", "a/./b", "a/", "/a", "a\\b", "c:/a"}) {
            assertFalse(Publisher.plain(p), p);
        }
        Path site = root.resolve("site");
        Publisher p = new Publisher(site);
        firstSite(p);
        Object a = inode(site.resolve("a.html"));
        Object f = inode(site.resolve("e/f/index.html"));
        try (Publisher.Staging s = p.begin(true, 4)) {
            s.keepOwn(site, "a.html", 2);
            s.keepOwn(site, "/e/f/index.html", 2);
            assertThrows(IllegalArgumentException.class, () -> s.keepOwn(site, "../outside.html", 1));
            s.write("b/index.html", b("b2"));
            assertEquals(3, s.fileCount());
            assertEquals(6, s.byteCount());
            s.commit();
        }
        assertEquals(a, inode(site.resolve("a.html")), "kept where it is");
        assertEquals(f, inode(site.resolve("e/f/index.html")));
        assertFalse(Files.exists(site.resolve("c")), "what was neither kept nor made goes");
        assertEquals("b2", Files.readString(site.resolve("b/index.html")));
    }

    @Test
    void aCommitInPlaceStoppedHalfWayIsFinishedByTheNextBuild() throws IOException {
        Path site = root.resolve("site");
        Files.createDirectories(site.resolve("b"));
        Files.writeString(site.resolve("a.html"), "a1");
        Files.writeString(site.resolve("b/index.html"), "b2"); // already moved in by the stopped commit
        Files.createDirectories(site.resolve("old/page"));
        Files.writeString(site.resolve("old/page/index.html"), "gone");
        Files.writeString(site.resolve("kept.html"), "kept");
        Path committing = root.resolve(".site-committing");
        Files.createDirectories(committing.resolve("c"));
        Files.writeString(committing.resolve("c/index.html"), "c2");
        Files.writeString(committing.resolve("a.html"), "a2");
        Files.createDirectories(site.resolve("emptied/page"));
        Files.writeString(committing.resolve(Publisher.JOURNAL), "old/page/index.html\0emptied/page/index.html\0");
        Publisher.recover(site);
        assertEquals("a2", Files.readString(site.resolve("a.html")));
        assertEquals("b2", Files.readString(site.resolve("b/index.html")));
        assertEquals("c2", Files.readString(site.resolve("c/index.html")));
        assertEquals("kept", Files.readString(site.resolve("kept.html")));
        assertFalse(Files.exists(site.resolve("old")), "the files the commit deletes are deleted, with their folders");
        assertFalse(Files.exists(site.resolve("emptied")), "and the folders a stopped commit had emptied already");
        assertEquals(List.of("site"), names(root));
        Publisher.recover(site);
        assertEquals("a2", Files.readString(site.resolve("a.html")), "a second recovery changes nothing");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> l = Files.list(dir)) {
            return l.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
