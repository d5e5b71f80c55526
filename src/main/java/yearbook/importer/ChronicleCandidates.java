package yearbook.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import yearbook.config.Settings;
import yearbook.importer.meta.Places;
import yearbook.importer.output.ChronicleFile;
import yearbook.importer.page.Item;
import yearbook.importer.page.Page;
import yearbook.importer.page.Unit;

/**
 * The chronicle candidates of a page as entries for {@code chronicle/<volume>-import.yaml}: its short union news
 * and its photo news (captions of union work no article took). The date is the one the text opens with
 * ({@code 1月15日}, {@code 2018年1月15日}, or a month alone); its year is the one stated, else the page's
 * publication date's (the year before when the month lies after it), else the year the page's articles cover. The
 * text is the headline of the news, else its first sentence without the opening date and the photographer's
 * credit. The region, when a union is named by its place; the volume, by the year as the settings say.
 */
final class ChronicleCandidates {
    /** A candidate for the file of {@code volume}. */
    record Candidate(int volume, ChronicleFile.Entry entry) {
    }

    /** What was found on a page: the candidates, and how many short news had no date or year to go by. */
    record Found(List<Candidate> candidates, int undated) {
    }

    private static final Pattern OPENING_DATE = Pattern.compile(
            "(?:((?:19|20)\\d{2})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*[日号])?");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^(?:(?:19|20)\\d{2}\\s*年\\s*)?\\d{1,2}\\s*月\\s*(?:\\d{1,2}\\s*[日号])?(?:上午|下午|晚上|晚|早上|凌晨|中午)?(?:以来)?[，,、\\s]*");
    private static final Pattern CREDIT = Pattern.compile("\\s*(?:□.*|[（(]?(?:本报)?(?:记者|通讯员|摄影)[^。！？]*摄?[）)]?|\\S{0,12}\\s摄)$");
    /** The date must stand this near the start: a date further in is not the event's. */
    private static final int DATE_WITHIN = 40;
    /** A text longer than this is cut after a sentence. */
    private static final int MAX_TEXT = 150;

    private ChronicleCandidates() {
    }

    static Found of(Page page, List<Item> shortNews, List<String> photoNews, List<Integer> coveredYears, Places places,
                    Settings settings) {
        int pageYear = coveredYears.stream().filter(y -> y > 0).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
        List<Candidate> out = new ArrayList<>();
        int undated = 0;
        List<String[]> texts = new ArrayList<>(); // {headline or null, text, dateline year-month-day or null}
        for (Item item : shortNews) {
            String body = item.body().stream().filter(u -> u.kind() == Unit.Kind.PARA).map(Unit::text).findFirst().orElse(item.text().strip());
            texts.add(new String[] {item.title(), body, item.dateline() == null ? null : item.dateline().toString()});
        }
        for (String caption : photoNews) {
            texts.add(new String[] {null, caption, null});
        }
        LocalDate published = page.info().date();
        for (String[] t : texts) {
            String body = t[1];
            Matcher m = OPENING_DATE.matcher(body);
            if (!m.find() || m.start() > DATE_WITHIN) {
                undated++;
                continue;
            }
            int month = Integer.parseInt(m.group(2));
            Integer day = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            LocalDate known = published != null ? published : t[2] != null ? LocalDate.parse(t[2]) : null;
            int year = m.group(1) != null ? Integer.parseInt(m.group(1))
                    : known != null ? known.getYear() - (month > known.getMonthValue() ? 1 : 0) : pageYear;
            if (year == 0 || month < 1 || month > 12 || day != null && !valid(year, month, day)) {
                undated++;
                continue;
            }
            String date = day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
            String text = t[0] != null ? sentence(t[0]) : firstSentence(body);
            String region = null;
            for (Places.Mention mention : places.mentions(t[0] == null ? body : t[0] + "\n" + body)) {
                Places.Resolved r = places.resolve(mention.chain(), body);
                if (r.found()) {
                    region = r.region().code();
                    break;
                }
            }
            out.add(new Candidate(settings.volumeFor(year), new ChronicleFile.Entry(date, text, region, null)));
        }
        out.sort(Comparator.comparing(c -> c.entry().date()));
        return new Found(out, undated);
    }

    private static boolean valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** A headline as a sentence of the chronicle: ending in a full stop. */
    private static String sentence(String headline) {
        String s = headline.strip();
        return s.matches(".*[。！？]$") ? s : s + "。";
    }

    /** The first sentence of a short text, without the opening date and a closing credit. */
    static String firstSentence(String text) {
        String s = CREDIT.matcher(LEADING_DATE.matcher(text.strip()).replaceFirst("")).replaceFirst("").strip();
        int end = -1;
        for (int i = 0; i < s.length(); i++) {
            if ("。！？".indexOf(s.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        if (end >= 0 && end + 1 < s.length() && end >= 8) {
            s = s.substring(0, end + 1);
        }
        if (s.length() > MAX_TEXT) {
            s = s.substring(0, MAX_TEXT) + "…";
        }
        return s.matches(".*[。！？…]$") ? s : s + "。";
    }
}
