package yearbook.importer.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.importer.meta.Dates;

/**
 * Web-page chrome: the lines around an article that belong to the site, not to the article. Each rule
 * drops whole lines only, and keeps what the line tells in {@link PageInfo}:
 * <ul>
 * <li>welcome lines ({@code 欢迎访问内蒙古自治区总工会}) → the site's name;
 * <li>breadcrumbs ({@code 首页 > 基层频道 > 经验做法}, {@code 当前位置：…}) → the section;
 * <li>field lines ({@code 发布时间:2021-03-18 来源: 作者: 浏览次数:}), empty fields and all → date, source, writer;
 * <li>share, print and navigation links ({@code 分享到:}, {@code 【打印】【关闭】}, {@code 上一篇}, {@code 返回顶部});
 * <li>editor lines ({@code 责任编辑：…}, {@code （编辑 …）}, {@code 审核：…});
 * <li>footers ({@code 版权所有}, {@code Copyright ©}, {@code ICP备} anywhere in a line; {@code 主办单位：…},
 * {@code 技术支持：…} as a line's label);
 * an original title given in a footer ({@code 原标题：…}) is kept for an article that has none.
 * </ul>
 */
public final class Chrome {
    private Chrome() {
    }

    /** The page with chrome lines blanked (line numbers stay), what they told, and what was dropped. */
    public record Stripped(List<String> lines, PageInfo info, List<Dropped> dropped) {
    }

    private static final Pattern WELCOME = Pattern.compile("^\\s*(?:欢迎(?:您)?(?:访问|来到|光临|登录))\\s*(.{2,40}?)[!！。.]?\\s*$");
    private static final Pattern CRUMBS = Pattern.compile(
            "^\\s*(?:(?:您(?:现在)?(?:所在)?的位置|当前位置|所在位置|位置)\\s*[:：]\\s*)?((?:首页|主页|网站首页)\\s*(?:[>＞»›→/]+\\s*[^>＞»›→/]{1,20}\\s*)+)$");
    private static final Pattern CRUMBS_AFTER_LABEL = Pattern.compile(
            "^\\s*(?:您(?:现在)?(?:所在)?的位置|当前位置|所在位置)\\s*[:：]\\s*(.+)$");
    /** 内蒙古工人报  2019年1月10日 星期四  第3版: the paper, its date and page. */
    private static final Pattern MASTHEAD = Pattern.compile(
            "^\\s*([\\p{IsHan}]{2,12}?(?:日报|晚报|晨报|工人报|报))\\s+.{0,12}?((?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日).{0,12}?"
                    + "(?:(第\\s*[0-9一二三四五六七八九十]{1,3}\\s*版)[^。]{0,12})?$");
    /** A "related news" block's heading; the bulleted links under it go too. */
    private static final Pattern RELATED = Pattern.compile("^\\s*(?:相关新闻|相关阅读|相关链接|推荐阅读|延伸阅读|热点推荐|猜你喜欢|热门文章|相关文章)\\s*[:：]?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[·•●▪◆\\-*]\\s*\\S.{0,60}$");
    /** Lines of social-media reposts: follow prompts, QR codes, 阅读原文, a repost statement. */
    private static final Pattern REPOST = Pattern.compile(
            "^\\s*(?:点击.{0,8}(?:蓝字|关注).*|关注我们.{0,12}|长按.{0,12}(?:二维码|关注).*|扫一扫.{0,20}|扫描.{0,8}二维码.{0,20}|阅读原文|往期回顾|往期推荐|"
                    + "(?:来源|转自|本文转载自)[:：].{0,30}(?:微信公众号|公众号).*|声明[:：].{0,100}(?:转载|版权|侵权).*)\\s*$");
    private static final Pattern FIELD = Pattern.compile(
            "(发布时间|发布日期|发表时间|发文时间|更新时间|时间|日期|来源|文章来源|信息来源|稿件来源|作者|撰稿|编辑|责任编辑|浏览次数|浏览量|点击数|点击量|阅读数|访问量|字号|【字体)\\s*[:：]");
    /** Link words alone (perhaps with a colon and the names of the sites to share to), never a sentence. */
    private static final Pattern SHARE = Pattern.compile(
            "^\\s*(?:(?:[\\[【]?\\s*(?:分享到|分享至|分享|转发到|转发至|打印本页|打印|关闭窗口|关闭|返回顶部|返回首页|返回|收藏本页|收藏|加入收藏)\\s*[\\]】]?\\s*[:：]?"
                    + "(?:\\s*(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ|朋友圈|豆瓣|人人网|[|｜、/]))*\\s*)+"
                    + "|(?:【\\s*(?:打印|关闭|字体|大|中|小|收藏|返回)[^】]*】\\s*)+|(?:上一篇|下一篇)\\s*[:：].*)\\s*$");
    private static final Pattern EDITOR = Pattern.compile(
            "^\\s*[（(【\\[]?\\s*(?:责任编辑|责编|编辑|审核|审校|校对|终审|初审|复审|值班编辑|网络编辑|编审)\\s*[:：\\s]\\s*[\\p{IsHan}·\\s、，,]{0,30}[）)】\\]]?\\s*$");
    /** Marks only a footer has, anywhere in the line. */
    private static final Pattern FOOTER = Pattern.compile("(版权所有|Copyright|copyright|COPYRIGHT|©|ICP备|ICP证|公网安备)");
    /** Footer fields, which count only as a line's label: 主办单位：…, 技术支持：…; or a line that is only 网站地图 | 联系我们. */
    private static final Pattern FOOTER_FIELD = Pattern.compile(
            "^\\s*(?:(?:主办单位|承办单位|协办单位|主办|承办|协办|技术支持|联系电话|联系地址|地址|邮编|电子邮箱)\\s*[:：].*"
                    + "|(?:网站地图|联系我们|关于我们|网站声明|隐私政策|[|｜\\s])+"
                    + "|(?:建议|推荐)使用.{0,30}浏览器.*|.{0,20}分辨率\\s*[:：]?\\s*\\d+\\s*[*×xX]\\s*\\d+.*)$");
    private static final Pattern ORIGINAL_TITLE = Pattern.compile("^\\s*[（(]?\\s*原(?:标)?题\\s*[:：]\\s*(.+?)\\s*[）)]?\\s*$");

    /** A footer line that names the article: an archive's full-version link, a please-credit line, 本文标题：…. */
    private static final Pattern FOOTER_TITLE = Pattern.compile(
            "^\\s*(?:(?:查看)?完整版本\\s*[:：]\\s*\\[--\\s*(.+?)\\s*--\\].*"
                    + "|(?:转载请注明|转载请保留|转载务必注明)[^《]{0,40}《(.{2,60}?)》.*|本文标题\\s*[:：]\\s*(.{2,60}))\\s*$");
    /** Lines a forum page puts around a repost: the poster, 发表于, floor numbers, edit notes, counters, reply links. */
    private static final Pattern FORUM = Pattern.compile(
            "^\\s*(?:(?:(?:楼主|作者|发帖人)\\s*[:：]?\\s*\\S{1,20}\\s+)?发表于\\s*[:：]?\\s*(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}.{0,40}"
                    + "|本帖最后由\\s*\\S{1,20}\\s*于\\s*.{0,30}编辑"
                    + "|(?:只看该作者|只看楼主|倒序浏览|阅读模式|复制链接|回复|引用|举报|使用道具|收藏|评分|\\[复制链接\\]|[|｜\\s])+"
                    + "|(?:查看|阅读|浏览)\\s*[:：]\\s*\\d+\\s*[|｜]\\s*(?:回复|评论)\\s*[:：]\\s*\\d+"
                    + "|(?:#\\s*\\d+|\\d+\\s*(?:楼|#)|沙发|板凳|地板)"
                    + "|(?:该帖子|本帖|此帖)[^。]{0,30}(?:转载|转帖|来源)[^。]{0,40}"
                    + "|转载请注明[:：]?\\s*(?:https?://|www\\.)\\S+)\\s*$");
    /** A WeChat article's meta line as mirrors keep it: 原创 author, account, date, place. */
    private static final Pattern WECHAT_META = Pattern.compile(
            "^\\s*(?:原创\\s+)?(?:[\\p{IsHan}A-Za-z0-9·]{1,20}\\s+){1,3}((?:19|20)\\d{2}[-年]\\d{1,2}[-月]\\d{1,2}日?)(?:\\s+\\d{1,2}:\\d{2})?(?:\\s*发表于\\s*\\S{2,8})?\\s*$");

    public static Stripped strip(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        List<Dropped> dropped = new ArrayList<>();
        String site = null;
        String section = null;
        LocalDate date = null;
        String source = null;
        List<String> authors = new ArrayList<>();
        String footerTitle = null;
        String paper = null;
        String page = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String reason = null;
            Matcher m;
            if ((m = WELCOME.matcher(t)).matches()) {
                site = site == null ? m.group(1).strip() : site;
                reason = "网站欢迎语（来源网站：" + m.group(1).strip() + "）";
            } else if ((m = CRUMBS.matcher(t)).matches() || (m = CRUMBS_AFTER_LABEL.matcher(t)).matches() && t.matches(".*[>＞»›→].*")) {
                String crumbs = m.group(1).replaceAll("\\s*[>＞»›→/]+\\s*", " > ").strip();
                section = section == null ? crumbs : section;
                reason = "导航路径（栏目：" + crumbs + "）";
            } else if ((m = MASTHEAD.matcher(t)).matches()) {
                paper = paper == null ? m.group(1) : paper;
                date = date == null ? Dates.find(m.group(2)).orElse(null) : date;
                page = page == null && m.group(3) != null ? m.group(3).replaceAll("\\s+", "") : page;
                reason = "报头（" + m.group(1) + (m.group(3) != null ? "，" + m.group(3) : "") + "）";
            } else if (RELATED.matcher(t).matches()) {
                reason = "相关新闻链接";
                int k = i + 1;
                for (; k < lines.size() && BULLET.matcher(lines.get(k)).matches(); k++) {
                    out.set(k, "");
                    dropped.add(new Dropped(k + 1, lines.get(k).strip(), "相关新闻链接"));
                }
                out.set(i, "");
                dropped.add(new Dropped(i + 1, t, reason));
                i = k - 1;
                continue;
            } else if (REPOST.matcher(t).matches()) {
                reason = "公众号转载提示";
            } else if (isFieldLine(t)) {
                Fields f = fields(t);
                if (date == null) {
                    date = Dates.find(t.substring(0, Math.min(t.length(), 20))).orElse(null);
                }
                if (f.date != null && date == null) {
                    date = f.date;
                }
                if (f.source != null && source == null) {
                    source = f.source;
                }
                authors.addAll(f.authors);
                reason = "发布信息栏" + (f.date != null ? "（发布日期 " + f.date + "）" : "")
                        + (f.source != null ? "（来源：" + f.source + "）" : "");
            } else if (SHARE.matcher(t).matches()) {
                reason = "分享、打印或翻页链接";
            } else if (EDITOR.matcher(t).matches()) {
                reason = "编辑署名";
            } else if (FOOTER.matcher(t).find() && t.length() <= 120 || FOOTER_FIELD.matcher(t).matches() && t.length() <= 120) {
                reason = "网站页脚";
            } else if ((m = FOOTER_TITLE.matcher(t)).matches()) {
                String named = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                footerTitle = footerTitle == null ? named.strip() : footerTitle;
                reason = "页脚里的标题（“" + named.strip() + "”）";
            } else if (FORUM.matcher(t).matches() && t.length() <= 120) {
                reason = "论坛转帖的发帖信息";
                if (date == null) {
                    date = Dates.find(t).orElse(null);
                }
            } else if ((m = WECHAT_META.matcher(t)).matches() && t.length() <= 80
                    && (t.startsWith("原创") || t.contains("发表于") || t.matches(".*\\d{1,2}:\\d{2}.*"))) {
                reason = "公众号文章的信息行";
                if (date == null) {
                    date = Dates.find(m.group(1)).orElse(null);
                }
            } else if ((m = ORIGINAL_TITLE.matcher(t)).matches()) {
                footerTitle = footerTitle == null ? m.group(1).replaceAll("^《(.*)》$", "$1") : footerTitle;
                reason = "原标题说明（“" + m.group(1) + "”）";
            }
            if (reason != null) {
                out.set(i, "");
                dropped.add(new Dropped(i + 1, t, reason));
            }
        }
        return new Stripped(out, new PageInfo(site, section, date, source != null ? source : paper, page, authors, footerTitle), dropped);
    }

    /** A line made of "label: value" fields, at least one of them a known page field, and nothing else long. */
    private static boolean isFieldLine(String t) {
        if (t.length() > 120) {
            return false;
        }
        String rest = t.replaceFirst("^\\s*(?:19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*", "");
        Matcher m = FIELD.matcher(rest).region(0, Math.min(rest.length(), 16));
        return m.find() && m.start() <= 2;
    }

    private record Fields(LocalDate date, String source, List<String> authors) {
    }

    private static final Pattern FIELD_VALUE = Pattern.compile(
            "(发布时间|发布日期|发表时间|发文时间|更新时间|时间|日期|来源|文章来源|信息来源|稿件来源|作者|撰稿|编辑|责任编辑|浏览次数|浏览量|点击数|点击量|阅读数|访问量|字号|【字体)\\s*[:：]\\s*(.*?)(?=\\s*(?:发布时间|发布日期|发表时间|发文时间|更新时间|时间|日期|来源|文章来源|信息来源|稿件来源|作者|撰稿|编辑|责任编辑|浏览次数|浏览量|点击数|点击量|阅读数|访问量|字号|【字体)\\s*[:：]|$)");

    private static Fields fields(String t) {
        LocalDate date = null;
        String source = null;
        List<String> authors = new ArrayList<>();
        Matcher m = FIELD_VALUE.matcher(t);
        while (m.find()) {
            String key = m.group(1);
            String value = m.group(2).strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (key) {
                case "发布时间", "发布日期", "发表时间", "发文时间", "时间", "日期" -> {
                    if (date == null) {
                        date = Dates.find(value).orElse(null);
                    }
                }
                case "来源", "文章来源", "信息来源", "稿件来源" -> source = value;
                case "作者", "撰稿" -> {
                    for (String n : value.replaceAll("(?:本报|本台|本网)?(?:特约)?(?:记者|通讯员|实习生)", " ").split("[\\s、，,]+")) {
                        if (n.matches("[\\p{IsHan}·]{2,10}")) {
                            authors.add(n);
                        }
                    }
                }
                default -> { }
            }
        }
        return new Fields(date, source, authors);
    }
}
