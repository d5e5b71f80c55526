package yearbook.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionCatalogTest {

    private final RegionCatalog catalog = RegionCatalog.standard();

    private static final Region BINGTUAN = new Region("660000", "新疆生产建设兵团", Level.PROVINCE, null);
    private static final Region FIRST_DIVISION = new Region("660100", "第一师", Level.PREFECTURE, "660000");

    // --- byCode, children

    @Test
    void byCodeAcceptsShortForms() {
        assertEquals("内蒙古自治区", catalog.byCode("15").orElseThrow().name());
        assertEquals("鄂尔多斯市", catalog.byCode("1506").orElseThrow().name());
        assertEquals("150600", catalog.byCode("1506").orElseThrow().code());
        assertEquals("鄂托克前旗", catalog.byCode("150623").orElseThrow().name());
        assertEquals(Optional.empty(), catalog.byCode("15062"));
        assertEquals(Optional.empty(), catalog.byCode("150699"));
        assertEquals(Optional.empty(), catalog.byCode("abc"));
        assertEquals(Optional.empty(), catalog.byCode(null));
    }

    @Test
    void childrenAreDirectAndSortedByCode() {
        List<Region> ordos = catalog.children("150600");
        assertEquals(List.of("150602", "150603", "150621", "150622", "150623", "150624", "150625", "150626",
                "150627"), ordos.stream().map(Region::code).toList());
        List<Region> hubei = catalog.children("42");
        assertEquals(hubei.stream().sorted(Comparator.comparing(Region::code)).toList(), hubei);
        assertTrue(hubei.stream().allMatch(r -> r.parentCode().equals("420000")));
        // 13 prefectures and the 4 counties the province administers directly
        assertEquals(13 + 4, hubei.size());
        assertTrue(hubei.stream().anyMatch(r -> r.name().equals("仙桃市") && r.level() == Level.COUNTY));
        assertEquals(16, catalog.children("11").size(), "Beijing's districts hang on the municipality");
        assertEquals(List.of(), catalog.children("150623"));
        assertEquals(List.of(), catalog.children("999999"));
        assertThrows(UnsupportedOperationException.class, () -> ordos.add(BINGTUAN));
    }

    @Test
    void provinceParentOfCountyUnderPlaceholder() {
        Region xiantao = catalog.byCode("429004").orElseThrow();
        assertEquals("仙桃市", xiantao.name());
        assertEquals("420000", xiantao.parentCode());
        assertEquals("湖北省/仙桃市", catalog.path(xiantao));
    }

    @Test
    void chainRejectsForeignRegion() {
        assertThrows(IllegalArgumentException.class, () -> catalog.chain(BINGTUAN));
    }

    // --- resolve: found

    @Test
    void resolvesCodesAndShortCodes() {
        assertEquals("鄂托克前旗", found("150623").name());
        assertEquals("鄂尔多斯市", found("1506").name());
        assertEquals("内蒙古自治区", found("15").name());
        assertEquals("北京市", found("110000").name());
    }

    @Test
    void resolvesPaths() {
        Region r = catalog.byCode("150623").orElseThrow();
        assertEquals(r, found("内蒙古自治区/鄂尔多斯市/鄂托克前旗"));
        assertEquals(r, found("鄂尔多斯市/鄂托克前旗"));
        assertEquals(r, found("内蒙古自治区/鄂托克前旗"));
        assertEquals(r, found("鄂托克前旗"));
        assertEquals(r, found("  内蒙古自治区 ／ 鄂尔多斯市／鄂托克前旗 "));
        assertEquals(r, found("\u3000鄂托克前旗\u3000"));
        assertEquals("150000", found("内蒙古自治区").code());
        assertEquals("429004", found("湖北省/仙桃市").code());
        assertEquals("110105", found("北京市/朝阳区").code());
        assertEquals("220104", found("长春市/朝阳区").code());
    }

    // --- resolve: ambiguous

    @Test
    void chaoyangIsAmbiguous() {
        RegionResolution.Ambiguous a = assertInstanceOf(RegionResolution.Ambiguous.class, catalog.resolve("朝阳区"));
        assertEquals("朝阳区 is ambiguous: 北京市/朝阳区 (110105), 吉林省/长春市/朝阳区 (220104); "
                + "write the path or the code", a.message());
        assertEquals(List.of("110105", "220104"), a.candidates().stream().map(Region::code).toList());
    }

    @Test
    void countyNameRepeatedAcrossProvincesListsAllCandidates() {
        RegionResolution.Ambiguous a = assertInstanceOf(RegionResolution.Ambiguous.class, catalog.resolve("鼓楼区"));
        assertEquals(List.of("320106", "320302", "350102", "410204"),
                a.candidates().stream().map(Region::code).toList());
        assertTrue(a.message().contains("江苏省/南京市/鼓楼区 (320106)"), a.message());
        assertTrue(a.message().contains("河南省/开封市/鼓楼区 (410204)"), a.message());
        // a province narrows it, but Jiangsu has two
        RegionResolution.Ambiguous js = assertInstanceOf(RegionResolution.Ambiguous.class,
                catalog.resolve("江苏省/鼓楼区"));
        assertEquals(2, js.candidates().size());
        assertEquals("350102", found("福建省/鼓楼区").code());
        assertEquals("320302", found("徐州市/鼓楼区").code());
    }

    // --- resolve: not found

    @Test
    void wrongParentIsNotFoundAndShowsWhereTheNameIs() {
        String m = notFound("河北省/鄂托克前旗");
        assertEquals("no region matches 河北省/鄂托克前旗; 鄂托克前旗 exists as 内蒙古自治区/鄂尔多斯市/鄂托克前旗 (150623)", m);
        notFound("内蒙古/鄂托克前旗");                 // ancestors are exact names too
        notFound("鄂托克前旗/鄂尔多斯市");             // order matters
        notFound("鄂尔多斯市/内蒙古自治区/鄂托克前旗");
        notFound("鄂托克前旗/鄂托克前旗");
    }

    @Test
    void unknownNameSuggestsButNeverGuesses() {
        String m = notFound("鄂尔多斯");
        assertEquals("no region is named 鄂尔多斯; did you mean 内蒙古自治区/鄂尔多斯市 (150600)?", m);
        assertTrue(notFound("鄂托克后旗").contains("鄂托克前旗 (150623)"));
        assertTrue(notFound("火星市").startsWith("no region is named 火星市;"));
    }

    @Test
    void suggestionsAreCappedAtFive() {
        // seven names start with 张家 (张家口市, 张家界市, 张家港市, ...)
        String m = notFound("张家");
        assertEquals(5, m.split("\\(\\d{6}\\)", -1).length - 1, m);
        assertTrue(m.endsWith(" and 2 more?"), m);
        // those under the named ancestors come first
        assertTrue(notFound("湖南省/张家").startsWith("no region is named 张家; did you mean 湖南省/张家界市 (430800), "));
    }

    @Test
    void unknownOrMalformedCodesAreNotFound() {
        assertEquals("no region has code 150699; the nearest enclosing region is 内蒙古自治区/鄂尔多斯市 (150600)",
                notFound("150699"));
        assertTrue(notFound("99").startsWith("no region has code 99"));
        assertTrue(notFound("12345").contains("2, 4 or 6 digits"));
        assertTrue(notFound("1234567").contains("2, 4 or 6 digits"));
    }

    @Test
    void emptyInputsAreNotFound() {
        notFound("");
        notFound("   ");
        notFound(null);
        assertTrue(notFound("内蒙古自治区//鄂托克前旗").contains("empty name"));
        notFound("/鄂托克前旗");
    }

    // --- custom catalogs

    @Test
    void withExtraAddsBingtuanAndLeavesTheOriginalAlone() {
        RegionCatalog extended = catalog.withExtra(List.of(BINGTUAN, FIRST_DIVISION));
        assertEquals(catalog.size() + 2, extended.size());
        assertEquals(BINGTUAN, extended.resolve("新疆生产建设兵团") instanceof RegionResolution.Found f ? f.region() : null);
        assertEquals(FIRST_DIVISION, found(extended, "新疆生产建设兵团/第一师"));
        assertEquals(FIRST_DIVISION, found(extended, "6601"));
        assertEquals(List.of(FIRST_DIVISION), extended.children("66"));
        assertEquals(List.of(BINGTUAN, FIRST_DIVISION), extended.chain(FIRST_DIVISION));
        assertInstanceOf(RegionResolution.NotFound.class, catalog.resolve("新疆生产建设兵团"));
        assertFalse(catalog.byCode("660000").isPresent());
    }

    @Test
    void withExtraRejectsCodeClash() {
        Region clash = new Region("650000", "新疆生产建设兵团", Level.PROVINCE, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> catalog.withExtra(List.of(clash)));
        assertEquals("region code 650000 of 新疆生产建设兵团 is already taken by 新疆维吾尔自治区", e.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> catalog.withExtra(List.of(BINGTUAN, new Region("660000", "兵团", Level.PROVINCE, null))));
        assertTrue(twice.getMessage().contains("660000"), twice.getMessage());
    }

    @Test
    void rejectsMissingOrMisplacedParents() {
        assertThrows(IllegalArgumentException.class, () -> catalog.withExtra(List.of(FIRST_DIVISION)));
        Region countyUnderCounty = new Region("150699", "某县", Level.COUNTY, "150623");
        assertThrows(IllegalArgumentException.class, () -> catalog.withExtra(List.of(countyUnderCounty)));
        Region prefectureUnderPrefecture = new Region("150690", "某市", Level.PREFECTURE, "150600");
        assertThrows(IllegalArgumentException.class, () -> catalog.withExtra(List.of(prefectureUnderPrefecture)));
    }

    @Test
    void ofBuildsSmallCatalogs() {
        List<Region> regions = new ArrayList<>(List.of(BINGTUAN, FIRST_DIVISION));
        for (int i = 1; i <= 7; i++) {
            regions.add(new Region("6601" + String.format("%02d", i), "团场", Level.COUNTY, "660100"));
        }
        RegionCatalog small = RegionCatalog.of(regions);
        assertEquals(9, small.size());
        String m = notFound(small, "新疆维吾尔自治区/团场");
        assertTrue(m.endsWith("(660105) and 2 more"), m);
        RegionResolution.Ambiguous a = assertInstanceOf(RegionResolution.Ambiguous.class, small.resolve("团场"));
        assertEquals(7, a.candidates().size(), "all candidates, not only five");
        assertThrows(IllegalArgumentException.class, () -> RegionCatalog.of(List.of(BINGTUAN, BINGTUAN)));
    }

    @Test
    void regionValidatesItsFields() {
        assertThrows(IllegalArgumentException.class, () -> new Region("15", "内蒙古自治区", Level.PROVINCE, null));
        assertThrows(IllegalArgumentException.class, () -> new Region("150000", "内蒙古自治区", Level.PROVINCE, "100000"));
        assertThrows(IllegalArgumentException.class, () -> new Region("150600", "鄂尔多斯市", Level.PREFECTURE, null));
        assertThrows(IllegalArgumentException.class, () -> new Region("150600", "a/b", Level.PREFECTURE, "150000"));
        assertThrows(IllegalArgumentException.class, () -> new Region("150600", " 鄂尔多斯市", Level.PREFECTURE, "150000"));
    }

    private Region found(String text) {
        return found(catalog, text);
    }

    private static Region found(RegionCatalog c, String text) {
        return assertInstanceOf(RegionResolution.Found.class, c.resolve(text), text).region();
    }

    private String notFound(String text) {
        return notFound(catalog, text);
    }

    private static String notFound(RegionCatalog c, String text) {
        return assertInstanceOf(RegionResolution.NotFound.class, c.resolve(text), text).message();
    }
}
