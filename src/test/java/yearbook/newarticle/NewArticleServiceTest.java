package yearbook.newarticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildResult;
import yearbook.pipeline.BuildService;
import yearbook.diag.ContentException;
import yearbook.testing.TestFiles;

class NewArticleServiceTest {
    @TempDir
    Path root;

    /** 2020-03-01 in Beijing: the 2020 volume is being made, covering 2019. */
    private final NewArticleService service = new NewArticleService(
            Clock.fixed(Instant.parse("2020-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    private Path content() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/regions.yaml --
                regions:
                  - code: "660000"
                    name: 新疆生产建设兵团
                    level: province
                  - code: "660100"
                    name: 第一师
                    level: prefecture
                    parent: "660000"
                """);
        return root.resolve("content");
    }

    private NewArticle request(String title, String region, Integer year, List<String> themes, String organization)
            throws IOException {
        return new NewArticle(content(), title, region, year, themes, organization);
    }

    @Test
    void writesTheFrontMatterWhereTheImportWouldPutTheArticle() throws IOException {
        Path file = service.create(request("党工共建深度融合", "内蒙古自治区/鄂尔多斯市/鄂托克前旗", null,
                List.of("劳模工匠", "hardship-aid", "model-workers"), null));
        assertEquals(root.resolve("content/articles/150000-neimengguzizhiqu/dang-gong-gong-jian-shen-du-rong-he.md"), file);
        assertEquals("""
                ---
                title: 党工共建深度融合
                organization: 鄂托克前旗总工会
                region: 内蒙古自治区/鄂尔多斯市/鄂托克前旗
                year: 2019
                themes: [model-workers, hardship-aid]
                ---
                """ + NewArticleService.PLACEHOLDER, TestFiles.read(file));
        assertTrue(NewArticleService.PLACEHOLDER.startsWith("<!-- 正文："), "the placeholder is a comment, not text");
    }

    @Test
    void theArticleBuildsWithoutProblemsAndIsListedOnItsRegionPage() throws IOException {
        service.create(request("以四项举措抓基层 强基础", "150623", 2018, List.of("model-workers"), "乌海市总工会"));
        BuildResult r = new BuildService("test").build(new BuildOptions(root.resolve("content"), TestFiles.templates(),
                root.resolve("site"), true, false, null), yearbook.pipeline.Progress.NONE);
        assertEquals(1, r.articles());
        assertEquals(List.of(), r.warnings());
        String region = TestFiles.read(root.resolve("site/regions/150623-etuokeqianqi/index.html"));
        assertTrue(region.contains("以四项举措抓基层 强基础"), region);
        String article = TestFiles.read(root.resolve("site/2019/yi-si-xiang-ju-cuo-zhua-ji-ceng-qiang-ji-chu/index.html"));
        assertFalse(article.replaceAll("(?s)<!--.*?-->", "").contains("请在此处撰写"), "the placeholder is not shown");
    }

    @Test
    void regionsByCodeNameAndEditorsExtras() throws IOException {
        assertTrue(TestFiles.read(service.create(request("甲", "150623", 2018, List.of(), null)))
                .contains("region: 内蒙古自治区/鄂尔多斯市/鄂托克前旗\n"));
        assertTrue(TestFiles.read(service.create(request("乙", "鄂托克前旗", 2018, List.of(), null)))
                .contains("region: 内蒙古自治区/鄂尔多斯市/鄂托克前旗\n"));
        Path extra = service.create(request("丙", "新疆生产建设兵团/第一师", 2018, List.of(), null));
        assertEquals(root.resolve("content/articles/660000-xinjiangshengchanjianshebingtuan/bing.md"), extra);
        assertTrue(TestFiles.read(extra).contains("organization: 第一师总工会\n"), TestFiles.read(extra));
    }

    @Test
    void anAmbiguousRegionListsTheCandidatesAndWritesNothing() throws IOException {
        ContentException e = assertThrows(ContentException.class,
                () -> service.create(request("甲", "朝阳区", 2018, List.of(), null)));
        assertEquals("error: 朝阳区 is ambiguous: 北京市/朝阳区 (110105), 吉林省/长春市/朝阳区 (220104); write the path or the code",
                e.diagnostics().get(0).toString());
        assertFalse(Files.exists(root.resolve("content/articles")));
    }

    @Test
    void anUnknownRegionIsAnError() throws IOException {
        ContentException e = assertThrows(ContentException.class,
                () -> service.create(request("甲", "鄂托克", 2018, List.of(), null)));
        assertTrue(e.getMessage().equals("error: no region is named 鄂托克; did you mean 内蒙古自治区/鄂尔多斯市/鄂托克前旗 (150623), "
                + "内蒙古自治区/鄂尔多斯市/鄂托克旗 (150624)?"),
                e.getMessage());
        e = assertThrows(ContentException.class, () -> service.create(request("甲", "150699", 2018, List.of(), null)));
        assertTrue(e.getMessage().contains("no region has code 150699"), e.getMessage());
        assertFalse(Files.exists(root.resolve("content/articles")));
    }

    @Test
    void anExistingFileIsNeverReplaced() throws IOException {
        Path file = service.create(request("甲", "150623", 2018, List.of(), null));
        Files.writeString(file, "edited");
        ContentException e = assertThrows(ContentException.class,
                () -> service.create(request("甲", "150623", 2019, List.of(), null)));
        assertTrue(e.getMessage().contains("jia.md: error: the file already exists"), e.getMessage());
        assertEquals("edited", TestFiles.read(file));
    }

    @Test
    void anUnknownThemeIsAnErrorListingTheThemes() throws IOException {
        ContentException e = assertThrows(ContentException.class,
                () -> service.create(request("甲", "150623", 2018, List.of("model-workers", "nope"), null)));
        assertEquals("error: unknown theme 'nope'; themes are listed in themes.yaml: model-workers / 劳模工匠, "
                + "hardship-aid / 困难职工帮扶", e.getMessage());
        assertFalse(Files.exists(root.resolve("content/articles")));
    }

    @Test
    void aTitleThatYamlWouldMisreadIsQuoted() throws IOException {
        Path file = service.create(request("2018: 职工 #1", "150623", 2018, List.of(), null));
        assertEquals(root.resolve("content/articles/150000-neimengguzizhiqu/2018-zhi-gong-1.md"), file);
        assertTrue(TestFiles.read(file).contains("title: \"2018: 职工 #1\"\n"), TestFiles.read(file));
    }

    @Test
    void aFolderLinkedOutOfTheContentIsRefused() throws IOException {
        Path content = content();
        Path outside = Files.createDirectories(root.resolve("elsewhere"));
        Files.createDirectories(content.resolve("articles"));
        Files.createSymbolicLink(content.resolve("articles/150000-neimengguzizhiqu"), outside);
        ContentException e = assertThrows(ContentException.class,
                () -> service.create(new NewArticle(content, "甲", "150623", 2018, List.of(), null)));
        assertTrue(e.getMessage().contains("outside the content folder"), e.getMessage());
        try (var files = Files.list(outside)) {
            assertEquals(0, files.count());
        }
    }
}
