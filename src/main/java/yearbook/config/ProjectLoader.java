package yearbook.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import yearbook.diag.Msg;
import yearbook.diag.Diagnostics;
import yearbook.region.Level;
import yearbook.region.Region;
import yearbook.region.RegionCatalog;
import yearbook.text.TextFiles;
import yearbook.theme.Theme;
import yearbook.theme.ThemeVocabulary;
import yearbook.yaml.YamlMap;

/**
 * Reads the yearbook's data files from the content folder: {@code yearbook.yaml} (settings, required),
 * {@code themes.yaml} (the theme vocabulary) and {@code regions.yaml} (regions the editors declare in
 * addition to the national division list, such as 新疆生产建设兵团). Problems go to the diagnostics.
 */
public final class ProjectLoader {
    public static final String SETTINGS_FILE = "yearbook.yaml";
    public static final String THEMES_FILE = "themes.yaml";
    public static final String REGIONS_FILE = "regions.yaml";
    /**
     * The print yearbook's 编辑说明 (editorial notes) as the editors write them: Markdown without front matter, at
     * the top of the content folder; not an article. When it is absent the book prints notes made from the settings.
     */
    public static final String PREFACE_FILE = "preface.md";

    private static final Set<String> SETTINGS_FIELDS = Set.of("title", "subtitle", "publisher", "description",
            "baseUrl", "language", "volume", "copyright", "feed", "drafts", "gitInfo", "rawHtml", "categories", "pdf",
            "colophon", "board", "staff", "site");
    private static final Pattern THEME_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private ProjectLoader() {
    }

    public static Project load(Path contentDir, Diagnostics diagnostics) {
        Settings settings = loadSettings(contentDir.resolve(SETTINGS_FILE), diagnostics);
        ThemeVocabulary themes = loadThemes(contentDir.resolve(THEMES_FILE), diagnostics);
        RegionCatalog regions = loadRegions(contentDir.resolve(REGIONS_FILE), diagnostics);
        return new Project(settings, themes, regions);
    }

    static Settings loadSettings(Path file, Diagnostics diagnostics) {
        Settings fallback = Settings.defaults();
        if (!Files.isRegularFile(file)) {
            diagnostics.error(file, 0, Msg.of("settings-missing", SETTINGS_FILE));
            return fallback;
        }
        Optional<String> text = TextFiles.read(file, diagnostics);
        if (text.isEmpty()) {
            return fallback;
        }
        Optional<YamlMap> parsed = YamlMap.parse(file, text.get(), 0, diagnostics);
        if (parsed.isEmpty()) {
            return fallback;
        }
        YamlMap y = parsed.get();
        y.rejectUnknown(SETTINGS_FIELDS);
        String title = y.string("title", true).orElse(fallback.title());
        String baseUrl = y.string("baseUrl", false).orElse(fallback.baseUrl());
        if (!(baseUrl.startsWith("/") || baseUrl.startsWith("https://") || baseUrl.startsWith("http://"))) {
            diagnostics.error(file, y.line("baseUrl"), Msg.of("bad-base-url", baseUrl));
            baseUrl = fallback.baseUrl();
        }
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        int offset = fallback.volumeOffset();
        String volumeTitle = fallback.volumeTitle();
        List<VolumePart> volumeParts = fallback.volumeParts();
        Optional<YamlMap> volume = y.map("volume");
        if (volume.isPresent()) {
            volume.get().rejectUnknown(Set.of("offset", "title", "parts"));
            offset = volume.get().integer("offset", false, -5, 5).orElse(offset);
            volumeTitle = volume.get().string("title", false).orElse(volumeTitle);
            if (volume.get().has("parts")) {
                volumeParts = volumeParts(volume.get());
            }
        }
        int feedLimit = fallback.feedLimit();
        Optional<YamlMap> feed = y.map("feed");
        if (feed.isPresent()) {
            feed.get().rejectUnknown(Set.of("limit"));
            feedLimit = feed.get().integer("limit", false, 1, 10_000).orElse(feedLimit);
        }
        int pageSize = fallback.pageSize();
        int maxFiles = fallback.maxFiles();
        Optional<YamlMap> siteMap = y.map("site");
        if (siteMap.isPresent()) {
            siteMap.get().rejectUnknown(Set.of("pageSize", "maxFiles"));
            pageSize = siteMap.get().integer("pageSize", false, 1, 100_000).orElse(pageSize);
            maxFiles = siteMap.get().integer("maxFiles", false, 0, Integer.MAX_VALUE).orElse(maxFiles);
        }
        return new Settings(title, y.string("subtitle", false).orElse(fallback.subtitle()),
                y.string("publisher", false).orElse(fallback.publisher()),
                y.string("description", false).orElse(fallback.description()), baseUrl,
                y.string("language", false).orElse(fallback.language()), offset, volumeTitle,
                y.string("copyright", false).orElse(fallback.copyright()), feedLimit, y.bool("drafts", fallback.drafts()),
                y.bool("gitInfo", fallback.gitInfo()), rawHtml(y, fallback.rawHtml()),
                y.has("categories") ? y.strings("categories") : fallback.categories(),
                y.map("pdf").map(PrintSettingsReader::read).orElse(fallback.print()), ImprintReader.colophon(y),
                ImprintReader.credits(y, "board"), ImprintReader.credits(y, "staff"), pageSize, maxFiles, volumeParts);
    }

    /** {@code volume.parts}: the parts of a volume's body in their order, each named once. */
    private static List<VolumePart> volumeParts(YamlMap volume) {
        List<String> wanted = volume.strings("parts");
        List<VolumePart> parts = new java.util.ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Optional<VolumePart> part = VolumePart.of(wanted.get(i));
            if (part.isEmpty()) {
                volume.diagnostics().error(volume.file(), volume.itemLine("parts", i),
                        Msg.of("bad-volume-part", wanted.get(i), String.join(", ", VolumePart.ids())));
            } else if (parts.contains(part.get())) {
                volume.diagnostics().error(volume.file(), volume.itemLine("parts", i), Msg.of("volume-part-twice", wanted.get(i)));
            } else {
                parts.add(part.get());
            }
        }
        return parts;
    }

    private static RawHtml rawHtml(YamlMap y, RawHtml fallback) {
        String v = y.string("rawHtml", false).orElse(fallback.setting());
        for (RawHtml r : RawHtml.values()) {
            if (r.setting().equals(v)) {
                return r;
            }
        }
        y.diagnostics().error(y.file(), y.line("rawHtml"), Msg.of("bad-raw-html", v));
        return fallback;
    }

    static ThemeVocabulary loadThemes(Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return ThemeVocabulary.empty();
        }
        Optional<YamlMap> parsed = TextFiles.read(file, diagnostics).flatMap(t -> YamlMap.parse(file, t, 0, diagnostics));
        if (parsed.isEmpty()) {
            return ThemeVocabulary.empty();
        }
        parsed.get().rejectUnknown(Set.of("themes"));
        List<Theme> themes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap t : parsed.get().maps("themes")) {
            t.rejectUnknown(Set.of("id", "name", "description", "signals"));
            Optional<String> id = t.string("id", true);
            Optional<String> name = t.string("name", true);
            if (id.isEmpty() || name.isEmpty()) {
                continue;
            }
            if (!THEME_ID.matcher(id.get()).matches()) {
                diagnostics.error(file, t.line("id"), Msg.of("bad-theme-id", id.get()));
                continue;
            }
            if (!seen.add(id.get()) || !seen.add(name.get())) {
                diagnostics.error(file, t.line(), Msg.of("duplicate-theme", id.get(), name.get()));
                continue;
            }
            themes.add(new Theme(id.get(), name.get(), t.string("description", false).orElse(null), t.strings("signals")));
        }
        return new ThemeVocabulary(themes);
    }

    static RegionCatalog loadRegions(Path file, Diagnostics diagnostics) {
        RegionCatalog standard = RegionCatalog.standard();
        if (!Files.isRegularFile(file)) {
            return standard;
        }
        Optional<YamlMap> parsed = TextFiles.read(file, diagnostics).flatMap(t -> YamlMap.parse(file, t, 0, diagnostics));
        if (parsed.isEmpty()) {
            return standard;
        }
        parsed.get().rejectUnknown(Set.of("regions"));
        List<Region> extra = new ArrayList<>();
        for (YamlMap r : parsed.get().maps("regions")) {
            r.rejectUnknown(Set.of("code", "name", "level", "parent"));
            Optional<String> code = r.string("code", true);
            Optional<String> name = r.string("name", true);
            Optional<String> level = r.string("level", true);
            Optional<String> parent = r.string("parent", false);
            if (code.isEmpty() || name.isEmpty() || level.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(code.get()).matches()) {
                diagnostics.error(file, r.line("code"), Msg.of("bad-region-code", code.get()));
                continue;
            }
            Level lv;
            try {
                lv = Level.valueOf(level.get().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                diagnostics.error(file, r.line("level"), Msg.of("bad-region-level", level.get()));
                continue;
            }
            if (lv != Level.PROVINCE && parent.isEmpty()) {
                diagnostics.error(file, r.line(), Msg.of("region-needs-parent", name.get()));
                continue;
            }
            extra.add(new Region(code.get(), name.get(), lv, parent.orElse(null)));
        }
        try {
            return standard.withExtra(extra);
        } catch (IllegalArgumentException e) {
            diagnostics.error(file, 0, Msg.of("bad-regions", e instanceof RegionCatalog.Conflict c ? c.msg() : e.getMessage()));
            return standard;
        }
    }
}
