package yearbook.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import yearbook.diag.Diagnostics;
import yearbook.pipeline.Pipeline;
import yearbook.pipeline.Progress;
import yearbook.site.SiteModel;

/** The site model of a content folder, as the build's pipeline makes it, for tests of the model and the views. */
public final class TestSites {
    private TestSites() {
    }

    /** Loads the content folder and builds its model; fails the test on any content error. */
    public static SiteModel model(Path content) {
        Diagnostics d = new Diagnostics();
        SiteModel site = Pipeline.once("t").run(new Pipeline.Request(content, TestFiles.templates(), false, false, false,
                false, null), d, Progress.NONE).site();
        assertFalse(d.hasErrors(), d.all().toString());
        return site;
    }

    /**
     * An article file for {@link TestFiles#write}: {@code content/<slug>.md}, titled and addressed by its slug, with
     * a region code, the covered year, themes (ids, comma-separated, may be empty) and a weight.
     */
    public static String article(String slug, String region, int year, String themes, int weight) {
        return "-- content/" + slug + ".md --\n---\ntitle: " + slug + "\norganization: o\nregion: " + region
                + "\nyear: " + year + "\nthemes: [" + themes + "]\nslug: " + slug + "\nweight: " + weight
                + "\n---\n正文。\n";
    }

    public static String article(String slug, String region, int year, String themes) {
        return article(slug, region, year, themes, 0);
    }

    /** Everything of an article the index covers, as the index reads it. */
    public static String searchable(yearbook.site.Page p) {
        var a = p.article();
        StringBuilder sb = new StringBuilder(a.title());
        for (String s : new String[] {a.subtitle(), a.kicker(), a.organization(), a.source() == null ? null : a.source().name()}) {
            if (s != null) {
                sb.append('\n').append(s);
            }
        }
        p.chain().forEach(r -> sb.append('\n').append(r.name()));
        a.themes().forEach(t -> sb.append('\n').append(t.name()));
        a.authors().forEach(s -> sb.append('\n').append(s));
        return sb.append('\n').append(org.jsoup.Jsoup.parseBodyFragment(p.html()).text()).toString();
    }
}
