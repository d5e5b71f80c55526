package yearbook.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import yearbook.diag.Msg;
import yearbook.config.Project;
import yearbook.diag.Diagnostics;
import yearbook.region.Region;
import yearbook.region.RegionResolution;
import yearbook.text.TextFiles;
import yearbook.theme.Theme;
import yearbook.yaml.YamlMap;

/** Reads one article file into an {@link Article}, reporting every problem it finds. */
public final class ArticleReader {
    /** The front matter fields an article may have. */
    public static final Set<String> FIELDS = ArticleFields.ALL;
    private static final Set<String> SOURCE_FIELDS = ArticleFields.SOURCE_ALL;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A slug is a folder name in the site: well under the 255 bytes file systems allow for a name. */
    static final int MAX_SLUG = 100;

    private final Project project;

    public ArticleReader(Project project) {
        this.project = project;
    }

    /** Reads {@code file} ({@code path} is its name inside the content folder); empty when it has errors. */
    public Optional<Article> read(Path file, String path, Diagnostics diagnostics) {
        return TextFiles.read(file, diagnostics).flatMap(text -> parse(file, path, text, diagnostics));
    }

    /**
     * The markdown of an article file, split from its front matter as {@link #read} splits it: for an article a
     * build's cache gave without it ({@link Article#withoutBody}). A file that cannot be read now is reported.
     */
    public static Optional<String> body(Path file, Diagnostics diagnostics) {
        return TextFiles.read(file, diagnostics).flatMap(text -> FrontMatter.split(file, text, diagnostics))
                .map(FrontMatter::body);
    }

    public Optional<Article> parse(Path file, String path, String text, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        Optional<Article> article = FrontMatter.split(file, text, local)
                .flatMap(fm -> YamlMap.parse(file, fm.yaml(), fm.yamlLine(), local)
                        .map(y -> toArticle(file, path, y, fm, local)));
        local.all().forEach(diagnostics::add);
        return local.hasErrors() ? Optional.empty() : article;
    }

    private Article toArticle(Path file, String path, YamlMap y, FrontMatter fm, Diagnostics d) {
        y.rejectUnknown(FIELDS);
        String title = y.string(ArticleFields.TITLE, true).orElse(null);
        String organization = y.string(ArticleFields.ORGANIZATION, true).orElse(null);
        Region region = y.string(ArticleFields.REGION, true).map(r -> resolveRegion(file, y.line(ArticleFields.REGION), r, d)).orElse(null);
        int year = y.integer(ArticleFields.YEAR, true, 1900, 2200).orElse(0);
        LocalDate date = y.date(ArticleFields.DATE, false).orElse(null);
        int volume = y.integer(ArticleFields.VOLUME, false, 1900, 2200).orElse(project.settings().volumeFor(year));
        if (date != null && year > 0 && date.getYear() < year) {
            d.error(file, y.line(ArticleFields.DATE), Msg.of("date-before-year", date, year));
        }
        List<Theme> themes = new ArrayList<>();
        List<String> themeNames = y.strings(ArticleFields.THEMES);
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < themeNames.size(); i++) {
            String name = themeNames.get(i);
            Optional<Theme> theme = project.themes().find(name);
            if (theme.isEmpty()) {
                d.error(file, y.itemLine(ArticleFields.THEMES, i), knownThemes(name));
            } else if (seen.add(theme.get().id())) {
                themes.add(theme.get());
            }
        }
        String slug = y.string(ArticleFields.SLUG, false).orElse(null);
        if (slug != null && !SLUG.matcher(slug).matches()) {
            d.error(file, y.line(ArticleFields.SLUG), Msg.of("bad-slug", slug));
        } else if (slug != null && slug.length() > MAX_SLUG) {
            d.error(file, y.line(ArticleFields.SLUG), Msg.of("long-slug", MAX_SLUG, slug.length()));
        }
        Source source = readSource(y, d);
        List<String> aliases = new ArrayList<>();
        List<String> given = y.strings(ArticleFields.ALIASES);
        for (int i = 0; i < given.size(); i++) {
            String alias = alias(given.get(i));
            if (alias == null) {
                d.error(file, y.itemLine(ArticleFields.ALIASES, i), Msg.of("bad-alias", given.get(i)));
            } else {
                aliases.add(alias);
            }
        }
        Part part = y.string(ArticleFields.PART, false).map(text -> Part.named(text).orElseGet(() -> {
            d.error(file, y.line(ArticleFields.PART), Msg.of("bad-part", text));
            return Part.REGIONAL;
        })).orElse(Part.REGIONAL);
        return new Article(file, path, title, y.string(ArticleFields.SUBTITLE, false).orElse(null), y.string(ArticleFields.KICKER, false).orElse(null),
                organization, region, year, date, volume, themes, y.strings(ArticleFields.AUTHORS), source,
                y.string(ArticleFields.CATEGORY, false).orElse(null), slug, y.bool(ArticleFields.DRAFT, false),
                y.integer(ArticleFields.WEIGHT, false, -1_000_000, 1_000_000).orElse(0), fm.body(), fm.bodyLine(), aliases, part);
    }

    /** An alias as a site path ({@code 2019/old-name/}), or null when it is none: lower-case ASCII parts only. */
    static String alias(String text) {
        String t = text.strip();
        t = t.startsWith("/") ? t.substring(1) : t;
        t = t.endsWith("/") ? t : t + "/";
        return ALIAS.matcher(t).matches() ? t : null;
    }

    private static final java.util.regex.Pattern ALIAS = java.util.regex.Pattern.compile("([a-z0-9][a-z0-9._-]*/)+");

    private Msg knownThemes(String name) {
        List<Theme> all = project.themes().all();
        if (all.isEmpty()) {
            return Msg.of("unknown-theme.none", name);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(4, all.size()); i++) {
            sb.append(i > 0 ? ", " : "").append(all.get(i).id()).append(" / ").append(all.get(i).name());
        }
        return Msg.of("unknown-theme", name, sb);
    }

    private Region resolveRegion(Path file, int line, String text, Diagnostics d) {
        return region(project, file, line, text, d);
    }

    /**
     * The region an editor named in a field (by code, name or path), or null with an error at {@code line} when
     * there is none or several.
     */
    public static Region region(Project project, Path file, int line, String text, Diagnostics d) {
        RegionResolution r = project.regions().resolve(text);
        if (r instanceof RegionResolution.Found found) {
            return found.region();
        }
        if (r instanceof RegionResolution.Ambiguous ambiguous) {
            d.error(file, line, ambiguous.msg());
        } else if (r instanceof RegionResolution.NotFound notFound) {
            d.error(file, line, notFound.msg());
        }
        return null;
    }

    private Source readSource(YamlMap y, Diagnostics d) {
        if (!y.has(ArticleFields.SOURCE)) {
            return null;
        }
        if (!y.isMap(ArticleFields.SOURCE)) {
            return y.string(ArticleFields.SOURCE, false).map(name -> new Source(name, null, null, null)).orElse(null);
        }
        YamlMap s = y.map(ArticleFields.SOURCE).orElseThrow();
        s.rejectUnknown(SOURCE_FIELDS);
        String url = s.string(ArticleFields.SOURCE_URL, false).orElse(null);
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            d.error(y.file(), s.line(ArticleFields.SOURCE_URL), Msg.of("bad-source-url", url));
        }
        Source source = new Source(s.string(ArticleFields.SOURCE_NAME, false).orElse(null), url, s.string(ArticleFields.SOURCE_PAGE, false).orElse(null),
                s.date(ArticleFields.SOURCE_DATE, false).orElse(null));
        return source.isEmpty() ? null : source;
    }
}
