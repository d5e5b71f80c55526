package yearbook.importer.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import yearbook.importer.repair.Chars;
import yearbook.theme.Theme;
import yearbook.theme.ThemeVocabulary;

/**
 * Themes by their signal phrases, as the vocabulary's rule says: a theme counts when one of its phrases appears
 * at least twice, or a section heading carries one. One mention of a phrase, or only generic words, is not enough.
 */
public final class Themes {
    private Themes() {
    }

    public record Hit(Theme theme, String phrase, int count, boolean inHeading) {
        public String evidence() {
            return inHeading ? "小标题含“" + phrase + "”" : "“" + phrase + "”出现" + count + "次";
        }
    }

    /** The themes that count, the strongest first. */
    public static List<Hit> find(ThemeVocabulary vocabulary, List<String> headings, String text) {
        List<Hit> hits = new ArrayList<>();
        for (Theme t : vocabulary.all()) {
            Hit best = null;
            for (String phrase : t.signals()) {
                int n = Chars.count(text, phrase);
                boolean heading = headings.stream().anyMatch(h -> h.contains(phrase));
                if (n >= 2 || heading) {
                    Hit h = new Hit(t, phrase, n, heading && n < 2);
                    if (best == null || h.count() > best.count()) {
                        best = h;
                    }
                }
            }
            if (best != null) {
                hits.add(best);
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> -h.count()).thenComparingInt(h -> vocabulary.indexOf(h.theme())));
        return hits;
    }
}
