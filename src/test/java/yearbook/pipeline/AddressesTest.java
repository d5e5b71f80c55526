package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.testing.TestFiles;

/** Addresses never fight: collisions resolved readably and stably, official romanizations, aliases. */
class AddressesTest {
    @TempDir
    Path root;

    private static String article(String file, String title, String region, String more) {
        return "-- content/" + file + " --\n---\ntitle: " + title + "\norganization: o\nregion: " + region
                + "\nyear: 2018\n" + more + "---\n正文。\n";
    }

    private void build() throws IOException {
        new BuildService("test").build(new BuildOptions(root.resolve("content"), TestFiles.templates(),
                root.resolve("site")), Progress.NONE);
    }

    private boolean page(String path) {
        return Files.isRegularFile(root.resolve("site").resolve(path).resolve("index.html"));
    }

    @Test
    void titlesThatReadAlikeGetAddressesOfTheirOwnAndKeepThem() throws IOException {
        // 同名 twice, in 鄂托克前旗 and in 乌海市: the first (by path, as neither is dated) keeps the plain address
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "同名", "150623", "") + article("b.md", "同名", "150300", ""));
        build();
        assertTrue(page("2019/tong-ming"));
        assertTrue(page("2019/tong-ming-wuhaishi"), "the other gets its region's name");
        String a = Files.readString(root.resolve("site/2019/tong-ming/index.html"));
        assertTrue(a.contains("鄂托克前旗"), "a.md is at the plain address");

        // a third one added later (dated after them) changes neither address
        TestFiles.write(root, article("c.md", "同名", "150300", "date: 2019-03-01\n"));
        build();
        assertTrue(Files.readString(root.resolve("site/2019/tong-ming/index.html")).contains("鄂托克前旗"));
        assertTrue(page("2019/tong-ming-wuhaishi"));
        assertTrue(page("2019/tong-ming-wuhaishi-" + yearbook.site.SiteBuilderMarks.mark("c.md")),
                "same title, same region: a mark of its file's path");
    }

    @Test
    void shaanxiAndShanxiAreSpeltApart() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "陕西测试", "610825", "") + article("b.md", "山西测试", "140100", ""));
        build();
        assertTrue(page("2019/shaanxi-ce-shi"), "陕西 is Shaanxi");
        assertTrue(page("2019/shan-xi-ce-shi"));
        assertTrue(page("regions/610000-shaanxisheng"));
        assertTrue(page("regions/140000-shanxisheng"));
        String earlier = Files.readString(root.resolve("site/regions/610000-shanxisheng/index.html"));
        assertTrue(earlier.contains("<meta http-equiv=\"refresh\" content=\"0; url=/yb/regions/610000-shaanxisheng/\">"),
                "陕西省's earlier address sends readers on: " + earlier);
    }

    @Test
    void longTitlesAreCutAtASyllableAndDoNotFight() throws IOException {
        String stem = "关于进一步加强和改进新时代产业工人队伍建设改革工作的实施意见和具体措施办法";
        TestFiles.write(root, TestFiles.BASICS + article("a.md", stem + "（试行）", "150623", "")
                + article("b.md", stem + "（修订稿）", "150623", "date: 2019-05-01\n"));
        build();
        List<String> addresses;
        try (var dirs = Files.list(root.resolve("site/2019"))) {
            addresses = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(2, addresses.size(), addresses.toString());
        String full = yearbook.text.Pinyin.slug(stem, 1000);
        String cut = addresses.get(0);
        assertTrue(cut.length() <= 60, cut);
        assertTrue((full + "-").startsWith(cut + "-"), "cut where a syllable ends: " + cut);
        assertTrue(addresses.get(1).startsWith(cut + "-etuokeqianqi"), addresses.toString());
    }

    @Test
    void aliasesKeepEarlierAddressesWorking() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "新名", "150623", "aliases: [/2019/jiu-ming/, 2018/old]\n"));
        build();
        for (String old : List.of("2019/jiu-ming", "2018/old")) {
            String html = Files.readString(root.resolve("site").resolve(old).resolve("index.html"));
            assertTrue(html.contains("url=/yb/2019/xin-ming/\""), html);
            assertTrue(html.contains("<link rel=\"canonical\" href=\"https://example.org/yb/2019/xin-ming/\">"), html);
        }
        assertFalse(Files.readString(root.resolve("site/sitemap.xml")).contains("jiu-ming"));
    }

    @Test
    void aliasesThatAreNoAddressOrAreTakenAreErrors() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "甲", "150623", "aliases: [../etc, 2019/yi]\n")
                + article("b.md", "乙", "150623", ""));
        ContentException e = assertThrows(ContentException.class, this::build);
        List<String> m = e.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(m.stream().anyMatch(x -> x.contains("a.md:6: error: 'aliases' holds earlier addresses")), m.toString());
        assertFalse(Files.exists(root.resolve("site")));
        TestFiles.write(root, article("a.md", "甲", "150623", "aliases: [2019/yi]\n"));
        e = assertThrows(ContentException.class, this::build);
        m = e.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(m.stream().anyMatch(x -> x.contains("a.md:1: error: the alias 2019/yi/ is the address or an alias of b.md")),
                m.toString());
    }
}
