import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic yearbook content folder for benchmarks.
 *
 *   java bench/MakeCorpus.java N OUTDIR [SEED]      (run from the repository root)
 *   java -Dyear=2021 bench/MakeCorpus.java N OUTDIR  (every article covers 2021: one volume)
 *
 * OUTDIR gets the repository's yearbook.yaml and themes.yaml and N articles in articles/<province code>/<n>.md.
 * Bodies are paragraphs of seeds/*.txt and content/articles/**.md, 2-8 KB each, with headings, bold lead
 * clauses, now and then a list or a table. The same N and SEED always give the same files.
 */
public class MakeCorpus {

    /** At most 7 characters, so that the address (the title's pinyin, cut at 60) keeps the appended number. */
    static final String[] TITLES = {"凝聚劳动者力量", "四项举措强基础", "党工共建促发展", "勇担当谱华章", "聚焦主责主业",
        "服务职工暖人心", "创新工作方法", "夯实基层基础", "弘扬劳模精神", "助力脱贫攻坚", "推进工会改革", "激发创造活力",
        "筑牢维权防线", "打造服务品牌", "建设职工之家", "工会工作亮点", "年度工作回眸", "工会的行与思", "奋进新时代",
        "当好娘家人", "汇聚正能量", "建功新时代", "提质增效", "普惠服务惠职工"};
    static final String[] SUBTITLES = {"工作纪实", "年度工作回眸", "亮点工作扫描", "抓党建促工会工作纪实"};
    static final String[] HEADINGS = {"加强思想引领", "广泛凝聚共识", "夯实基层组织", "深化劳动竞赛", "弘扬劳模精神",
        "做实帮扶解困", "维护职工权益", "推进集体协商", "强化经费保障", "丰富职工文化", "助力脱贫攻坚",
        "推进工会改革", "服务新就业形态劳动者", "抓好安全生产", "关爱女职工", "提升普惠服务"};
    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八"};
    static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌海波宁瑞琪晨";
    static final String[] PAPERS = {"工人日报", "内蒙古工人报", "陕西工人报", "宁夏日报", "中工网", "各地工会网站"};
    static final String[] ITEMS = {"建会企业", "新发展会员", "职工书屋", "困难职工帮扶", "劳模创新工作室",
        "技能竞赛参赛职工", "集体合同签订", "送温暖慰问"};

    record Region(String code, String name) {}

    final Random random;
    final List<String> paragraphs = new ArrayList<>();
    final Map<String, List<Region>> regionsByProvince = new LinkedHashMap<>();
    final List<String> themeIds = new ArrayList<>();

    MakeCorpus(long seed) {
        random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/MakeCorpus.java N OUTDIR [SEED]   (from the repository root)");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        MakeCorpus corpus = new MakeCorpus(args.length == 3 ? Long.parseLong(args[2]) : 1);
        corpus.load(Path.of("."));
        corpus.write(n, out);
        System.out.println("wrote " + n + " articles to " + out);
    }

    void load(Path repo) throws IOException {
        Path content = repo.resolve("content");
        if (!Files.isRegularFile(content.resolve("yearbook.yaml"))) {
            throw new IOException("content/yearbook.yaml not found: run from the repository root");
        }
        for (Path seed : sorted(repo.resolve("seeds"), ".txt")) {
            for (String p : Files.readString(seed).split("\\n\\s*\\n")) {
                addParagraph(cleanSeed(p));
            }
        }
        for (Path article : sorted(content.resolve("articles"), ".md")) {
            String text = Files.readString(article);
            String body = text.substring(text.indexOf("\n---", 4) + 4);
            for (String p : body.split("\\n\\s*\\n")) {
                p = p.strip();
                if (!p.startsWith("#") && !p.startsWith("|") && !p.startsWith("-") && !p.contains("](")) {
                    addParagraph(p.replace("\n", ""));
                }
            }
        }
        List<String> lines = Files.readAllLines(repo.resolve("src/main/resources/yearbook/region/regions.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (!f[2].equals("province")) {
                String province = f[0].substring(0, 2) + "0000";
                regionsByProvince.computeIfAbsent(province, k -> new ArrayList<>()).add(new Region(f[0], f[1]));
            }
        }
        Matcher id = Pattern.compile("(?m)^\\s*- id: (\\S+)").matcher(Files.readString(content.resolve("themes.yaml")));
        while (id.find()) {
            themeIds.add(id.group(1));
        }
    }

    /** Seeds are OCR text: lines wrapped in columns and stray spaces around Chinese; markup characters dropped. */
    static String cleanSeed(String p) {
        String han = "[\\p{IsHan}，。、；：！？“”‘’（）《》—…·]";
        return p.strip()
            .replaceAll("[*_<>\\[\\]|#`\\\\]", "")
            .replaceAll("(?<=" + han + ")\\s+|\\s+(?=" + han + ")", "")
            .replaceAll("\\s+", " ");
    }

    void addParagraph(String p) {
        if (p.codePointCount(0, p.length()) >= 30) {
            paragraphs.add(p);
        }
    }

    void write(int n, Path out) throws IOException {
        Path articles = out.resolve("articles");
        if (Files.exists(articles)) {
            try (Stream<Path> old = Files.walk(articles)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(articles);
        for (String name : List.of("yearbook.yaml", "themes.yaml")) {
            Files.copy(Path.of("content", name), out.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> provinces = new ArrayList<>(regionsByProvince.keySet());
        for (int i = 1; i <= n; i++) {
            String province = pick(provinces);
            Region region = pick(regionsByProvince.get(province));
            Path file = articles.resolve(province).resolve(i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, article(i, region), StandardCharsets.UTF_8);
        }
    }

    String article(int number, Region region) {
        int drawn = 2015 + random.nextInt(10);
        // -Dyear=2021 puts every article in one year, hence one volume (the print benchmark's single book)
        int year = Integer.getInteger("year", drawn);
        String organization = region.name() + "总工会";
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(pick(TITLES)).append(' ').append(number).append('\n');
        if (random.nextInt(2) == 0) {
            md.append("subtitle: ").append(organization).append(pick(SUBTITLES)).append('\n');
        }
        md.append("organization: ").append(organization).append('\n');
        md.append("region: ").append(region.code()).append('\n');
        md.append("year: ").append(year).append('\n');
        String date = String.format("%d-%02d-%02d", year + 1, 1 + random.nextInt(6), 1 + random.nextInt(28));
        if (random.nextInt(10) < 6) {
            md.append("date: ").append(date).append('\n');
        }
        List<String> themes = new ArrayList<>(themeIds);
        java.util.Collections.shuffle(themes, random);
        md.append("themes: [").append(String.join(", ", themes.subList(0, 1 + random.nextInt(4)))).append("]\n");
        List<String> authors = new ArrayList<>();
        for (int a = random.nextInt(4); a >= 0; a--) {
            authors.add(name());
        }
        md.append("authors: [").append(String.join(", ", authors)).append("]\n");
        switch (random.nextInt(5)) {
            case 0, 1 -> md.append("source: ").append(pick(PAPERS)).append('\n');
            case 2 -> md.append("source:\n  name: ").append(pick(PAPERS)).append("\n  page: 第")
                .append(1 + random.nextInt(8)).append("版\n  date: ").append(date).append('\n');
            default -> { }
        }
        md.append("category: 各地工会工作\n---\n");
        body(md);
        return md.toString();
    }

    void body(StringBuilder md) {
        int target = 2048 + random.nextInt(6144);
        int start = md.length();
        List<String> headings = new ArrayList<>(List.of(HEADINGS));
        java.util.Collections.shuffle(headings, random);
        int section = 0;
        boolean list = random.nextInt(6) == 0, table = random.nextInt(8) == 0;
        for (int k = 0; bytes(md, start) < target; k++) {
            if (k > 0 && k % (2 + random.nextInt(3)) == 0 && section < NUMERALS.length) {
                md.append("\n## ").append(NUMERALS[section]).append('、').append(headings.get(section++)).append('\n');
            }
            String p = pick(paragraphs);
            int room = 8000 - bytes(md, start);
            if (p.getBytes(StandardCharsets.UTF_8).length > room) {
                p = cut(p, room);
                if (p.isEmpty()) {
                    break;
                }
            }
            md.append('\n').append(random.nextInt(3) == 0 ? boldLead(p) : p).append('\n');
            if (list && k == 2) {
                list = false;
                list(md);
            }
            if (table && k == 3) {
                table = false;
                table(md);
            }
        }
    }

    static int bytes(StringBuilder md, int start) {
        return md.substring(start).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The paragraph cut after its last full stop that fits in the room (in UTF-8 bytes), or "". */
    static String cut(String p, int room) {
        int end = -1;
        for (int i = p.indexOf('。'); i >= 0 && p.substring(0, i + 1).getBytes(StandardCharsets.UTF_8).length <= room;
             i = p.indexOf('。', i + 1)) {
            end = i + 1;
        }
        return end < 0 ? "" : p.substring(0, end);
    }

    /** **加强思想引领，**广泛凝聚共识…: the lead clause in bold, next to Chinese punctuation. */
    static String boldLead(String p) {
        int i = p.indexOf('，');
        return i > 0 && i < 24 ? "**" + p.substring(0, i + 1) + "**" + p.substring(i + 1) : p;
    }

    void list(StringBuilder md) {
        String[] sentences = pick(paragraphs).split("(?<=[。；])");
        boolean ordered = random.nextBoolean();
        md.append('\n');
        for (int i = 0; i < Math.min(5, sentences.length); i++) {
            md.append(ordered ? (i + 1) + ". " : "- ").append(sentences[i].strip()).append('\n');
        }
    }

    void table(StringBuilder md) {
        md.append("\n| 项目 | 数量 | 同比 |\n|---|---:|---:|\n");
        for (int i = 0; i < 3 + random.nextInt(4); i++) {
            md.append("| ").append(ITEMS[i]).append(" | ").append(10 + random.nextInt(5000)).append(" | ")
                .append(random.nextInt(40) - 10).append("% |\n");
        }
    }

    String name() {
        String name = pick(SURNAMES) + pick(GIVEN);
        return random.nextBoolean() ? name + pick(GIVEN) : name;
    }

    String pick(String chars) {
        return String.valueOf(chars.charAt(random.nextInt(chars.length())));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static List<Path> sorted(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
