package yearbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.Git;
import yearbook.testing.TestFiles;

/** The last change of each file, from real repositories made in the test. */
class GitHistoryTest {
    @TempDir
    Path root;

    private static final String FILES = """
            -- content/yearbook.yaml --
            title: 测试年鉴
            -- content/nm/wuhai.md --
            乌海
            -- content/nm/鄂托克前旗.md --
            鄂托克前旗
            """;

    private static LastChange change(String date, String author) {
        return new LastChange(LocalDate.parse(date), author);
    }

    @Test
    void eachFileHasItsNewestCommit() throws IOException {
        TestFiles.write(root, FILES);
        Git git = Git.init(root);
        git.commitAll("张三", "2020-01-02T10:00:00+08:00", "first");
        Files.writeString(root.resolve("content/nm/wuhai.md"), "乌海，改过\n");
        git.commitAll("李四", "2021-03-04T09:15:00+08:00", "second");

        Path content = root.resolve("content");
        assertEquals(Map.of(
                content.resolve("yearbook.yaml"), change("2020-01-02", "张三"),
                content.resolve("nm/wuhai.md"), change("2021-03-04", "李四"),
                content.resolve("nm/鄂托克前旗.md"), change("2020-01-02", "张三")), GitHistory.of(content),
                "a Chinese file name too");
    }

    @Test
    void theDateIsTheAuthorsOwn() throws IOException {
        TestFiles.write(root, FILES);
        Git git = Git.init(root);
        git.commitAll("张三", "2021-03-04T23:30:00-05:00", "late in the evening in New York");
        assertEquals(change("2021-03-04", "张三"), GitHistory.of(root.resolve("content")).get(root.resolve("content/nm/wuhai.md")),
                "not 2021-03-05, the day it was in UTC or in China");
    }

    @Test
    void contentInASubfolderOfTheRepository() throws IOException {
        TestFiles.write(root, FILES + """
                -- README.md --
                outside the content
                -- tools/x.md --
                outside too
                """);
        Git git = Git.init(root);
        git.commitAll("张三", "2020-01-02T10:00:00+08:00", "first");
        Files.writeString(root.resolve("README.md"), "changed later, outside the content\n");
        git.commitAll("王五", "2022-05-06T10:00:00+08:00", "readme");

        Path nm = root.resolve("content/nm");
        assertEquals(Map.of(nm.resolve("wuhai.md"), change("2020-01-02", "张三"),
                nm.resolve("鄂托克前旗.md"), change("2020-01-02", "张三")), GitHistory.of(nm),
                "only the folder's files, by their own paths; commits outside it do not count");
        assertEquals(GitHistory.of(nm), GitHistory.of(root.resolve("content/./nm/../nm")), "the path is normalized");
    }

    @Test
    void uncommittedChangesDoNotCount() throws IOException {
        TestFiles.write(root, FILES);
        Git git = Git.init(root);
        git.commitAll("张三", "2020-01-02T10:00:00+08:00", "first");
        Files.writeString(root.resolve("content/nm/wuhai.md"), "changed, not committed\n");
        Files.writeString(root.resolve("content/nm/new.md"), "new, not committed\n");
        git.run(Map.of(), "add", "content/nm/new.md");

        Map<Path, LastChange> history = GitHistory.of(root.resolve("content"));
        assertEquals(change("2020-01-02", "张三"), history.get(root.resolve("content/nm/wuhai.md")), "its last commit");
        assertEquals(3, history.size(), "a file never committed has no last change: " + history);
    }

    @Test
    void nothingWithoutCommits() throws IOException {
        TestFiles.write(root, FILES);
        Git.init(root);
        assertEquals(Map.of(), GitHistory.of(root.resolve("content")), "a new repository");
    }

    @Test
    void nothingOutsideAWorkTree() throws IOException {
        Git.require();
        TestFiles.write(root, FILES);
        assertEquals(Map.of(), GitHistory.of(root.resolve("content")));
        assertEquals(Map.of(), GitHistory.of(root.resolve("missing")), "nor for a folder that does not exist");
    }
}
