package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import yearbook.testing.Run;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/**
 * The errors that come from the YAML parser, the templates, the print yearbook and the import, in Chinese and in
 * English: the same error in both languages, the parser's or FreeMarker's own words only as a supplement, and the
 * JSON codes the same whatever the language.
 */
class ErrorsInBothLanguagesTest {
    @TempDir
    Path root;

    private Run checkWith(String templates, String lang, String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--lang", lang, "--content", root.resolve("content").toString(),
                "--templates", templates));
        args.addAll(List.of(extra));
        return Run.of(args.toArray(new String[0]));
    }

    private Run check(String lang, String... extra) {
        return checkWith(TestFiles.templates().toString(), lang, extra);
    }

    private List<Object> codes(Run json) {
        List<Map<String, Object>> found = new Yaml().load(json.out());
        return found.stream().map(f -> f.get("code")).toList();
    }

    @Test
    void aValueWithAColonInFrontMatter() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 职工之家: 建设
                organization: o
                region: 150623
                year: 2018
                ---
                正文。
                """);
        String a = root.resolve("content/a.md").toString();
        Run en = check("en");
        assertEquals(1, en.code(), en.err());
        assertTrue(en.out().contains(a + ":2:"), en.out());
        assertTrue(en.out().contains(": error: the YAML cannot be read: a value contains ': ' (a colon and a space); "
                + "put the whole value in quotes\n"), en.out());

        Run zh = check("zh");
        assertEquals(1, zh.code(), zh.err());
        assertTrue(zh.out().contains(a + ":2:"), zh.out());
        assertTrue(zh.out().contains(": 错误: 无法读取 YAML：值里有 “: ”（冒号加空格）：请把整个值用引号括起来\n"), zh.out());
        assertFalse(zh.out().contains("mapping values"), "the parser's words are not needed here: " + zh.out());

        assertEquals(List.of("yaml-unreadable"), codes(check("en", "--format", "json")));
        assertEquals(List.of("yaml-unreadable"), codes(check("zh", "--format", "json")));
    }

    /** A mistake the tool has no words of its own for: where to look, in the user's language, the parser's words after. */
    @Test
    void aBracketLeftOpenInFrontMatter() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 甲
                organization: o
                region: 150623
                year: 2018
                themes: [model-workers
                ---
                正文。
                """);
        String a = root.resolve("content/a.md").toString();
        Run en = check("en");
        assertEquals(1, en.code(), en.err());
        assertTrue(en.out().startsWith(a + ":"), en.out());
        assertTrue(en.out().contains(": error: the YAML cannot be read: "), en.out());
        assertTrue(en.out().contains("(the parser says: "), en.out());

        Run zh = check("zh");
        assertEquals(1, zh.code(), zh.err());
        String line = zh.out().lines().findFirst().orElse("");
        assertTrue(line.startsWith(a + ":6:"), "the line where the bracket opens: " + zh.out());
        assertTrue(line.contains(": 错误: 无法读取 YAML：") && line.contains("（解析器的原话："), zh.out());
        String chinese = line.substring(line.indexOf("错误"), line.indexOf("（解析器的原话："));
        assertTrue(chinese.chars().noneMatch(c -> c >= 'a' && c <= 'z'), "the sentence before the parser's words is Chinese: "
                + chinese);
        assertEquals(codes(check("en", "--format", "json")), codes(check("zh", "--format", "json")));
    }

    /** A quote left open is reported where it opens, not where the text ends; a tab as the tab it is. */
    @Test
    void aQuoteLeftOpenAndATabInFrontMatter() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/b.md --
                ---
                title: "甲
                organization: o
                ---
                正文。
                -- content/d.md --
                ---
                title: 甲
                \torganization: o
                ---
                正文。
                """);
        String b = root.resolve("content/b.md").toString();
        String d = root.resolve("content/d.md").toString();
        Run en = check("en");
        assertTrue(en.out().contains(b + ":2:8: error: the YAML cannot be read: a quote or a bracket opened here is never "
                + "closed; close it on the same line (the parser says: "), en.out());
        assertTrue(en.out().contains(d + ":3:1: error: the YAML cannot be read: tab characters cannot indent YAML; indent "
                + "with spaces\n"), en.out());
        Run zh = check("zh");
        assertTrue(zh.out().contains(b + ":2:8: 错误: 无法读取 YAML：这里开始的引号或括号没有配对：请在同一行把它补全（解析器的原话："),
                zh.out());
        assertTrue(zh.out().contains(d + ":3:1: 错误: 无法读取 YAML：YAML 不能用制表符（Tab）缩进：请改用空格\n"), zh.out());
    }

    /** A field indented by mistake is named as such, not as a value holding ': '. */
    @Test
    void aFieldIndentedByMistake() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/c.md --
                ---
                title: 甲
                 organization: o
                region: 150623
                year: 2018
                ---
                正文。
                """);
        String c = root.resolve("content/c.md").toString();
        Run en = check("en");
        assertTrue(en.out().contains(c + ":3:14: error: the YAML cannot be read: this field is indented further than the "
                + "one above it; line it up with the fields beside it"), en.out());
        Run zh = check("zh");
        assertTrue(zh.out().contains(c + ":3:14: 错误: 无法读取 YAML：这个字段比上面的字段缩进得多：请与同级的字段对齐"), zh.out());
    }

    @Test
    void aTemplateWithAMistakeInItsMarkup() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + TestSites.article("a", "150623", 2018, "") + """
                -- mine/home.ftlh --
                <!DOCTYPE html><html lang="zh-CN"><head><title>${site.title}</title></head>
                <body><#if site.title??><p>首页</p></body></html>
                """);
        String home = root.resolve("mine/home.ftlh").toString();
        String mine = root.resolve("mine").toString();
        Run en = checkWith(mine, "en");
        assertEquals(1, en.code(), en.err());
        assertTrue(en.out().contains(home + ":"), en.out());
        assertTrue(en.out().contains(": error: the template has a mistake in its FreeMarker markup here; look for a "
                + "directive (<#…>) or an ${…} not closed or not paired (FreeMarker says: "), en.out());

        Run zh = checkWith(mine, "zh");
        assertEquals(1, zh.code(), zh.err());
        assertTrue(zh.out().contains(home + ":"), zh.out());
        assertTrue(zh.out().contains(": 错误: 模板这里的 FreeMarker 标记写错了：请查看指令（<#…>）或 ${…} 是否写完整、是否成对"
                + "（FreeMarker 的原话："), zh.out());

        assertEquals(List.of("template-error"), codes(checkWith(mine, "en", "--format", "json")));
        assertEquals(List.of("template-error"), codes(checkWith(mine, "zh", "--format", "json")));
    }

    @Test
    void aTemplateThatFailsWhileMakingAPage() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + TestSites.article("a", "150623", 2018, "") + """
                -- mine/home.ftlh --
                <!DOCTYPE html><html lang="zh-CN"><head><title>${site.title}</title></head>
                <body><p>${site.noSuchThing}</p></body></html>
                """);
        for (String lang : List.of("en", "zh")) {
            Run r = Run.of("build", "--no-pdf", "--lang", lang, "--content", root.resolve("content").toString(),
                    "--templates", root.resolve("mine").toString(), "--output", root.resolve("site").toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains(root.resolve("mine/home.ftlh") + ":2: "), r.err());
            if (lang.equals("en")) {
                assertTrue(r.err().contains(":2: error: the template failed here while making a page; look at the value it "
                        + "uses on this line, which may be missing or of another kind (FreeMarker says: "), r.err());
                assertTrue(r.err().endsWith("the site was not written\n"), r.err());
            } else {
                assertTrue(r.err().contains(":2: 错误: 模板在这里生成网页时出错：请查看这一行用到的值，它可能不存在或类型不对"
                        + "（FreeMarker 的原话："), r.err());
                assertFalse(r.err().contains("error:"), r.err());
            }
            assertFalse(Files.exists(root.resolve("site")), "nothing was written");
        }
    }

    @Test
    void aPrintFontThatDoesNotExist() throws IOException {
        TestFiles.write(root, """
                -- content/yearbook.yaml --
                title: 测试年鉴
                baseUrl: https://example.org/yb/
                pdf:
                  fonts:
                    serif: fonts/none.ttf
                -- content/themes.yaml --
                themes: []
                -- mine/fonts/README.md --
                the fonts of this yearbook
                """ + TestSites.article("a", "150623", 2018, ""));
        String mine = root.resolve("mine").toString();
        String font = root.resolve("mine/fonts/none.ttf").toString();
        Run en = checkWith(mine, "en");
        assertEquals(1, en.code(), en.err());
        assertTrue(en.out().contains("yearbook.yaml: error: pdf.fonts.serif: the font file " + font + " does not exist\n"),
                en.out());

        Run zh = checkWith(mine, "zh");
        assertEquals(1, zh.code(), zh.err());
        assertTrue(zh.out().contains("yearbook.yaml: 错误: pdf.fonts.serif：字体文件 " + font + " 不存在\n"), zh.out());

        assertEquals(List.of("print-font"), codes(checkWith(mine, "en", "--format", "json")));
        assertEquals(List.of("print-font"), codes(checkWith(mine, "zh", "--format", "json")));
    }

    @Test
    void aCharacterNoPrintFontHas() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 甲
                organization: o
                region: 150623
                year: 2018
                ---
                正文😀。
                """);
        Run en = check("en");
        assertEquals(1, en.code(), en.err());
        assertTrue(en.out().contains("a.md:7:3: error: the character '😀' (U+1F600) is in none of the print fonts ("), en.out());
        Run zh = check("zh");
        assertEquals(1, zh.code(), zh.err());
        assertTrue(zh.out().contains("a.md:7:3: 错误: 印刷字体（"), zh.out());
        assertTrue(zh.out().contains("）里都没有字符 “😀”（U+1F600），PDF 印不出来：请换掉这个字，或在 yearbook.yaml 的 "
                + "pdf.fonts 下指定一个有这个字的字体\n"), zh.out());
    }

    /** The import's refusals on the terminal in the user's language; the report, for the editors, in Chinese. */
    @Test
    void theImportsReasonsForNotImportingAFile() throws IOException {
        TestFiles.write(root, TestFiles.BASICS);
        Path in = root.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
        Path content = root.resolve("content");
        Path report = content.resolve("_import-report.md");

        Run en = Run.of("import", "--lang", "en", in.resolve("empty.txt").toString(),
                in.resolve("old.doc").toString(), "--into", content.toString());
        assertEquals(1, en.code(), en.err());
        assertTrue(en.err().contains("empty.txt: error: the file is empty; nothing was imported from it\n"), en.err());
        assertTrue(en.err().contains("old.doc: error: this is an old Office file (.doc or .xls), not .docx; open it in "
                + "Word, save it as .docx and import that; nothing was imported from it\n"), en.err());
        assertFalse(en.err().contains("\r"), "no progress without a terminal: " + en.err());
        String reportEn = Files.readString(report);

        Run zh = Run.of("import", "--lang", "zh", in.resolve("empty.txt").toString(),
                in.resolve("old.doc").toString(), "--into", content.toString());
        assertEquals(1, zh.code(), zh.err());
        assertTrue(zh.err().contains("empty.txt: 错误: 文件是空的；这个文件没有导入任何内容\n"), zh.err());
        assertTrue(zh.err().contains("old.doc: 错误: 这是旧版 Office 文件（.doc 或 .xls），不是 .docx：请在 Word 里“另存为”"
                + ".docx 再导入；这个文件没有导入任何内容\n"), zh.err());

        String reportZh = Files.readString(report);
        assertEquals(reportEn, reportZh, "the report is the same whatever the language of the terminal");
        assertTrue(reportZh.contains("**无法读取，没有导入**：文件是空的"), reportZh);
        assertFalse(reportZh.contains("the file is empty"), reportZh);
    }

    /** The regions file's conflicts, said by the tool in the user's language. */
    @Test
    void aRegionUnderAParentThatDoesNotExist() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + TestSites.article("a", "150623", 2018, "") + """
                -- content/regions.yaml --
                regions:
                  - code: 659999
                    name: 某师
                    level: prefecture
                    parent: 669900
                """);
        Run en = check("en");
        assertEquals(1, en.code(), en.err());
        assertTrue(en.out().contains("regions.yaml: error: 某师 (659999) has parent code 669900, which is not a known region\n"),
                en.out());
        Run zh = check("zh");
        assertEquals(1, zh.code(), zh.err());
        assertTrue(zh.out().contains("regions.yaml: 错误: 某师 (659999) 的上级代码是 669900，但没有这个地区\n"), zh.out());
    }
}
