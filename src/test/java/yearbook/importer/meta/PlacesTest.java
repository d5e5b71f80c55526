package yearbook.importer.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import yearbook.region.Level;
import yearbook.region.Region;
import yearbook.region.RegionCatalog;

class PlacesTest {

    private static final Places PLACES = new Places(RegionCatalog.standard());

    private static String code(Places.Resolved r) {
        return r.region() == null ? null : r.region().code();
    }

    // Rule: a prefecture + county before 总工会 gives the chain of names, resolved to the county.
    @Test
    void prefectureAndCountyChainResolved() {
        List<Places.Mention> ms = PLACES.mentions("榆林市定边县总工会");
        assertEquals(List.of(new Places.Mention("榆林市定边县", "榆林市定边县总工会", List.of("榆林市", "定边县"), 0, true)), ms);
        assertEquals("610825", code(PLACES.resolve(ms.get(0).chain(), "")));
    }

    // Rule: the mention's position is where the place names start inside a longer sentence.
    @Test
    void mentionInsideSentence() {
        assertEquals(List.of(new Places.Mention("榆林市定边县", "榆林市定边县总工会", List.of("榆林市", "定边县"), 6, true)),
                PLACES.mentions("2018年，榆林市定边县总工会在县委的正确领导下开展工作。"));
    }

    // Rule: a banner (旗) named by its full name resolves to its county-level code.
    @Test
    void bannerResolved() {
        List<Places.Mention> ms = PLACES.mentions("鄂托克前旗总工会");
        assertEquals(List.of("鄂托克前旗"), ms.get(0).chain());
        assertEquals("150623", code(PLACES.resolve(ms.get(0).chain(), "")));
    }

    // Rule: a province's short name (宁夏) is known and resolves to the province.
    @Test
    void shortProvinceNameResolved() {
        List<Places.Mention> ms = PLACES.mentions("宁夏总工会");
        assertEquals(List.of(new Places.Mention("宁夏", "宁夏总工会", List.of("宁夏"), 0, true)), ms);
        assertEquals("640000", code(PLACES.resolve(ms.get(0).chain(), "")));
    }

    // Rule: a name shared by two divisions (朝阳区 in 北京市 and 长春市) is not resolved without context.
    @Test
    void sharedNameUnresolvedWithoutContext() {
        List<Places.Mention> ms = PLACES.mentions("朝阳区总工会");
        assertEquals(List.of("朝阳区"), ms.get(0).chain());
        Places.Resolved r = PLACES.resolve(ms.get(0).chain(), "朝阳区总工会组织职工开展了读书活动。");
        assertNull(r.region());
        assertEquals(List.of("110105", "220104"), r.candidates().stream().map(Region::code).toList());
    }

    // Rule: a shared name is resolved by the parent the context names.
    @Test
    void sharedNameResolvedByParentInContext() {
        List<String> chain = List.of("朝阳区");
        Places.Resolved r = PLACES.resolve(chain, "长春市总工会召开会议，朝阳区总工会作交流发言。");
        assertEquals("220104", code(r));
        assertEquals("标题或导语提到了长春市", r.how());
        assertEquals("110105", code(PLACES.resolve(chain, "北京市总工会召开会议，朝阳区总工会作交流发言。")));
    }

    // Rule: when the context names both parents equally, a shared name stays unresolved.
    @Test
    void sharedNameUnresolvedWhenContextUndecided() {
        assertNull(PLACES.resolve(List.of("朝阳区"), "北京市和长春市的工会代表参加了会议。").region());
    }

    // Rule: a parent in the organisation's own name decides a shared name.
    @Test
    void sharedNameResolvedByChain() {
        List<Places.Mention> ms = PLACES.mentions("长春市朝阳区总工会");
        assertEquals(List.of("长春市", "朝阳区"), ms.get(0).chain());
        assertEquals("220104", code(PLACES.resolve(ms.get(0).chain(), "")));
    }

    // Rule: 自治区总工会 and 市总工会 name no place.
    @Test
    void genericLevelsGiveNoMention() {
        assertEquals(List.of(), PLACES.mentions("自治区总工会"));
        assertEquals(List.of(), PLACES.mentions("市总工会"));
        assertEquals(List.of(), PLACES.mentions("在县委和市总工会的正确领导下，自治区总工会组织了调研。"));
    }

    // Rule: a county named as it was before it became a district (密云县, now 密云区) is found by its present name,
    // and the mention keeps the name as written; the two-character tail (云县, in Yunnan) is not taken.
    @Test
    void renamedCountyFoundByItsPresentName() {
        List<Places.Mention> ms = PLACES.mentions("记者从密云县总工会获悉");
        assertEquals(List.of(new Places.Mention("密云县", "密云县总工会", List.of("密云区"), 3, true, "密云县")), ms);
        assertEquals("110118", code(PLACES.resolve(ms.get(0).chain(), "")));
    }

    // Rule: place names anywhere in a text point to the province named most, and to its prefecture when asked.
    @Test
    void placeNamesInTheTextGuessTheRegion() {
        String text = "记者从市总工会获悉，宜昌市“工人先锋号”名单揭晓，12个宜昌职工创新工作室受到通报。";
        Places.Guess g = PLACES.guess(text, Level.PREFECTURE).orElseThrow();
        assertEquals("420500", g.region().code());
        assertEquals("420000", g.province().code());
        assertEquals("宜昌市×1、宜昌×1", g.evidence());
        assertEquals("420000", PLACES.guess(text, Level.PROVINCE).orElseThrow().region().code());
    }

    // Rule: two provinces named as often decide nothing; a name shared across provinces (朝阳区) is not counted;
    // a street named after a place (延安路) is not that place.
    @Test
    void aGuessNeedsOneProvinceAhead() {
        assertTrue(PLACES.guess("宜昌市和池州市的工会代表交流经验。", Level.PREFECTURE).isEmpty());
        assertTrue(PLACES.guess("朝阳区总工会组织职工开展读书活动。", Level.COUNTY).isEmpty());
        assertTrue(PLACES.guess("职工服务中心设在延安路和中山路口。", Level.PROVINCE).isEmpty());
        assertEquals("341700", PLACES.guess("池州市总工会在延安路召开会议。", Level.PREFECTURE).orElseThrow().region().code());
    }
}
