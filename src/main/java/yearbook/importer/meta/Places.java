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

    /** One place named before 工会/总工会 in a text. */
    public record Mention(String text, String organization, List<String> chain, int position, boolean full) {
    }

    /** The organisations and places in {@code text}: each {@code <places>总工会} and {@code <places>工会}. */
    public List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = ORG.matcher(text);
        while (m.find()) {
            int pos = m.start();
            List<String> chain = new ArrayList<>();
            while (pos > 0) {
                String found = null;
                for (int len = Math.min(MAX_NAME, pos); len >= 2; len--) {
                    String candidate = text.substring(pos - len, pos);
                    if (names.containsKey(candidate)) {
                        found = candidate;
                        break;
                    }
                }
                if (found == null) {
                    break;
                }
                chain.add(0, found);
                pos -= found.length();
            }
            if (!chain.isEmpty()) {
                String places = String.join("", chain);
                out.add(new Mention(places, places + m.group(), chain, pos, m.group().equals("总工会")));
            }
        }
        return out;
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
