package yearbook.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import yearbook.config.Project;
import yearbook.config.Settings;
import yearbook.content.Article;
import yearbook.content.ContentLoader.Content;
import yearbook.diag.Diagnostics;
import yearbook.markdown.Link;
import yearbook.markdown.MarkdownRenderer;
import yearbook.markdown.RenderedMarkdown;
import yearbook.region.Region;
import yearbook.region.RegionCatalog;
import yearbook.text.ChineseOrder;
import yearbook.theme.Theme;

/**
 * Builds the {@link SiteModel} from loaded content, in fixed phases: choose the published articles, give
 * every page its address (checking that no two pages want the same one), render the markdown bodies in
 * parallel (links between articles need every address), then group pages into regions, themes and volumes.
 */
public final class SiteBuilder {
    private static final int SUMMARY_LENGTH = 120;

    private final Project project;
    private final MarkdownRenderer markdown;

    public SiteBuilder(Project project, MarkdownRenderer markdown) {
        this.project = project;
        this.markdown = markdown;
    }

    public SiteModel build(Content content, Diagnostics diagnostics) {
        Settings settings = project.settings();
        Urls urls = new Urls(settings.basePath());
        List<Article> published = content.articles().stream()
                .filter(a -> settings.drafts() || !a.draft())
                .sorted(siteOrder())
                .toList();

        Map<String, String> urlByPath = assignUrls(published, urls, diagnostics);
        Set<String> assets = new HashSet<>(content.assets());
        RegionCatalog regions = project.regions();

        List<Page> pages = published.parallelStream()
                .filter(a -> urlByPath.containsKey(a.path()))
                .map(a -> toPage(a, urlByPath, assets, urls, regions, diagnostics))
                .toList();

        Map<String, RegionNode> byCode = new HashMap<>();
        List<RegionNode> roots = regionTree(pages, regions, urls, byCode);
        return new SiteModel(settings, pages, volumes(pages, settings, urls), roots, byCode,
                themes(pages, urls), content.assets(), neighbours(byCode));
    }

    /** Region code, then covered year, weight, title in pinyin order, and file path: a total, stable order. */
    static Comparator<Article> siteOrder() {
        return Comparator.comparing((Article a) -> a.region().code())
                .thenComparingInt(Article::year)
                .thenComparingInt(Article::weight)
                .thenComparing(Article::title, ChineseOrder.PINYIN)
                .thenComparing(Article::path);
    }

    private Map<String, String> assignUrls(List<Article> articles, Urls urls, Diagnostics diagnostics) {
        Map<String, Article> byUrl = new LinkedHashMap<>();
        Map<String, String> urlByPath = new HashMap<>();
        for (Article a : articles) {
            String url = urls.article(a);
            Article other = byUrl.putIfAbsent(url, a);
            if (other != null) {
                String hint = a.slug() == null ? "; give one of them its own 'slug:'" : "; change one of the slugs";
                diagnostics.error(a.file(), 1, "this article would be published at " + url + ", the address of "
                        + other.path() + hint);
                diagnostics.error(other.file(), 1, "this article would be published at " + url + ", the address of "
                        + a.path() + hint);
                urlByPath.remove(other.path());
                continue;
            }
            urlByPath.put(a.path(), url);
        }
        return urlByPath;
    }

    private Page toPage(Article a, Map<String, String> urlByPath, Set<String> assets, Urls urls,
                        RegionCatalog regions, Diagnostics diagnostics) {
        LinkTargets targets = new LinkTargets(a.path(), urlByPath, assets, urls);
        RenderedMarkdown rendered = markdown.render(a.body(), targets::resolve);
        for (Link link : rendered.links()) {
            String problem = targets.problem(link.destination());
            if (problem != null) {
                diagnostics.warning(a.file(), a.bodyLine() + link.line() - 1, problem);
            }
        }
        return new Page(a, urlByPath.get(a.path()), regions.chain(a.region()), rendered.html(), rendered.headings(),
                summary(rendered.html()));
    }

    private static final Pattern HEADING = Pattern.compile("(?s)<h[1-6][^>]*>.*?</h[1-6]>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>|<[^>]*$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** The first words of a rendered body as plain text: headings left out, no space between Chinese paragraphs. */
    static String summary(String html) {
        String head = html.length() > 8 * SUMMARY_LENGTH ? html.substring(0, 8 * SUMMARY_LENGTH) : html;
        String text = TAG.matcher(HEADING.matcher(head).replaceAll(" ")).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        text = dropSpacesBetweenWide(SPACE.matcher(text).replaceAll(" ")).strip();
        if (text.codePointCount(0, text.length()) <= SUMMARY_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }

    /** Removes a space standing between two Chinese characters or punctuation marks (a paragraph seam). */
    private static String dropSpacesBetweenWide(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < text.length() && wide(text.charAt(i - 1)) && wide(text.charAt(i + 1))) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean wide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF
                || c == '“' || c == '”' || c == '‘' || c == '’' || Character.isSurrogate(c);
    }

    private static List<RegionNode> regionTree(List<Page> pages, RegionCatalog regions, Urls urls,
                                               Map<String, RegionNode> byCode) {
        Map<String, List<Page>> own = new HashMap<>();
        Map<String, List<Page>> all = new HashMap<>();
        Map<String, Set<String>> childCodes = new TreeMap<>();
        Set<String> roots = new java.util.TreeSet<>();
        for (Page p : pages) {
            own.computeIfAbsent(p.region().code(), k -> new ArrayList<>()).add(p);
            List<Region> chain = p.chain();
            for (int i = 0; i < chain.size(); i++) {
                Region r = chain.get(i);
                all.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(p);
                childCodes.computeIfAbsent(r.code(), k -> new java.util.TreeSet<>());
                if (i == 0) {
                    roots.add(r.code());
                } else {
                    childCodes.get(chain.get(i - 1).code()).add(r.code());
                }
            }
        }
        List<RegionNode> out = new ArrayList<>();
        for (String code : roots) {
            out.add(node(code, regions, urls, own, all, childCodes, byCode));
        }
        return out;
    }

    private static RegionNode node(String code, RegionCatalog regions, Urls urls, Map<String, List<Page>> own,
                                   Map<String, List<Page>> all, Map<String, Set<String>> childCodes,
                                   Map<String, RegionNode> byCode) {
        Region region = regions.byCode(code).orElseThrow();
        List<RegionNode> children = new ArrayList<>();
        for (String child : childCodes.get(code)) {
            children.add(node(child, regions, urls, own, all, childCodes, byCode));
        }
        RegionNode node = new RegionNode(region, urls.region(region), children, own.getOrDefault(code, List.of()),
                all.get(code));
        byCode.put(code, node);
        return node;
    }

    private List<ThemeNode> themes(List<Page> pages, Urls urls) {
        Map<String, List<Page>> byTheme = new HashMap<>();
        for (Page p : pages) {
            for (Theme t : p.article().themes()) {
                byTheme.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(p);
            }
        }
        List<ThemeNode> out = new ArrayList<>();
        for (Theme t : project.themes().all()) {
            out.add(new ThemeNode(t, urls.theme(t), byTheme.getOrDefault(t.id(), List.of())));
        }
        return out;
    }

    private static List<Volume> volumes(List<Page> pages, Settings settings, Urls urls) {
        Map<Integer, List<Page>> byVolume = pages.stream().collect(
                Collectors.groupingBy(p -> p.article().volume(), TreeMap::new, Collectors.toList()));
        List<Volume> out = new ArrayList<>();
        byVolume.forEach((n, list) -> out.add(new Volume(n, settings.volumeName(n), urls.volume(n), list)));
        return out;
    }

    private static Map<String, SiteModel.Neighbours> neighbours(Map<String, RegionNode> byCode) {
        Map<String, SiteModel.Neighbours> out = new HashMap<>();
        for (RegionNode node : byCode.values()) {
            List<Page> own = node.own();
            for (int i = 0; i < own.size(); i++) {
                out.put(own.get(i).url(), new SiteModel.Neighbours(i > 0 ? own.get(i - 1) : null,
                        i + 1 < own.size() ? own.get(i + 1) : null));
            }
        }
        return out;
    }
}
