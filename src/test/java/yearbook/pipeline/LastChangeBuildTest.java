package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.Git;
import yearbook.testing.TestFiles;

/** Article pages show their last commit's date and author when the content is a git checkout, and nothing else. */
class LastChangeBuildTest {
    @TempDir
    Path root;

    private static final String WUHAI = "2019/yi-si-xiang-ju-cuo-zhua-ji-ceng-qiang-ji-chu/index.html";
    private static final String ETUOKEQIANQI = "2021/dang-gong-gong-jian-shen-du-rong-he/index.html";
    private static final String SECOND = "2021/second/index.html";

    private void build() throws IOException {
        BuildResult r = new BuildService("yearbook test").build(new BuildOptions(root.resolve("content"),
                TestFiles.templates(), root.resolve("site")), Progress.NONE);
        assertEquals(List.of(), r.warnings());
    }

    private String page(String path) throws IOException {
        return TestFiles.read(root.resolve("site").resolve(path));
    }

    /** BuildServiceTest's site in a repository (the content a subfolder of it): two commits by two authors. */
    private Git committedSite() throws IOException {
        TestFiles.write(root, BuildServiceTest.SITE + """
                -- README.md --
                the repository's own file, beside the content
                """);
        Git git = Git.init(root);
        git.commitAll("张三", "2020-01-02T10:00:00+08:00", "the yearbook's first articles");
        Path etuokeqianqi = root.resolve("content/nm/etuokeqianqi.md");
        Files.writeString(etuokeqianqi, Files.readString(etuokeqianqi) + "\n又一次送温暖。\n");
        git.commitAll("李四", "2021-03-04T09:15:00+08:00", "more on 鄂托克前旗");
        return git;
    }

    @Test
    void articlePagesShowTheirLastCommit() throws IOException {
        committedSite();
        build();
        assertTrue(page(WUHAI).contains("<dt>最后修改</dt><dd class=\"last-change\"><time datetime=\"2020-01-02\">"
                + "2020-01-02</time> · 张三</dd>"), page(WUHAI));
        assertTrue(page(ETUOKEQIANQI).contains("<dt>最后修改</dt><dd class=\"last-change\"><time datetime=\"2021-03-04\">"
                + "2021-03-04</time> · 李四</dd>"), "the newer commit; and the content's repository, not the working "
                + "directory's");
    }

    @Test
    void anArticleNeverCommittedShowsNone() throws IOException {
        committedSite();
        TestFiles.write(root, """
                -- content/nm/third.md --
                ---
                title: 第三篇
                organization: 鄂托克前旗总工会
                region: 150623
                year: 2020
                slug: third
                ---
                尚未提交。
                """);
        build();
        assertFalse(page("2021/third/index.html").contains("最后修改"));
        assertTrue(page(SECOND).contains("2020-01-02</time> · 张三"), "the others keep theirs");
    }

    @Test
    void notAGitCheckoutShowsNone() throws IOException {
        TestFiles.write(root, BuildServiceTest.SITE);
        build();
        for (String p : List.of(WUHAI, ETUOKEQIANQI, SECOND)) {
            assertFalse(page(p).contains("最后修改"), p);
            assertFalse(page(p).contains("last-change"), p);
        }
    }

    @Test
    void gitInfoFalseTurnsItOff() throws IOException {
        Git git = committedSite();
        Path settings = root.resolve("content/yearbook.yaml");
        Files.writeString(settings, Files.readString(settings) + "gitInfo: false\n");
        git.commitAll("张三", "2021-04-01T10:00:00+08:00", "no last changes on the pages");
        build();
        assertFalse(page(WUHAI).contains("最后修改"));
        assertFalse(page(ETUOKEQIANQI).contains("最后修改"));
    }
}
