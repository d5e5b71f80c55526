package yearbook.importer.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import yearbook.theme.Theme;
import yearbook.theme.ThemeVocabulary;

class ThemesTest {

    private static final Theme COMPETITIONS = new Theme("competitions", "劳动和技能竞赛", "", List.of("劳动竞赛", "技能竞赛"));
    private static final Theme MODEL_WORKERS = new Theme("model-workers", "劳模工匠", "", List.of("劳模", "五一劳动奖章"));
    private static final ThemeVocabulary VOCABULARY = new ThemeVocabulary(List.of(COMPETITIONS, MODEL_WORKERS));

    // Rule: a phrase that appears twice makes its theme count.
    @Test
    void phraseTwiceCounts() {
        List<Themes.Hit> hits = Themes.find(VOCABULARY, List.of(), "全市开展劳动竞赛。劳动竞赛覆盖了重点工程。");
        assertEquals(List.of(new Themes.Hit(COMPETITIONS, "劳动竞赛", 2, false)), hits);
        assertEquals("“劳动竞赛”出现2次", hits.get(0).evidence());
    }

    // Rule: a phrase that appears once does not count.
    @Test
    void phraseOnceDoesNotCount() {
        assertEquals(List.of(), Themes.find(VOCABULARY, List.of("精准帮扶显真情"), "全市开展劳动竞赛，并组织了技能比武。"));
    }

    // Rule: a section heading carrying a phrase makes its theme count, even with one mention in the body.
    @Test
    void headingCarryingPhraseCounts() {
        List<Themes.Hit> hits = Themes.find(VOCABULARY, List.of("劳动技能竞赛展风采"), "全市开展技能竞赛，参赛职工3000多人次。");
        assertEquals(List.of(new Themes.Hit(COMPETITIONS, "技能竞赛", 1, true)), hits);
        assertEquals("小标题含“技能竞赛”", hits.get(0).evidence());
    }

    // Rule: the strongest theme (most mentions) comes first.
    @Test
    void strongestFirst() {
        List<Themes.Hit> hits = Themes.find(VOCABULARY, List.of(),
                "开展劳动竞赛，劳动竞赛成效显著。劳模事迹巡回演讲，慰问劳模，组织劳模疗休养。");
        assertEquals(List.of(new Themes.Hit(MODEL_WORKERS, "劳模", 3, false), new Themes.Hit(COMPETITIONS, "劳动竞赛", 2, false)), hits);
    }
}
