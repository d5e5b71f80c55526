package yearbook.importer.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line taken for a title may really be: a reporter's byline, a line of only a site name and a date or
 * time, an e-paper's interface text (its audio player's label), or a column tag ({@code 【部门动态】}, a kicker).
 * And what a title keeps that is no part of it: a list bullet or number in front.
 */
public final class Titles {
    private Titles() {
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[·•●▪◆◇■□○◎►▶→*\\-]+|\\d{1,2}[.、．)）](?!\\d))\\s*");
    private static final Pattern TAG = Pattern.compile("^\\s*【([^】]{1,12})】\\s*(.*)$");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b");
    private static final Pattern INTERFACE = Pattern.compile(
            "(?:播放|暂停|音频|语音播报|点击收听|收听|朗读|听新闻|字号|分享到|返回顶部|打印本页|关闭窗口|上一篇|下一篇|当前位置|您的位置|"
                    + "\\d{1,2}:\\d{2}\\s*/\\s*\\d{1,2}:\\d{2}|PDF版|版面导航|往期回顾|放大|缩小)");
    /** A news agency's or paper's dateline standing alone: 新华社北京1月17日电, 本报讯. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:新华社|中新社|本报|人民网|新华网|央视网|中工网)?[\\p{IsHan}]{0,8}\\d{1,2}月\\d{1,2}日(?:电|讯)$|^[\\p{IsHan}]{2,8}讯$");
    private static final Pattern SITE_WORDS = Pattern.compile("(?:网|网站|新闻|客户端|报|频道|门户|融媒|发布)");

    /** The title without a list bullet or number in front; the same title when it has none. */
    public static String withoutBullet(String title) {
        Matcher m = BULLET.matcher(title);
        return m.find() && m.end() < title.length() ? title.substring(m.end()).strip() : title;
    }

    /** A leading column tag and the rest: 【部门动态】… → [部门动态, …]; the rest empty when the line is only the tag. */
    public static Optional<String[]> columnTag(String title) {
        Matcher m = TAG.matcher(title);
        return m.matches() ? Optional.of(new String[] {m.group(1).strip(), m.group(2).strip()}) : Optional.empty();
    }

    /**
     * Whether a short line under a much longer one is rather a label or a picture's words than the title: the
     * title at most six characters, the line above at least twelve and three times as long.
     */
    public static boolean shortUnderLong(String title, String kicker) {
        return kicker != null && title.length() <= 6 && kicker.length() >= 12 && kicker.length() >= 3 * title.length();
    }

    /** Why the line cannot be a title, in words for the report; empty when it may be one. */
    public static Optional<String> notATitle(String t) {
        String s = t.strip();
        if (Bylines.parse(s).isPresent() || s.matches("^(?:本报|新华社|记者|通讯员|文/|文：|图/|作者[：:]).*") && s.length() <= 30) {
            return Optional.of("是署名行");
        }
        if (DATELINE.matcher(s).find()) {
            return Optional.of("是电头（消息的来源和日期）");
        }
        Matcher d = DATE_OR_TIME.matcher(s);
        if (d.find()) {
            String rest = DATE_OR_TIME.matcher(s).replaceAll("").replaceAll("[\\s|｜·/:：\\-来源发布时间日期]", "");
            if (rest.length() <= 12 && (rest.isEmpty() || SITE_WORDS.matcher(rest).find())) {
                return Optional.of("只有网站名和日期时间");
            }
        }
        if (s.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return Optional.of("没有汉字，是网页的界面文字或计数");
        }
        if (s.matches("正文|内容|详情|全文|正文内容|文章内容|阅读全文|查看原文") || INTERFACE.matcher(s).find() && s.length() <= 30) {
            return Optional.of("是网页或电子报的界面文字");
        }
        return Optional.empty();
    }
}
