package yearbook.region;

import yearbook.diag.Msg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A set of administrative regions (provinces, prefectures, counties) linked by their parent codes, with lookup by
 * code and by name path.
 *
 * <p>Every region's parent is in the catalog and sits at an allowed level (see {@link Level}); codes are unique.
 * Immutable, thread-safe.
 */
public final class RegionCatalog {

    private static final String RESOURCE = "regions.tsv";
    private static final String HEADER = "code\tname\tlevel\tparent";
    private static final int MAX_SUGGESTIONS = 5;

    private final Map<String, Region> byCode;          // sorted by code
    private final List<Region> all;                    // sorted by code
    private final Map<String, List<Region>> byName;     // each list sorted by code
    private final Map<String, List<Region>> children;   // parent code -> children sorted by code

    private RegionCatalog(TreeMap<String, Region> regions) {
        Map<String, List<Region>> names = new HashMap<>();
        Map<String, List<Region>> kids = new HashMap<>();
        for (Region r : regions.values()) {
            if (r.parentCode() != null) {
                Region parent = regions.get(r.parentCode());
                if (parent == null) {
                    throw new Conflict(Msg.of("regions.unknown-parent", describe(r), r.parentCode()));
                }
                if (!r.level().mayHaveParent(parent.level())) {
                    throw new Conflict(Msg.of("regions.wrong-level", describe(r), Msg.of("level." + label(r.level())),
                            describe(parent), Msg.of("level." + label(parent.level()))));
                }
                kids.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
            names.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
        }
        this.byCode = Collections.unmodifiableMap(regions);
        this.all = List.copyOf(regions.values());
        this.byName = copy(names);
        this.children = copy(kids);
    }

    /** The bundled catalog of mainland China's divisions ({@code regions.tsv} beside this class), loaded once. */
    public static RegionCatalog standard() {
        return Standard.CATALOG;
    }

    private static final class Standard {
        static final RegionCatalog CATALOG = load();
    }

    /**
     * A catalog of the given regions.
     *
     * @throws IllegalArgumentException if two regions share a code, a parent is missing or at a wrong level
     */
    public static RegionCatalog of(Collection<Region> regions) {
        return new RegionCatalog(add(new TreeMap<>(), regions, null));
    }

    /**
     * This catalog plus editor-declared regions (for instance 新疆生产建设兵团 660000 and its divisions). Extra regions
     * may lie under existing ones and under each other. This catalog is unchanged.
     *
     * @throws IllegalArgumentException if an extra region's code is already taken, here or by another extra region,
     *                                  or a parent is missing or at a wrong level
     */
    public RegionCatalog withExtra(Collection<Region> extra) {
        return new RegionCatalog(add(new TreeMap<>(byCode), extra, this));
    }

    private static TreeMap<String, Region> add(TreeMap<String, Region> into, Collection<Region> regions,
                                               RegionCatalog existing) {
        for (Region r : regions) {
            Region old = into.putIfAbsent(r.code(), r);
            if (old != null) {
                String taken = existing != null && existing.byCode.get(old.code()) == old
                        ? existing.path(old) : old.name();
                throw new Conflict(Msg.of("regions.code-taken", r.code(), r.name(), taken));
            }
        }
        return into;
    }

    /**
     * The region with this code. Accepts 6 digits ({@code 150623}) and the short forms of provinces and prefectures
     * ({@code 15}, {@code 1506}), which are padded with zeros. Anything else gives an empty result.
     */
    public Optional<Region> byCode(String code) {
        String full = fullCode(code);
        return full == null ? Optional.empty() : Optional.ofNullable(byCode.get(full));
    }

    /** All regions, sorted by code. */
    public List<Region> all() {
        return all;
    }

    /**
     * The region's ancestors and the region: the province first, {@code r} last.
     *
     * @throws IllegalArgumentException if {@code r} is not in this catalog
     */
    public List<Region> chain(Region r) {
        if (!r.equals(byCode.get(r.code()))) {
            throw new IllegalArgumentException(describe(r) + " is not in this catalog");
        }
        Deque<Region> chain = new ArrayDeque<>();
        for (Region at = r; at != null; at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
            chain.addFirst(at);
        }
        return List.copyOf(chain);
    }

    /** The region's path of names, as editors write it: {@code 内蒙古自治区/鄂尔多斯市/鄂托克前旗}. */
    public String path(Region r) {
        return chain(r).stream().map(Region::name).collect(Collectors.joining("/"));
    }

    /** The direct children of the region with this code (short forms accepted), sorted by code; empty if none. */
    public List<Region> children(String code) {
        String full = fullCode(code);
        return full == null ? List.of() : children.getOrDefault(full, List.of());
    }

    /** The number of regions. */
    public int size() {
        return byCode.size();
    }

    /**
     * Finds the region an editor means.
     *
     * <p>{@code text} is either a code of 2, 4 or 6 digits, which must exist, or a path of names separated by
     * {@code /} (or full-width {@code ／}), spaces around names ignored. The last name is the region's; the names
     * before it must be names of its ancestors, in order, though levels may be skipped: {@code 鄂托克前旗},
     * {@code 鄂尔多斯市/鄂托克前旗}, {@code 内蒙古自治区/鄂托克前旗} and {@code 内蒙古自治区/鄂尔多斯市/鄂托克前旗} all
     * name 150623. Names must match exactly; close names are only suggested, never taken.
     *
     * @return {@link RegionResolution.Found} for exactly one match, {@link RegionResolution.Ambiguous} for several,
     * {@link RegionResolution.NotFound} for none
     */
    public RegionResolution resolve(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new RegionResolution.NotFound(Msg.of("no-region"));
        }
        if (t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return resolveCode(t);
        }
        List<String> names = new ArrayList<>();
        for (String part : t.split("[/／]", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                return new RegionResolution.NotFound(Msg.of("region-path-empty-name", t));
            }
            names.add(name);
        }
        String shown = String.join("/", names);
        String name = names.get(names.size() - 1);
        List<String> ancestors = names.subList(0, names.size() - 1);
        List<Region> named = byName.getOrDefault(name, List.of());
        List<Region> matches = named.stream().filter(r -> hasAncestors(r, ancestors)).toList();
        if (matches.size() == 1) {
            return new RegionResolution.Found(matches.get(0));
        }
        if (matches.size() > 1) {
            return new RegionResolution.Ambiguous(Msg.of("ambiguous-region", shown, list(matches, matches.size())), matches);
        }
        if (!named.isEmpty()) {
            return new RegionResolution.NotFound(Msg.of("unknown-region.path", shown, name, list(named, MAX_SUGGESTIONS)));
        }
        String prefix = name.codePoints().limit(2)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        List<Region> similar = all.stream()
                .filter(r -> r.name().startsWith(prefix))
                .sorted(Comparator.comparing((Region r) -> !hasAncestors(r, ancestors)).thenComparing(Region::code))
                .toList();
        return new RegionResolution.NotFound(similar.isEmpty()
                ? Msg.of("unknown-region.name", name)
                : Msg.of("unknown-region.similar", name, list(similar, MAX_SUGGESTIONS)));
    }

    private RegionResolution resolveCode(String code) {
        String full = fullCode(code);
        if (full == null) {
            return new RegionResolution.NotFound(Msg.of("bad-region-code.digits", code));
        }
        Region r = byCode.get(full);
        if (r != null) {
            return new RegionResolution.Found(r);
        }
        // the nearest enclosing region that exists: 150699 -> 150600 -> 150000
        for (String up : List.of(full.substring(0, 4) + "00", full.substring(0, 2) + "0000")) {
            Region near = byCode.get(up);
            if (near != null) {
                return new RegionResolution.NotFound(Msg.of("unknown-region.near", code, path(near), near.code()));
            }
        }
        return new RegionResolution.NotFound(Msg.of("unknown-region", code));
    }

    /** Whether the names occur, in this order, among the names of r's ancestors. */
    private boolean hasAncestors(Region r, List<String> names) {
        if (names.isEmpty()) {
            return true;
        }
        List<Region> chain = chain(r);
        int next = 0;
        for (Region a : chain.subList(0, chain.size() - 1)) {
            if (next < names.size() && a.name().equals(names.get(next))) {
                next++;
            }
        }
        return next == names.size();
    }

    /** "北京市/朝阳区 (110105), 吉林省/长春市/朝阳区 (220104)", at most {@code max} of them, then "and N more". */
    private Object list(List<Region> regions, int max) {
        String shown = regions.stream().limit(max).map(r -> path(r) + " (" + r.code() + ")")
                .collect(Collectors.joining(", "));
        return regions.size() > max ? Msg.of("list.more", shown, regions.size() - max) : shown;
    }

    /** "150623" for "150623", "150000" for "15", "150600" for "1506"; null for anything else. */
    private static String fullCode(String code) {
        if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return switch (code.length()) {
            case 2 -> code + "0000";
            case 4 -> code + "00";
            case 6 -> code;
            default -> null;
        };
    }

    /**
     * Regions that do not fit together: a code taken twice, a parent missing or at a wrong level. Says so in a
     * sentence of the findings' bundle ({@code regions.*}); its message is the English one.
     */
    public static final class Conflict extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient Msg msg;

        Conflict(Msg msg) {
            super(msg.text(Locale.ENGLISH));
            this.msg = msg;
        }

        public Msg msg() {
            return msg;
        }
    }

    private static String describe(Region r) {
        return r.name() + " (" + r.code() + ")";
    }

    private static String label(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<Region>> copy(Map<String, List<Region>> lists) {
        Map<String, List<Region>> copy = new HashMap<>();
        lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    private static RegionCatalog load() {
        try (InputStream in = RegionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource yearbook/region/" + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read yearbook/region/" + RESOURCE, e);
        }
    }

    /** Reads the {@code regions.tsv} format (see the README beside it). */
    static RegionCatalog read(BufferedReader in) throws IOException {
        String header = in.readLine();
        if (!HEADER.equals(header)) {
            throw new IllegalStateException(RESOURCE + ": expected the header \"" + HEADER + "\"");
        }
        List<Region> regions = new ArrayList<>();
        int lineNo = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String[] f = line.split("\t", -1);
            try {
                if (f.length != 4) {
                    throw new IllegalArgumentException("expected 4 tab-separated columns");
                }
                Level level = switch (f[2]) {
                    case "province" -> Level.PROVINCE;
                    case "prefecture" -> Level.PREFECTURE;
                    case "county" -> Level.COUNTY;
                    default -> throw new IllegalArgumentException("unknown level \"" + f[2] + "\"");
                };
                regions.add(new Region(f[0], f[1], level, f[3].isEmpty() ? null : f[3]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        try {
            return of(regions);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
