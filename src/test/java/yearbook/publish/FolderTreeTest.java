package yearbook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
    }
}
