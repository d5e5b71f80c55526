package yearbook.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.importer.output.Draft;
import yearbook.importer.output.Outcome;
import yearbook.importer.review.Flag;

/**
 * Where an article is placed when no union is named by its place (市总工会, 省总工会): by the place names of its
 * text, captions, site and source, always flagged for the editor; and where it is not.
 */
class PlaceEvidenceTest {
    @TempDir
    Path root;
    Path content;

    private static final String WORK = "各级工会深入开展劳动竞赛，组织职工参加技能比武，为困难职工送温暖，推动职工之家建设，工会组织覆盖面不断扩大。".repeat(6);

    @BeforeEach
    void project() throws IOException {
        content = ImportServiceTestSupport.contentFolder(root, "content");
    }

    private Draft importPage(String text) throws IOException {
        Path page = root.resolve("page.txt");
        Files.writeString(page, text, StandardCharsets.UTF_8);
        Outcome o = ImportService.forContent(content).run(new ImportOptions(List.of(page), content, false, null)).outcomes().get(0);
        assertEquals(1, o.articles().size(), o.left().toString());
        return o.articles().get(0).draft();
    }

    private static boolean flagged(Draft d, String words) {
        return d.flags().stream().map(Flag::message).anyMatch(m -> m.contains(words) && m.contains("region:"));
    }

    // Rule: a bare 市总工会 with the city named in the text and the source: placed in that city, and flagged.
    @Test
    void aCityUnionPlacedByTheCityTheTextNames() throws IOException {
        Draft d = importPage("池州新增一家工会驿站\n\n来源：池州日报  发布时间：2025-12-03\n\n近日，市总工会在百荷公园建成工会驿站。" + WORK + "\n");
        assertEquals("安徽省/池州市", d.region());
        assertTrue(flagged(d, "池州×2"), d.flags().toString());
    }

    // Rule: a provincial union with the province and its capital named: placed in the province, flagged.
    @Test
    void aProvincialUnionPlacedByTheProvinceNamed() throws IOException {
        Draft d = importPage("近日，2018年云南省职工技能才艺大赛总结表彰会在昆明举行。" + WORK + "近年来，省总工会积极为职工搭建平台。\n");
        assertEquals("云南省", d.region());
        assertTrue(flagged(d, "云南省×1、昆明×1"), d.flags().toString());
    }

    // Rule: a national event is not placed by where it was held.
    @Test
    void aNationalEventIsNotPlacedByItsVenue() throws IOException {
        Draft d = importPage("2024年9月13日，第八届全国职工职业技能大赛决赛在陕西西安圆满落幕。" + WORK + "\n");
        assertNull(d.region());
        assertTrue(flagged(d, "全国性的活动"), d.flags().toString());
    }

    // Rule: a union named in a photo caption places the article when its text names none.
    @Test
    void aUnionInACaptionPlacesTheArticle() throws IOException {
        Draft d = importPage("公园里的工会驿站\n\n9月10日，在马拉松主题公园内的工会驿站，一名志愿者正在清洁轮椅。" + WORK
                + "\n\n图为近年来兰州市总工会建成的工会驿站。本报记者 吴凡 摄\n");
        assertEquals("甘肃省/兰州市", d.region());
    }

    // Rule: a county since made a district, named by its old name, is placed by its present one and flagged.
    @Test
    void aRenamedCountyIsPlacedAndFlagged() throws IOException {
        Draft d = importPage("昨天，记者从密云县总工会获悉，密云县总工会“两节”送温暖工作圆满完成。" + WORK + "\n");
        assertEquals("北京市/密云区", d.region());
        assertEquals("密云县总工会", d.organization());
        assertTrue(flagged(d, "密云县"), d.flags().toString());
    }

    // Rule: with no place named at all, the article is left unplaced and flagged as before.
    @Test
    void noPlaceNamedStaysUnplaced() throws IOException {
        Draft d = importPage("春节前夕，高区总工会开展送福进万家活动。" + WORK + "\n");
        assertNull(d.region());
        assertTrue(flagged(d, "地区未能确定"), d.flags().toString());
    }
}
