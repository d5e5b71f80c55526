package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.testing.Run;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/** A templates folder holds only the templates it changes; the rest, assets too, come from the built-in set. */
class PartialTemplatesTest {
    @TempDir
    Path root;

    @Test
    void aFolderWithOneTemplateAndOneAssetBuildsTheWholeSite() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + TestSites.article("a", "150623", 2018, "") + """
                -- mine/home.ftlh --
                <!DOCTYPE html><html lang="zh-CN"><head><title>${site.title}</title></head><body><p id="mine">自己的首页</p></body></html>
                -- mine/assets/extra.css --
                p { color: green; }
                -- mine/assets/style.css --
                /* my own style */
                """);
        Run r = Run.of("build", "--no-pdf", "--lang", "en", "--content", root.resolve("content").toString(),
                "--templates", root.resolve("mine").toString(), "--output", root.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        Path site = root.resolve("site");
        assertTrue(Files.readString(site.resolve("index.html")).contains("<p id=\"mine\">自己的首页</p>"), "my home page");
        String region = Files.readString(site.resolve("regions/index.html"));
        assertTrue(region.contains("assets/style.css"), "a built-in template made the region index");
        assertEquals("/* my own style */\n", Files.readString(site.resolve("assets/style.css")), "my asset replaces the built-in");
        assertTrue(Files.exists(site.resolve("assets/extra.css")), "my own extra asset");
        assertTrue(Files.exists(site.resolve("assets/search.js")), "a built-in asset");
    }

    @Test
    void withoutATemplatesFolderTheBuiltInSetIsUsed() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + TestSites.article("a", "150623", 2018, ""));
        new BuildService("test").build(new BuildOptions(root.resolve("content"), root.resolve("no-templates"),
                root.resolve("site")), Progress.NONE);
        assertTrue(Files.readString(root.resolve("site/index.html")).contains("测试年鉴"));
        assertTrue(Files.exists(root.resolve("site/assets/style.css")));
        assertFalse(Files.exists(root.resolve("no-templates")));
    }

    @Test
    void aTemplatesFolderGivenButMissingIsAnError() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + TestSites.article("a", "150623", 2018, ""));
        Run r = Run.of("build", "--no-pdf", "--lang", "en", "--content", root.resolve("content").toString(),
                "--templates", root.resolve("typo").toString(), "--output", root.resolve("site").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(root.resolve("typo") + ": error: the templates folder does not exist"), r.err());
        assertFalse(Files.exists(root.resolve("site")));
    }
}
