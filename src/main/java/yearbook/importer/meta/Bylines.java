package yearbook.importer.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises bylines in their many printed shapes and takes the writers' names out of them:
 * {@code □杨万莲 赵艳莉}, {@code ◇晨报融媒实习记者 月霞}, {@code □通讯员 杨开泰}, {@code (刘畅 王瑞波)},
 * {@code （赵方伟）}, {@code (文/图 王霄 闫琪)}, {@code 本报记者 张三 通讯员 李四}, {@code 撰稿人：王五}.
 * A line counts as a byline only when something marks it as one (a box or diamond, brackets around it, or a
 * role such as 记者 or 通讯员) and everything else on it is a name. A credit ending in 摄 names a
 * photographer: it belongs to a photo caption, and {@link Byline#photo()} says so.
 */
public final class Bylines {
    private Bylines() {
    }

    public record Byline(List<String> names, boolean photo) {
        public Byline {
            names = List.copyOf(names);
        }
    }

    /** A cheap first look: a marker, a bracket or a role word somewhere. */
    private static final Pattern MAYBE = Pattern.compile("[□■◇◆○●☆★▲△▽▼◎※（(【\\[]|记者|通讯员|实习生|撰稿|供稿|作者|评论员|摄|文|图");
    private static final Pattern MARKER = Pattern.compile("^[□■◇◆○●☆★▲△▽▼◎※]+\\s*");
    private static final Pattern BRACKETED = Pattern.compile("^[（(【\\[](.*)[）)】\\]]$");
    /** Roles, with the newspaper or rank that may stand before them: 晨报融媒实习记者, 本报特约通讯员. */
    /** A role, after the paper that sends the writer (晨报, 日报社, 网) and ranks (本报, 特约, 实习, 融媒). */
    private static final Pattern ROLE = Pattern.compile(
            "(?:[\\p{IsHan}]{1,6}?(?:报社|报|网|台|社|融媒体|融媒|全媒体))?(?:本报|本刊|本台|本网|特约|实习|见习|首席|驻站|融媒体|融媒|全媒体)*"
                    + "(记者|通讯员|实习生|撰稿人|撰稿|供稿单位|供稿|作者|评论员|摄影|摄像)[:：]?"
                    + "|(?<![\\p{IsHan}])(文\\s*[/／|｜]\\s*图|图\\s*[/／|｜]\\s*文|文图|图文|文|图)(?=[\\s:：/|｜])[:：/／|｜]?");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,8}·[\\p{IsHan}·]{1,12}"
            + "|[\\p{IsHan}]{2,20}(?:总工会|工会|工会联合会|办公室|宣传部|工作部|委员会)");
    private static final Pattern UNIT_AND_NAME = Pattern.compile(
            "([\\p{IsHan}]{2,20}?(?:总工会|工会联合会|办公室|宣传部|工作部))([\\p{IsHan}]{2,4})");
    /** Words that look like names by their length but are not: what stands in credits and captions. */
    private static final Set<String> NOT_NAMES = Set.of("报道", "摄影", "供图", "图片", "资料", "本报", "综合",
            "整理", "编辑", "责编", "来源", "记者", "通讯员", "网络", "图片来源", "资料图片", "右一", "左一", "右二", "左二",
            "中间", "前排", "后排", "试行", "草案", "上图", "下图", "左图", "右图", "摄影报道", "图片新闻", "通讯", "特约");

    /** The byline {@code line} is, if it is one. */
    public static Optional<Byline> parse(String line) {
        String s = line.strip().replaceAll("^[*_]+(.*?)[*_]+$", "$1").strip();
        if (s.isEmpty() || s.length() > 60 || !MAYBE.matcher(s).find()) {
            return Optional.empty();
        }
        boolean marked = false;
        Matcher m = MARKER.matcher(s);
        if (m.find()) {
            marked = true;
            s = s.substring(m.end());
        }
        Matcher b = BRACKETED.matcher(s);
        if (b.matches()) {
            marked = true;
            s = b.group(1).strip();
        }
        boolean photo = false;
        if (s.endsWith("摄") || s.endsWith("摄影")) {
            photo = true;
            s = s.substring(0, s.length() - (s.endsWith("摄影") ? 2 : 1)).strip();
        }
        if (s.endsWith("报道")) {
            s = s.substring(0, s.length() - 2).strip();
        }
        Matcher r = ROLE.matcher(s);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        boolean role = false;
        boolean commentator = false;
        while (r.find()) {
            commentator |= "评论员".equals(r.group(1));
            if (!marked && !role && r.start() > 0) {
                return Optional.empty(); // an unmarked byline starts with its role: 通讯员 李琳娜
            }
            role = true;
            if (r.group(1) != null && ("摄影".equals(r.group(1)) || "摄像".equals(r.group(1)))) {
                photo = true;
            }
            rest.append(s, last, r.start()).append(' ');
            last = r.end();
        }
        rest.append(s.substring(last));
        if (!marked && !role) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String token : rest.toString().split("[\\s、，,/／|｜:：]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher unit = UNIT_AND_NAME.matcher(token);
            if (unit.matches()) { // 青山区总工会陈静, the space between them lost
                names.add(unit.group(1));
                token = unit.group(2);
            }
            if (!NAME.matcher(token).matches() || NOT_NAMES.contains(token)) {
                return Optional.empty();
            }
            names.add(token);
        }
        if (names.isEmpty() && commentator) {
            return Optional.of(new Byline(List.of(), false)); // □本报评论员: a byline without a name
        }
        if (names.isEmpty() || names.size() > 10) {
            return Optional.empty();
        }
        return Optional.of(new Byline(names, photo));
    }

    private static final Pattern TRAILING = Pattern.compile("^(.*[。！？!?”’…])\\s*([（(][^（()）]{2,40}[)）])\\s*$");

    /**
     * A byline in brackets at the end of a paragraph ({@code …贡献了力量。(赵方伟)}): the paragraph without it, and
     * the byline. Only after a sentence's end, so that a bracket inside a sentence is never taken.
     */
    public static Optional<Trailing> trailing(String paragraph) {
        Matcher m = TRAILING.matcher(paragraph.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return parse(m.group(2)).filter(bl -> !bl.photo()).map(bl -> new Trailing(m.group(1), bl));
    }

    public record Trailing(String paragraph, Byline byline) {
    }
}
