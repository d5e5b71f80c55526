package yearbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static yearbook.config.VolumePart.APPENDIX;
import static yearbook.config.VolumePart.CHRONICLE;
import static yearbook.config.VolumePart.HONOURS;
import static yearbook.config.VolumePart.PICTURES;
import static yearbook.config.VolumePart.REGIONS;
import static yearbook.config.VolumePart.SPECIAL;
import static yearbook.config.VolumePart.STATISTICS;
import static yearbook.config.VolumePart.THEMES;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.config.VolumePart;
import yearbook.parts.VolumePartsFixture;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/**
 * Which parts a volume's body has and in what order, decided once for its page and its print volume
 * ({@link VolumeParts#present}): those of {@code volume.parts} that have something to show, in that order.
 */
class VolumePartsPresentTest {
    @TempDir
    Path root;

    private int yearbooks;

    /** The model of a yearbook written from {@code archive}, in a folder of its own. */
    private SiteModel site(String archive) throws IOException {
        Path dir = root.resolve("y" + ++yearbooks);
        TestFiles.write(dir, archive);
        return TestSites.model(dir.resolve("content"));
    }

    /** The parts of the one volume of a yearbook of the fixture's articles and {@code extra}, in a folder of its own. */
    private VolumeParts parts(String extra) throws IOException {
        Path dir = root.resolve("y" + ++yearbooks);
        TestFiles.write(dir, TestFiles.BASICS + VolumePartsFixture.ARTICLES + extra);
        SiteModel site = TestSites.model(dir.resolve("content"));
        assertEquals(1, site.volumes().size());
        return site.volumes().get(0).parts();
    }

    @Test
    void aPartWithoutContentIsLeftOut() throws IOException {
        VolumeParts all = parts(VolumePartsFixture.PARTS);
        assertEquals(List.of(SPECIAL, CHRONICLE, REGIONS, STATISTICS, HONOURS, APPENDIX),
                all.present(VolumePart.USUAL, false, true), "no pictures in the volume, so no 图片");
        VolumeParts articlesOnly = parts("");
        assertEquals(List.of(SPECIAL, REGIONS, APPENDIX), articlesOnly.present(VolumePart.USUAL, false, true),
                "no chronicle, tables or rolls");
        assertEquals(List.of(SPECIAL, APPENDIX), articlesOnly.present(List.of(SPECIAL, THEMES, REGIONS, APPENDIX), false, false),
                "no articles arranged by theme or by region");
    }

    @Test
    void theOrderIsThatOfTheSettings() throws IOException {
        VolumeParts all = parts(VolumePartsFixture.PARTS);
        assertEquals(List.of(APPENDIX, HONOURS, THEMES, STATISTICS, SPECIAL),
                all.present(List.of(APPENDIX, HONOURS, THEMES, PICTURES, STATISTICS, SPECIAL), true, false),
                "the settings' order; the chronicle, not listed, is left out, and so is 图片 without pictures");
        assertEquals(List.of(CHRONICLE, THEMES, REGIONS, SPECIAL),
                all.present(List.of(CHRONICLE, THEMES, REGIONS, SPECIAL), true, true));
    }

    @Test
    void theRegionalSectionsArePresentWheneverThereAreAny() throws IOException {
        VolumeParts all = parts(VolumePartsFixture.PARTS);
        assertEquals(List.of(SPECIAL, CHRONICLE, REGIONS, STATISTICS),
                all.present(List.of(SPECIAL, CHRONICLE, STATISTICS), false, true),
                "left out of the order (a province's part), they come after the chronicle");
        assertEquals(List.of(REGIONS, STATISTICS), all.present(List.of(STATISTICS), false, true), "else first");
        assertEquals(List.of(REGIONS), VolumeParts.NONE.present(VolumePart.USUAL, false, true),
                "a province's part has only its regional sections");
        assertEquals(List.of(), VolumeParts.NONE.present(VolumePart.USUAL, true, false).stream()
                .filter(p -> p == REGIONS).toList(), "and none without regional articles");
    }

    private static List<String> titles(List<Page> pages) {
        return pages.stream().map(p -> p.article().title()).toList();
    }

    @Test
    void aVolumeArrangedByThemeAndRegionHasBothWhenEachHasArticles() throws IOException {
        SiteModel site = site(TestFiles.BASICS + VolumePartsFixture.ARTICLES + VolumePartsFixture.THEMED);
        Volume v = site.volumes().get(0);
        Arrangement a = site.arrangement(v);
        assertEquals(List.of("劳模工匠", "困难职工帮扶", "其他"), a.themes().stream().map(Arrangement.ThemeGroup::name).toList(),
                "the vocabulary's order, articles without a theme last");
        assertEquals(List.of("陕西省总工会评选劳模并开展帮扶"), titles(a.themes().get(0).articles()),
                "an article with two themes under its first only");
        assertEquals(List.of("陕西省总工会评选劳模并开展帮扶", "自治区总工会开展送温暖活动", "自治区总工会召开全委会议"),
                titles(a.themed()));
        assertEquals(List.of("鄂托克前旗总工会开展送温暖活动", "定边县总工会表彰劳模"), titles(a.regions()),
                "the provincial unions' own articles under their themes, the others under their regions");
        assertEquals(List.of(SPECIAL, THEMES, REGIONS, APPENDIX), site.parts(v));

        SiteModel provincial = site(TestFiles.BASICS + VolumePartsFixture.THEMED);
        Volume only = provincial.volumes().get(0);
        assertEquals(List.of(), provincial.arrangement(only).regions());
        assertEquals(List.of(THEMES), provincial.parts(only), "no regional sections when every article stands under a theme");
    }
}
