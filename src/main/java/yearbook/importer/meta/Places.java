package yearbook.importer.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.importer.repair.Chars;
import yearbook.region.Level;
import yearbook.region.Region;
import yearbook.region.RegionCatalog;

/**
 * Finds organisations ({@code 榆林市定边县总工会}) and the places they name, and resolves them to divisions. A
 * place is read only where it stands right before 总工会 or 工会, as the organisation's own name; a name shared by
 * several divisions is resolved by the other places the page names (a parent named nearby), and left unresolved
 * when they do not decide. Short names are known for provinces (宁夏, 内蒙古) and prefectures (商洛); counties
 * only by their full names.
 */
public final class Places {
    private static final int MAX_NAME = 15;
    private static final Pattern ORG = Pattern.compile("总工会|工会");

    private final RegionCatalog catalog;
    private final Map<String, List<Region>> names = new HashMap<>();

    public Places(RegionCatalog catalog) {
        this.catalog = catalog;
        for (Region r : catalog.all()) {
            add(r.name(), r);
            String shortName = shortName(r);
            if (shortName != null) {
                add(shortName, r);
            }
        }
    }

    private void add(String name, Region r) {
        List<Region> list = names.computeIfAbsent(name, k -> new ArrayList<>());
        if (!list.contains(r)) {
            list.add(r);
        }
    }

    static String shortName(Region r) {
        String n = r.name();
        String s = switch (r.level()) {
            case PROVINCE -> n.replaceAll("(省|市|特别行政区|(壮族|回族|维吾尔)?自治区)$", "");
            case PREFECTURE -> n.replaceAll("(市|地区|盟)$", "");
            case COUNTY -> null;
        };
        return s == null || s.length() < 2 || s.equals(n) ? null : s;
    }

    /**
     * One place named before 工会/总工会 in a text. {@code former} is the name as written when the list knows the
     * place only by its present name ({@code 密云县}, now 密云区), else null; {@code chain} holds the list's names.
     */
    public record Mention(String text, String organization, List<String> chain, int position, boolean full, String former) {
        public Mention(String text, String organization, List<String> chain, int position, boolean full) {
            this(text, organization, chain, position, full, null);
        }
    }

    /** The organisations and places in {@code text}: each {@code <places>总工会} and {@code <places>工会}. */
    public List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = ORG.matcher(text);
        while (m.find()) {
            int pos = m.start();
            List<String> chain = new ArrayList<>();
            String former = null;
            int end = pos;
            while (pos > 0) {
                String found = null;
                String written = null;
                for (int len = Math.min(MAX_NAME, pos); len >= 2; len--) {
                    String candidate = text.substring(pos - len, pos);
                    if (names.containsKey(candidate)) {
                        found = candidate;
                        break;
                    }
                    String present = presentName(candidate);
                    if (present != null) {
                        found = present;
                        written = candidate;
                        break;
                    }
                }
                if (found == null) {
                    break;
                }
                chain.add(0, found);
                pos -= written != null ? written.length() : found.length();
                former = written != null ? written : former;
            }
            if (!chain.isEmpty()) {
                String places = text.substring(pos, end);
                out.add(new Mention(places, places + m.group(), chain, pos, m.group().equals("总工会"), former));
            }
        }
        return out;
    }

    /**
     * The present name of a county that has since become a district or a city (县 → 区 or 市, 撤县设区), when the
     * list knows {@code name} only so: {@code 密云县} → {@code 密云区}. Null when the name is known as it is, or not
     * at all.
     */
    private String presentName(String name) {
        if (name.length() < 3 || !name.endsWith("县")) {
            return null;
        }
        String stem = name.substring(0, name.length() - 1);
        for (String present : new String[] {stem + "区", stem + "市"}) {
            List<Region> found = names.getOrDefault(present, List.of());
            if (!found.isEmpty() && found.stream().allMatch(r -> r.level() == Level.COUNTY)) {
                return present;
            }
        }
        return null;
    }

    /**
     * The longer name a mention may be cut from: a two-character name (云县) right after another Han character
     * (密云县总工会, where 密云县 is no longer on the list) is perhaps the end of another place's name. Empty when
     * the mention stands on its own.
     */
    public static java.util.Optional<String> glued(String text, Mention m) {
        if (m.chain().size() != 1 || m.text().length() != 2 || m.position() <= 0) {
            return java.util.Optional.empty();
        }
        char before = text.charAt(m.position() - 1);
        return Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN && "的和与及在对向为是了由县市区省镇乡".indexOf(before) < 0
                ? java.util.Optional.of(before + m.text()) : java.util.Optional.empty();
    }

    /** How a chain of place names resolved: one region, several, or none. */
    public record Resolved(Region region, List<Region> candidates, String how) {
        public boolean found() {
            return region != null;
        }
    }

    /**
     * The division a chain of names ({@code [榆林市, 定边县]}) means. When several divisions carry the names,
     * {@code context} decides: the candidate whose ancestors the context names, if exactly one is named most.
     */
    public Resolved resolve(List<String> chain, String context) {
        List<Region> candidates = new ArrayList<>();
        for (Region r : names.getOrDefault(chain.get(chain.size() - 1), List.of())) {
            if (hasAncestors(r, chain.subList(0, chain.size() - 1))) {
                candidates.add(r);
            }
        }
        if (candidates.size() == 1) {
            return new Resolved(candidates.get(0), candidates, null);
        }
        if (candidates.isEmpty()) {
            return new Resolved(null, candidates, null);
        }
        Map<Region, Integer> support = new LinkedHashMap<>();
        for (Region r : candidates) {
            int n = 0;
            List<Region> up = catalog.chain(r);
            for (Region a : up.subList(0, up.size() - 1)) {
                n += Chars.count(context, a.name()); // the full name only: 徐州市, not a trip "赴徐州"
            }
            support.put(r, n);
        }
        int best = support.values().stream().max(Integer::compare).orElse(0);
        List<Region> top = support.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        if (best > 0 && top.size() == 1) {
            Region r = top.get(0);
            Region parent = catalog.chain(r).get(catalog.chain(r).size() - 2);
            return new Resolved(r, candidates, "标题或导语提到了" + parent.name());
        }
        return new Resolved(null, candidates, null);
    }

    private boolean hasAncestors(Region r, List<String> chainNames) {
        if (chainNames.isEmpty()) {
            return true;
        }
        List<Region> up = catalog.chain(r);
        int next = 0;
        for (Region a : up.subList(0, up.size() - 1)) {
            if (next < chainNames.size() && (a.name().equals(chainNames.get(next)) || chainNames.get(next).equals(shortName(a)))) {
                next++;
            }
        }
        return next == chainNames.size();
    }

    /**
     * A region guessed from the place names a text mentions anywhere ({@code 宜昌市}, {@code 池州}, {@code 福建省},
     * {@code 滕州市}), not from a union's own name: the province named most (ahead of every other), and under it
     * the prefecture or county named most when {@code level} asks for one and one leads. {@code evidence} lists
     * the names counted in that province, each with how often it stands ({@code 宜昌市×2}).
     */
    public record Guess(Region region, Region province, String evidence) {
    }

    /** Place names followed by one of these are streets (中山路, 延安大街), not places. */
    private static final Pattern STREET = Pattern.compile("^(路|街|大街|大道|巷|道|公园|广场)");

    /**
     * The region the place names in {@code text} point to, at most at {@code level}; empty when the text names
     * no place, or two provinces as often. A name shared by places in several provinces (新城区) is not counted.
     */
    public java.util.Optional<Guess> guess(String text, Level level) {
        Map<Region, Integer> provinces = new LinkedHashMap<>();
        Map<Region, Integer> prefectures = new LinkedHashMap<>();
        Map<Region, Integer> counties = new LinkedHashMap<>();
        Map<Region, Map<String, Integer>> namedIn = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            String found = null;
            for (int len = Math.min(MAX_NAME, text.length() - i); len >= 2; len--) {
                String candidate = text.substring(i, i + len);
                if (names.containsKey(candidate)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            i += found.length();
            if (STREET.matcher(text.substring(i, Math.min(text.length(), i + 2))).find()) {
                continue;
            }
            List<Region> regions = names.get(found);
            Region province = common(regions, 0);
            if (province == null) {
                continue;
            }
            provinces.merge(province, 1, Integer::sum);
            namedIn.computeIfAbsent(province, k -> new LinkedHashMap<>()).merge(found, 1, Integer::sum);
            Region prefecture = common(regions, 1);
            if (prefecture != null && prefecture.level() == Level.PREFECTURE) {
                prefectures.merge(prefecture, 1, Integer::sum);
            }
            if (regions.size() == 1 && regions.get(0).level() == Level.COUNTY) {
                counties.merge(regions.get(0), 1, Integer::sum);
            }
        }
        Region province = leader(provinces);
        if (province == null) {
            return java.util.Optional.empty();
        }
        Region region = province;
        if (level != Level.PROVINCE) {
            Region prefecture = leader(under(prefectures, province));
            Region county = level == Level.COUNTY ? leader(under(counties, province)) : null;
            region = county != null && (prefecture == null || isUnder(county, prefecture)) ? county
                    : prefecture != null ? prefecture : province;
        }
        String evidence = namedIn.get(province).entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(java.util.stream.Collectors.joining("、"));
        return java.util.Optional.of(new Guess(region, province, evidence));
    }

    /** The region at {@code depth} (0 the province) that all of {@code regions} lie in or under; else null. */
    private Region common(List<Region> regions, int depth) {
        Region shared = null;
        for (Region r : regions) {
            List<Region> up = catalog.chain(r);
            if (up.size() <= depth) {
                return null;
            }
            Region at = up.get(depth);
            if (shared != null && !shared.code().equals(at.code())) {
                return null;
            }
            shared = at;
        }
        return shared;
    }

    private Map<Region, Integer> under(Map<Region, Integer> tally, Region ancestor) {
        Map<Region, Integer> out = new LinkedHashMap<>();
        tally.forEach((r, n) -> {
            if (isUnder(r, ancestor)) {
                out.put(r, n);
            }
        });
        return out;
    }

    /** The region counted most, when it is counted more than every other; else null. */
    private static Region leader(Map<Region, Integer> tally) {
        Region best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<Region, Integer> e : tally.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Every name of a region and its descendants, full and short: to see whether a text speaks of that place. */
    public boolean speaksOf(String text, Region region) {
        for (String name : placeNames.computeIfAbsent(region.code(), code -> namesUnder(region))) {
            if (text.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private final Map<String, List<String>> placeNames = new java.util.concurrent.ConcurrentHashMap<>();

    private List<String> namesUnder(Region region) {
        List<String> out = new ArrayList<>();
        for (Region r : catalog.all()) {
            if (r.code().equals(region.code()) || isUnder(r, region)) {
                out.add(r.name());
                if (shortName(r) != null) {
                    out.add(shortName(r));
                }
            }
        }
        return List.copyOf(out);
    }

    private boolean isUnder(Region r, Region ancestor) {
        if (ancestor.level() == Level.COUNTY) {
            return false;
        }
        for (Region a : catalog.chain(r)) {
            if (a.code().equals(ancestor.code()) && !r.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    public String path(Region r) {
        return catalog.path(r);
    }

}
