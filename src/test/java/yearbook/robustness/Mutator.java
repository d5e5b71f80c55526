package yearbook.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seeded mutations of real yearbook input, for the fuzz tests: the articles of the project's own
 * {@code content/} and the raw pages in {@code seeds/} are the corpus; a mutation flips and inserts bytes,
 * inserts YAML and markdown punctuation, duplicates, drops and splices lines, truncates, and re-encodes. Beside
 * the random cases there is a fixed list of targeted ones (empty and binary files, odd encodings, a huge line,
 * deep nesting, YAML alias bombs, fields of the wrong type).
 *
 * <p>Everything depends on the seed only: the same seed and count give the same cases, so a failure can be
 * reproduced with {@code -Dyearbook.fuzz.seed=…}.
 */
final class Mutator {
    /** The seed when {@code yearbook.fuzz.seed} is not given. */
    static final long DEFAULT_SEED = 20190105L;

    /** Punctuation and tokens that mean something to YAML or markdown, inserted at random places. */
    private static final String[] TOKENS = {
        ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "&a ", "*a", "&a [1, 2] ", "!!", "!!binary ", "!!python/object ",
        "!<tag:yaml.org,2002:str> ", "---", "\n---\n", "\n...\n", "...", "\t", "\u0000", "\uFEFF", "\r\n", "\r", "\n", "\n\n",
        "#", " # flag: 原文第1行：x", "'", "\"", "\\", "|", ">", "%YAML 1.1\n", "@", "`", "?", "? ", "~", "null", "true",
        "0x1F", "1e400", "-.inf", ".nan", "2019-13-45", "9999999999999999999999", "<<: *a\n", "<< ", "*", "**", "_", "__",
        "> ", ">>>>", "# ", "######", "```", "~~~", "    ", "1. ", "* ", "+ ", "[x](", "](", "![", "](javascript:alert(1))",
        "<div>", "</div>", "<script>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#xD800;", "&#1114112;", "|---|",
        "| a | b |\n", "\\u0000", "\u200B", "\u00A0", "\u3000", "\uD83D\uDE00", "\u202E", "\uFFFD", "，", "。", "“", "”",
        "${x}", "<#if>", "${", "#{", "[#", "<@", "../", "/etc/passwd", "%s", "%n", "{{", "}}", "$", "\u0085", "\u2028",
    };

    /** Lines for a front matter field, many of the wrong type or out of range. */
    private static final String[] FIELDS = {
        "year: [1,2]", "year: {a: b}", "year: 99999999999999999999", "year: -5", "year: 2018.5", "year: ", "year: ~",
        "year: 0x7E2", "year: 2_018", "year: 二〇一八", "date: 2019-13-45", "date: 2019-02-30", "date: [2019]", "date: 0000-01-01",
        "date: 2019-1-5", "date: +999999999-12-31", "date: 2019-01-05T25:00:00", "region: {a: b}", "region: [a, b]",
        "region: 999999", "region: 000000", "region: /", "region: //////", "region: 内蒙古自治区/乌海市/乌海市",
        "region: " + "地".repeat(5000), "themes: 5", "themes: {a: b}", "themes: [[a]]", "themes: [~]", "themes: [\"\"]",
        "themes: model-workers", "themes: []", "title: ", "title: ~", "title: [a]", "title: {a: b}", "title: 1",
        "title: \"\\uD800\"", "title: \"\\x00\"", "title: !!binary AAAA", "title: !!int 5", "title: &a x", "title: *a",
        "title: *undefined", "slug: Not A Slug", "slug: " + "a".repeat(10_000), "slug: ../../etc", "slug: \"\"",
        "weight: 1e400", "weight: [1]", "weight: -9999999999", "volume: 1", "volume: [2019]", "draft: maybe",
        "draft: [true]", "authors: 5", "authors: {a: b}", "authors: [[x]]", "source: 5", "source: [a]",
        "source: {url: ftp://x}", "source: {url: [a]}", "source: {date: 2019-99-99}", "source: {name: {a: b}}",
        "source: {unknown: 1}", "unknown: 1", "? [a, b]\n: c", "[a]: b", "{a: b}: c", "<<: {title: x}",
        "title: x\ntitle: y", "organization:\n  - a\n  - b", "category: !!python/object:java.lang.Runtime {}",
    };

    final Random random;
    private final List<String> articles;
    private final List<byte[]> pages;

    Mutator(long seed) {
        this.random = new Random(seed);
        this.articles = corpus(Path.of("content"), ".md").stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        this.pages = corpus(Path.of("seeds"), "");
        if (articles.isEmpty() || pages.isEmpty()) {
            throw new IllegalStateException("the fuzz corpus (content/ and seeds/) is missing");
        }
    }

    /** The seed from {@code -Dyearbook.fuzz.seed}, else the default one. */
    static long seed() {
        return Long.getLong("yearbook.fuzz.seed", DEFAULT_SEED);
    }

    /** How many cases a test runs: {@code yearbook.fuzz.count} scaled by {@code share}, else {@code standard}. */
    static int count(int standard, double share) {
        String v = System.getProperty("yearbook.fuzz.count");
        if (v == null || v.isBlank()) {
            return standard;
        }
        return Math.max(1, (int) Math.round(Long.parseLong(v.strip()) * share));
    }

    /** What to put in a failure message so that it can be reproduced. */
    static String reproduce(String testCase) {
        return "fuzz case " + testCase + " (reproduce with -Dyearbook.fuzz.seed=" + seed()
                + (System.getProperty("yearbook.fuzz.count") != null ? " -Dyearbook.fuzz.count=" + System.getProperty("yearbook.fuzz.count") : "")
                + ")";
    }

    private static List<byte[]> corpus(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix) && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList();
            List<byte[]> out = new ArrayList<>();
            for (Path f : files) {
                out.add(Files.readAllBytes(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- random cases ----

    /** A real article, as it is. */
    String article() {
        return articles.get(random.nextInt(articles.size()));
    }

    /** A raw page from seeds/, as it is. */
    byte[] page() {
        return pages.get(random.nextInt(pages.size())).clone();
    }

    /** An article whose front matter is mutated and whose body is left as it is. */
    String frontMatterMutant() {
        String a = article();
        int close = a.indexOf("\n---\n", 4);
        String yaml = a.substring(4, close + 1);
        String body = a.substring(close + 5);
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            yaml = switch (random.nextInt(4)) {
                case 0 -> replaceField(yaml);
                case 1 -> addLine(yaml, pick(FIELDS));
                default -> mutateText(yaml);
            };
        }
        return "---\n" + yaml + (yaml.endsWith("\n") ? "" : "\n") + "---\n" + body;
    }

    /**
     * An article whose front matter is kept valid and whose body is mutated: it reaches the markdown renderer.
     * {@code slug} gives it an address of its own beside other mutants of the same article.
     */
    String bodyMutant(String slug) {
        String a = "---\nslug: " + slug + "\n" + article().substring(4);
        int close = a.indexOf("\n---\n", 4);
        String head = a.substring(0, close + 5);
        String body = a.substring(close + 5);
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            body = mutateText(body);
        }
        // a body line '---' or '...' right after the head would only move the front matter's end: keep it body
        return head + "\n" + body.replace("\u0000", "");
    }

    /** A whole article mutated as text, then possibly as bytes or in its encoding. */
    byte[] fileMutant() {
        String text = random.nextBoolean() ? frontMatterMutant() : mutateText(article());
        return bytes(text);
    }

    /** A raw page mutated as bytes or as text, for the import. */
    byte[] pageMutant() {
        byte[] page = page();
        return switch (random.nextInt(4)) {
            case 0 -> mutateBytes(page);
            case 1 -> bytes(mutateText(new String(page, StandardCharsets.UTF_8)));
            case 2 -> encode(new String(page, StandardCharsets.UTF_8));
            default -> bytes(splice(new String(page, StandardCharsets.UTF_8), article()));
        };
    }

    /** Text as bytes: mostly UTF-8, sometimes with bytes flipped or in another encoding. */
    byte[] bytes(String text) {
        int r = random.nextInt(10);
        if (r < 6) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (r < 8) {
            return mutateBytes(text.getBytes(StandardCharsets.UTF_8));
        }
        return encode(text);
    }

    /** The text in an encoding other than plain UTF-8. */
    byte[] encode(String text) {
        return switch (random.nextInt(7)) {
            case 0 -> text.getBytes(Charset.forName("GBK"));
            case 1 -> text.getBytes(Charset.forName("GB18030"));
            case 2 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case 3 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 4 -> text.getBytes(StandardCharsets.UTF_16BE);
            case 5 -> text.getBytes(StandardCharsets.ISO_8859_1);
            default -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        };
    }

    String mutateText(String s) {
        if (s.isEmpty()) {
            return pick(TOKENS);
        }
        int at = random.nextInt(s.length() + 1);
        switch (random.nextInt(12)) {
            case 0, 1, 2 -> {
                return s.substring(0, at) + pick(TOKENS) + s.substring(at);
            }
            case 3 -> {
                StringBuilder sb = new StringBuilder(s.substring(0, at));
                int k = 1 + random.nextInt(8);
                for (int i = 0; i < k; i++) {
                    sb.append(pick(TOKENS));
                }
                return sb.append(s.substring(at)).toString();
            }
            case 4 -> {
                int end = Math.min(s.length(), at + random.nextInt(200));
                return s.substring(0, at) + s.substring(end);
            }
            case 5 -> {
                return lines(s, 0);
            }
            case 6 -> {
                return lines(s, 1);
            }
            case 7 -> {
                return lines(s, 2);
            }
            case 8 -> {
                return s.substring(0, at);
            }
            case 9 -> {
                return splice(s, article());
            }
            case 10 -> {
                char c = (char) random.nextInt(0x10000);
                return s.substring(0, at) + c + s.substring(at);
            }
            default -> {
                // the same token many times over: runs of brackets, stars, '>' nest and backtrack
                String t = pick(new String[] {"[", "]", "*", "_", "> ", "- ", "`", "<", "(", "\\", "![", "](", "{", "&", "<div>"});
                return s.substring(0, at) + t.repeat(1 + random.nextInt(300)) + s.substring(at);
            }
        }
    }

    /** Duplicates (0), deletes (1) or swaps (2) lines. */
    private String lines(String s, int op) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        switch (op) {
            case 0 -> lines.add(i, lines.get(j));
            case 1 -> lines.remove(i);
            default -> {
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
        }
        return String.join("\n", lines);
    }

    private String splice(String a, String b) {
        return a.substring(0, random.nextInt(a.length() + 1)) + b.substring(random.nextInt(b.length() + 1));
    }

    byte[] mutateBytes(byte[] b) {
        byte[] out = b;
        int n = 1 + random.nextInt(6);
        for (int k = 0; k < n; k++) {
            int at = out.length == 0 ? 0 : random.nextInt(out.length);
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (out.length > 0) {
                        out = out.clone();
                        out[at] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> out = insert(out, at, new byte[] {(byte) random.nextInt(256)});
                // a lone surrogate, an overlong NUL, a byte that never starts UTF-8, a sequence cut short
                case 2 -> out = insert(out, at, pick(new byte[][] {{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE4, (byte) 0xB8}, {0}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}));
                case 3 -> out = Arrays.copyOf(out, at);
                case 4 -> out = insert(out, at, new byte[] {0, 0, 0, 0});
                default -> {
                    byte[] junk = new byte[1 + random.nextInt(64)];
                    random.nextBytes(junk);
                    out = insert(out, at, junk);
                }
            }
        }
        return out;
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private String replaceField(String yaml) {
        String field = pick(FIELDS);
        String name = field.contains(":") ? field.substring(0, field.indexOf(':')) : "";
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
        for (String line : yaml.split("\n", -1)) {
            if (!replaced && !name.isEmpty() && line.startsWith(name + ":")) {
                out.append(field).append('\n');
                replaced = true;
            } else {
                out.append(line).append('\n');
            }
        }
        return replaced ? out.substring(0, out.length() - 1) : addLine(yaml, field);
    }

    private String addLine(String yaml, String line) {
        List<String> lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
        lines.add(random.nextInt(lines.size() + 1), line);
        return String.join("\n", lines);
    }

    // ---- targeted cases ----

    /** The front matter of a valid article, for the targeted cases to put a body under or to change. */
    static final String HEAD = "---\ntitle: 测试\norganization: 乌海市总工会\nregion: 150300\nyear: 2018\n---\n";

    /** {@link #HEAD} with an address of its own, so that the targeted cases can stand side by side in one yearbook. */
    private static String head(Map<String, byte[]> cases) {
        return HEAD.replace("\ntitle: 测试\n", "\ntitle: 测试\nslug: t" + cases.size() + "\n");
    }

    /** Named inputs that have broken parsers elsewhere; each is a whole file. */
    static Map<String, byte[]> targeted() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("empty", new byte[0]);
        m.put("blank", " \n\n\t\n".getBytes(StandardCharsets.UTF_8));
        m.put("only-opening", "---\n".getBytes(StandardCharsets.UTF_8));
        m.put("empty-front-matter", "---\n---\n".getBytes(StandardCharsets.UTF_8));
        m.put("nul-bytes", utf8(head(m) + "正文\u0000正文\n"));
        m.put("nul-only", new byte[4096]);
        m.put("png", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, junk(1, 4000)));
        m.put("zip", concat(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, junk(2, 4000)));
        m.put("random-bytes", junk(3, 20_000));
        m.put("gbk", (head(m) + "正文，内蒙古自治区总工会。\n").getBytes(Charset.forName("GBK")));
        m.put("utf16le-bom", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, (head(m) + "正文\n").getBytes(StandardCharsets.UTF_16LE)));
        m.put("utf16be-bom", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, (head(m) + "正文\n").getBytes(StandardCharsets.UTF_16BE)));
        m.put("utf16le-no-bom", (head(m) + "正文\n").getBytes(StandardCharsets.UTF_16LE));
        m.put("utf16be-no-bom", (head(m) + "正文\n").getBytes(StandardCharsets.UTF_16BE));
        m.put("utf8-bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(head(m) + "正文\n")));
        m.put("latin1", (head(m).replace("测试", "Café") + "Ünïcödé\n").getBytes(StandardCharsets.ISO_8859_1));
        m.put("lone-surrogate", concat(utf8(head(m) + "正文"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}));
        m.put("overlong", concat(utf8(head(m) + "正文"), new byte[] {(byte) 0xC0, (byte) 0xAF, '\n'}));
        m.put("cut-sequence", concat(utf8(head(m) + "正文"), new byte[] {(byte) 0xE4, (byte) 0xB8}));
        m.put("cr-only", utf8(head(m).replace('\n', '\r') + "正文\r第二行\r"));
        m.put("crlf", utf8(head(m).replace("\n", "\r\n") + "正文\r\n"));
        m.put("huge-line-body", utf8(head(m) + "工会".repeat(200_000) + "\n"));
        m.put("huge-line-ascii", utf8(head(m) + "a".repeat(2_000_000) + "\n"));
        m.put("huge-line-title", utf8(head(m).replace("title: 测试", "title: " + "测".repeat(400_000))));
        m.put("huge-line-yaml", utf8("---\n" + "a".repeat(1_500_000) + "\n---\n"));
        m.put("huge-line-punctuation", utf8(head(m) + "工,".repeat(300_000) + "\n"));
        m.put("many-lines", utf8(head(m) + "段\n\n".repeat(100_000)));
        m.put("nested-blockquotes", utf8(head(m) + "> ".repeat(10_000) + "正文\n"));
        m.put("nested-blockquote-lines", utf8(head(m) + nestedLines(2_000, ">") + "正文\n"));
        m.put("nested-lists", utf8(head(m) + "- ".repeat(10_000) + "正文\n"));
        m.put("nested-list-lines", utf8(head(m) + indentedList(2_000)));
        m.put("nested-ordered-lists", utf8(head(m) + "1. ".repeat(10_000) + "正文\n"));
        m.put("nested-brackets", utf8(head(m) + "[".repeat(10_000) + "正文" + "]".repeat(10_000) + "\n"));
        m.put("nested-links", utf8(head(m) + "[".repeat(10_000) + "正文" + "](a.md)".repeat(10_000) + "\n"));
        m.put("open-brackets", utf8(head(m) + "[".repeat(50_000) + "\n"));
        m.put("nested-images", utf8(head(m) + "![".repeat(10_000) + "x" + "](a.png)".repeat(10_000) + "\n"));
        m.put("nested-emphasis", utf8(head(m) + "*_".repeat(10_000) + "正文" + "_*".repeat(10_000) + "\n"));
        m.put("many-stars", utf8(head(m) + "*".repeat(50_000) + "a" + "*".repeat(50_000) + "\n"));
        m.put("nested-parens-link", utf8(head(m) + "[a](" + "(".repeat(10_000) + ")".repeat(10_000) + ")\n"));
        m.put("nested-html", utf8(head(m) + "<div>".repeat(10_000) + "正文" + "</div>".repeat(10_000) + "\n"));
        m.put("backticks", utf8(head(m) + "`".repeat(50_000) + "\n"));
        m.put("nested-mixed", utf8(head(m) + "> - 1. ".repeat(3_500) + "正文\n"));
        m.put("yaml-nested-flow-seq", utf8("---\ntitle: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\n"));
        m.put("yaml-nested-flow-map", utf8("---\ntitle: " + "{a: ".repeat(10_000) + "b" + "}".repeat(10_000) + "\n---\n"));
        m.put("yaml-open-flow", utf8("---\ntitle: " + "[{".repeat(10_000) + "\n---\n"));
        m.put("yaml-nested-block", utf8("---\n" + nestedBlock(2_000) + "---\n"));
        m.put("yaml-billion-laughs", utf8("---\n" + billionLaughs() + "title: *i\n---\n"));
        m.put("yaml-alias-keys", utf8("---\nx: &a [1]\n" + "y: [" + "*a, ".repeat(10_000) + "*a]\n---\n"));
        m.put("yaml-anchor-loop", utf8("---\na: &a [*a]\n---\n"));
        m.put("yaml-merge-bomb", utf8("---\nb: &b {x: 1}\n" + "c: {" + "<<: *b, ".repeat(1000) + "y: 2}\n---\n"));
        m.put("yaml-tags", utf8("---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n---\n"));
        m.put("yaml-many-documents", utf8("---\ntitle: a\n...\n---\ntitle: b\n---\n"));
        m.put("yaml-huge-number", utf8(head(m).replace("year: 2018", "year: " + "9".repeat(100_000))));
        m.put("yaml-huge-key", utf8("---\n" + "k".repeat(200_000) + ": v\n---\n"));
        m.put("yaml-many-fields", utf8("---\n" + fields(10_000) + "---\n"));
        m.put("yaml-tabs", utf8("---\ntitle:\t测试\n\tregion: 150300\n---\n"));
        m.put("yaml-directive", utf8("---\n%YAML 9.9\n---\n"));
        for (String field : FIELDS) {
            m.put("field " + field.replace('\n', '|'), utf8(withField(head(m), field)));
        }
        return m;
    }

    private static String withField(String head, String field) {
        String name = field.contains(":") ? field.substring(0, field.indexOf(':')) : "";
        StringBuilder sb = new StringBuilder("---\n");
        boolean replaced = false;
        for (String line : head.substring(4, head.length() - 4).split("\n")) {
            if (!name.isEmpty() && line.startsWith(name + ":")) {
                sb.append(field).append('\n');
                replaced = true;
            } else {
                sb.append(line).append('\n');
            }
        }
        if (!replaced) {
            sb.append(field).append('\n');
        }
        return sb.append("---\n正文。\n").toString();
    }

    private static String nestedLines(int depth, String marker) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            sb.append(marker.repeat(i)).append(" 第").append(i).append("层\n");
        }
        return sb.toString();
    }

    private static String indentedList(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append("- 第").append(i).append("层\n");
        }
        return sb.toString();
    }

    private static String nestedBlock(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(i)).append("a:\n");
        }
        return sb.append(" ".repeat(depth)).append("b\n").toString();
    }

    private static String billionLaughs() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i > 0 ? "," : "").append('*').append(prev);
            }
            sb.append("]\n");
            prev = String.valueOf(c);
        }
        return sb.toString();
    }

    private static String fields(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("f").append(i).append(": v\n");
        }
        return sb.toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] junk(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }
}
