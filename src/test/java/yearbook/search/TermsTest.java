package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TermsTest {
    private static List<String> indexed(String text) {
        List<String> out = new ArrayList<>();
        Terms.index(text, out::add);
        return out;
    }

    @Test
    void chineseRunsGiveCharactersAndPairsWithoutSpaces() {
        assertEquals(List.of("职", "工", "职工", "之", "工之", "家", "之家"), indexed("职工之家"));
        assertEquals(List.of("职工", "工之", "之家"), Terms.query("职工之家"));
        assertEquals(List.of("劳"), Terms.query("劳"), "a single character is looked up alone");
    }

    @Test
    void punctuationAndSpacesSeparateRunsAndPairsNeverCrossThem() {
        assertEquals(List.of("送", "温", "送温", "暖", "温暖", "慰", "问", "慰问"), indexed("送温暖，慰问"));
        assertEquals(List.of("送温", "温暖", "慰问"), Terms.query("送温暖 慰问"));
    }

    @Test
    void wordsAreLowerCasedAndFullWidthFormsNormalised() {
        assertEquals(List.of("icu4j", "2019", "年"), indexed("ICU4J ２０１９年"));
        assertEquals(List.of("icu", "2019"), Terms.query("ＩＣＵ　2019"));
        assertEquals(List.of("app"), Terms.query("APP app"), "each term once");
    }

    @Test
    void charactersOutsideTheBasicPlaneStayWhole() {
        // U+20BB7 𠮷 is a Han character written with two UTF-16 units
        assertEquals(List.of("𠮷", "野", "𠮷野"), indexed("𠮷野"));
        assertEquals(List.of("𠮷野"), Terms.query("𠮷野"));
    }

    @Test
    void shardsAreStableAndSpread() {
        assertEquals(Terms.shard("工会", 64), Terms.shard("工会", 64));
        assertTrue(Terms.shard("工会", 64) < 64);
        int[] used = new int[16];
        for (String t : indexed("凝聚劳动者力量彰显主人翁风采深化职工之家创建扩大工会组织有效覆盖")) {
            used[Terms.shard(t, 16)]++;
        }
        assertTrue(java.util.Arrays.stream(used).filter(n -> n > 0).count() >= 12, "terms spread over the shards");
        assertEquals(0, Terms.shard("x", 1));
    }

    @Test
    void postingsReadBackAsWritten() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Postings p = new Postings();
            List<Integer> expected = new ArrayList<>();
            int doc = -1;
            int n = 1 + random.nextInt(300);
            for (int i = 0; i < n; i++) {
                doc += 1 + (random.nextInt(4) == 0 ? random.nextInt(5_000_000) : random.nextInt(3));
                int count = 1 + (random.nextInt(3) == 0 ? random.nextInt(400) : 0);
                boolean title = random.nextInt(5) == 0;
                p.add(doc, count, title);
                expected.add(doc);
                expected.add(Math.min(count, Postings.MAX_COUNT) * 2 + (title ? 1 : 0));
            }
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), Postings.decode(p.text()));
            assertTrue(p.text().chars().allMatch(c -> Postings.DIGITS.indexOf(c) >= 0), "plain ASCII only");
        }
    }

    @Test
    void theCommonCaseTakesOneCharacterPerArticle() {
        Postings p = new Postings();
        for (int doc = 0; doc < 100; doc += 2) {
            p.add(doc, 1, false);
        }
        assertEquals(50, p.text().length());
    }
}
