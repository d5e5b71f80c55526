package yearbook.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled regions.tsv and the catalog built from it. */
class RegionDataTest {

    private final RegionCatalog catalog = RegionCatalog.standard();

    private static List<String> resourceLines() throws IOException {
        try (InputStream in = RegionCatalog.class.getResourceAsStream("regions.tsv")) {
            assertNotNull(in, "regions.tsv is bundled beside RegionCatalog");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\n") && !text.contains("\r"), "Unix line ends, final newline");
            return List.of(text.split("\n"));
        }
    }

    @Test
    void resourceHasHeaderUniqueSortedCodes() throws IOException {
        List<String> lines = resourceLines();
        assertEquals("code\tname\tlevel\tparent", lines.get(0));
        List<String> codes = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            codes.add(line.substring(0, line.indexOf('\t')));
        }
        assertEquals(codes.size(), new HashSet<>(codes).size(), "codes are unique");
        assertEquals(codes.stream().sorted().toList(), codes, "rows are sorted by code");
        assertEquals(codes.size(), catalog.size());
    }

    /*
     * Expected counts, from the source CSVs (commit 57a0aa9):
     * provinces.csv has 31 rows;
     * cities.csv has 342 rows, 9 of them placeholders (1101, 1201, 3101, 5001 市辖区; 5002 县;
     *   4190, 4290, 4690 省直辖县级行政区划; 6590 自治区直辖县级行政区划), leaving 333 prefectures;
     * areas.csv has 2978 rows, 4 of which repeat their own city (441900 东莞市, 442000 中山市, 460400 儋州市,
     *   620201 嘉峪关市), leaving 2974 counties.
     */
    @Test
    void countsPerLevel() {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        catalog.all().forEach(r -> counts.merge(r.level(), 1, Integer::sum));
        assertEquals(31, counts.get(Level.PROVINCE));
        assertEquals(342 - 9, counts.get(Level.PREFECTURE));
        assertEquals(2978 - 4, counts.get(Level.COUNTY));
        assertEquals(31 + 333 + 2974, catalog.size());
    }

    @Test
    void everyParentExistsOneLevelUpAndSharesTheCodePrefix() {
        for (Region r : catalog.all()) {
            if (r.level() == Level.PROVINCE) {
                assertEquals(null, r.parentCode());
                assertTrue(r.code().endsWith("0000"), r.toString());
                continue;
            }
            Region parent = catalog.byCode(r.parentCode()).orElseThrow(() -> new AssertionError("no parent: " + r));
            if (r.level() == Level.PREFECTURE) {
                assertEquals(Level.PROVINCE, parent.level(), r.toString());
                assertTrue(r.code().endsWith("00"), r.toString());
            } else if (parent.level() == Level.PREFECTURE) {
                assertEquals(parent.code().substring(0, 4), r.code().substring(0, 4), r.toString());
            } else {
                // a county right under its province: only where the source has a placeholder city
                assertEquals(Level.PROVINCE, parent.level(), r.toString());
                assertTrue(Set.of("01", "02", "90").contains(r.code().substring(2, 4)), r.toString());
            }
            assertEquals(parent.code().substring(0, 2), r.code().substring(0, 2), r.toString());
        }
    }

    @Test
    void noPlaceholderBecameARegion() {
        Set<String> placeholders = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
        assertTrue(catalog.all().stream().noneMatch(r -> placeholders.contains(r.name())));
    }

    @Test
    void chainsThroughRealAndPlaceholderCities() {
        assertEquals(List.of("内蒙古自治区", "鄂尔多斯市", "鄂托克前旗"), names(catalog.chain(code("150623"))));
        assertEquals(List.of("北京市", "东城区"), names(catalog.chain(code("110101"))));
        assertEquals(List.of("湖北省", "仙桃市"), names(catalog.chain(code("429004"))));
        assertEquals(List.of("重庆市", "城口县"), names(catalog.chain(code("500229"))));
        assertEquals("内蒙古自治区/鄂尔多斯市/鄂托克前旗", catalog.path(code("150623")));
    }

    @Test
    void citiesWithoutCountiesAreOnlyPrefectures() {
        Region dongguan = code("441900");
        assertEquals("东莞市", dongguan.name());
        assertEquals(Level.PREFECTURE, dongguan.level());
        assertEquals(List.of(), catalog.children("4419"));
        // the source's extra 620201 嘉峪关市 row is dropped, so the bare name is not ambiguous
        assertEquals(new RegionResolution.Found(code("620200")), catalog.resolve("嘉峪关市"));
    }

    @Test
    void standardIsLoadedOnce() {
        assertSame(RegionCatalog.standard(), RegionCatalog.standard());
    }

    private Region code(String code) {
        return catalog.byCode(code).orElseThrow();
    }

    private static List<String> names(List<Region> regions) {
        return regions.stream().map(Region::name).toList();
    }
}
