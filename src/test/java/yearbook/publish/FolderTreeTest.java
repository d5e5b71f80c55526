package yearbook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTreeTest {
    private static FolderTree.Folder tree(String file, String folder) {
        Map<String, FolderTree.Folder> sub = new HashMap<>();
        sub.put(folder, new FolderTree.Folder(7, List.of("index.html"), new HashMap<>()));
        return new FolderTree.Folder(42, List.of(file), sub);
    }

    @Test
    void aTreeReadsBackAsWrittenAndANameThatLeavesItsFolderIsDamage() {
        FolderTree.Folder back = FolderTree.read(FolderTree.write(tree("a.html", "b")));
        assertNotNull(back);
        assertEquals(42, back.modified);
        assertEquals(List.of("a.html"), back.files);
        assertEquals(7, back.folders.get("b").modified);
        assertEquals(List.of("index.html"), back.folders.get("b").files);
        for (String[] bad : new String[][] {{"../a.html", "b"}, {"a.html", ".."}, {"a.html", "b/c"}, {"", "b"}, {"a\\b", "c"}}) {
            assertNull(FolderTree.read(FolderTree.write(tree(bad[0], bad[1]))), String.join(" ", bad));
        }
        byte[] whole = FolderTree.write(tree("a.html", "b"));
        assertNull(FolderTree.read(java.util.Arrays.copyOf(whole, whole.length - 3)), "cut short");
        assertNull(FolderTree.read(java.util.Arrays.copyOf(whole, whole.length + 1)), "something after it");
        for (int at = 0; at < whole.length; at++) {
            byte[] damaged = whole.clone();
            damaged[at] ^= 0x01; // a folder's time one off, a name's letter changed: a tree that still reads
            assertNull(FolderTree.read(damaged), "a byte changed at " + at);
        }
    }

    @TempDir
    java.nio.file.Path root;

    /** Whether the folders are held open while listed (where the system allows), or each path looked up. */
    private boolean holdOpen = true;

    private FolderTree.Folder list(java.nio.file.Path dir, FolderTree.Folder before) throws java.io.IOException {
        return FolderTree.list(dir, java.nio.file.Files.readAttributes(dir, java.nio.file.attribute.BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS), before, holdOpen);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void aListingKeepsEachFilesSizeAndTimeAndAFolderSeenAsItWasIsTheSameObject(boolean held) throws java.io.IOException {
        holdOpen = held;
        java.nio.file.Path site = root.resolve("site");
        for (String f : new String[] {"z.html", "a.html", "m/index.html", "b/c/index.html", "b/c/pic.png", "b/index.html"}) {
            java.nio.file.Files.createDirectories(site.resolve(f).getParent());
            java.nio.file.Files.writeString(site.resolve(f), f);
        }
        FolderTree.Folder first = list(site, null);
        assertEquals(List.of("a.html", "z.html"), first.files, "in order of their names");
        assertEquals(java.util.Set.of("a.html", "z.html", "m/index.html", "b/index.html", "b/c/index.html", "b/c/pic.png"),
                java.util.Set.copyOf(FolderTree.paths(first)));
        assertEquals("b/c/pic.png".length(), FolderTree.stamp(first, "b/c/pic.png")[0]);
        assertEquals(java.nio.file.Files.getLastModifiedTime(site.resolve("z.html")).toMillis(), FolderTree.stamp(first, "z.html")[1]);
        assertNull(FolderTree.stamp(first, "b/c/none.html"));
        assertNull(FolderTree.stamp(first, "b/c"), "a folder is not a file");
        assertNull(FolderTree.stamp(first, "x/index.html"));

        // read back as the next build reads it: the same folders, no sizes until listed
        FolderTree.Folder before = FolderTree.read(FolderTree.write(first));
        assertNull(FolderTree.stamp(before, "a.html"));
        FolderTree.Folder c = before.folders.get("b").folders.get("c");
        java.nio.file.Files.writeString(site.resolve("b/c/pic.png"), "a longer picture"); // its folder's names unchanged
        FolderTree.Folder second = list(site, before);
        assertSame(before, second, "the root seen as it was");
        assertSame(c, second.folders.get("b").folders.get("c"));
        assertEquals("a longer picture".length(), FolderTree.stamp(second, "b/c/pic.png")[0], "its files asked again");

        // a name added to a folder changes its time: listed again
        java.nio.file.Files.writeString(site.resolve("m/stray.html"), "x");
        java.nio.file.Files.setLastModifiedTime(site.resolve("m"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        FolderTree.Folder third = list(site, FolderTree.read(FolderTree.write(second)));
        assertEquals(List.of("index.html", "stray.html"), third.folders.get("m").files);
        assertEquals(1, FolderTree.stamp(third, "m/stray.html")[0]);

        // a file gone from a folder whose time was put back: the folder is listed again all the same
        java.nio.file.attribute.FileTime c2 = java.nio.file.Files.getLastModifiedTime(site.resolve("b/c"));
        java.nio.file.Files.delete(site.resolve("b/c/pic.png"));
        java.nio.file.Files.setLastModifiedTime(site.resolve("b/c"), c2);
        FolderTree.Folder fourth = list(site, FolderTree.read(FolderTree.write(third)));
        assertEquals(List.of("index.html"), fourth.folders.get("b").folders.get("c").files);
        assertNull(FolderTree.stamp(fourth, "b/c/pic.png"));
        assertNotNull(FolderTree.stamp(fourth, "b/c/index.html"));
    }

    @Test
    void aTreeWhoseFilesAreNotInOrderIsDamage() {
        Map<String, FolderTree.Folder> none = new HashMap<>();
        assertNull(FolderTree.read(FolderTree.write(new FolderTree.Folder(1, List.of("b.html", "a.html"), none))));
        assertNull(FolderTree.read(FolderTree.write(new FolderTree.Folder(1, List.of("a.html", "a.html"), none))));
        assertNotNull(FolderTree.read(FolderTree.write(new FolderTree.Folder(1, List.of("a.html", "b.html"), none))));
    }

    @Test
    void aFolderReadBackWithoutFoldersTakesOneACommitMadeInIt() throws java.io.IOException {
        java.nio.file.Path site = root.resolve("site");
        java.nio.file.Files.createDirectories(site.resolve("b"));
        java.nio.file.Files.writeString(site.resolve("b/index.html"), "b");
        FolderTree.Folder tree = FolderTree.read(FolderTree.write(list(site, null)));
        assertEquals(Map.of(), tree.folders.get("b").folders);
        java.nio.file.attribute.FileTime b = java.nio.file.Files.getLastModifiedTime(site.resolve("b"));
        java.nio.file.Files.createDirectories(site.resolve("b/c"));
        java.nio.file.Files.writeString(site.resolve("b/c/index.html"), "c");
        // b/'s time put back: b/ is taken as it was, and c/ goes into the folders it was read back with (none)
        java.nio.file.Files.setLastModifiedTime(site.resolve("b"), b);
        FolderTree.update(site, tree, List.of("b/c/index.html"));
        FolderTree.Folder back = FolderTree.read(FolderTree.write(tree));
        assertEquals(List.of("index.html"), back.folders.get("b").folders.get("c").files);
    }
}
