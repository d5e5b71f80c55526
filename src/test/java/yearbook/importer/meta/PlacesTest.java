package yearbook.importer.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

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
}
