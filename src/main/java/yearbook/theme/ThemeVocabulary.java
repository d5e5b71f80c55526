package yearbook.theme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The themes of a yearbook, in the vocabulary's order; looked up by id or by Chinese name. */
public final class ThemeVocabulary {
    private final List<Theme> themes;
    private final Map<String, Theme> byKey = new LinkedHashMap<>();

    public ThemeVocabulary(List<Theme> themes) {
        this.themes = List.copyOf(themes);
        for (Theme t : this.themes) {
            byKey.put(t.id(), t);
            byKey.put(t.name(), t);
        }
    }

    public static ThemeVocabulary empty() {
        return new ThemeVocabulary(List.of());
    }

    public List<Theme> all() {
        return themes;
    }

    /** Finds a theme by its id ({@code model-workers}) or its name ({@code 劳模工匠}). */
    public Optional<Theme> find(String idOrName) {
        return Optional.ofNullable(byKey.get(idOrName.strip()));
    }

    /** Position in the vocabulary, for ordering themes as the vocabulary does. */
    public int indexOf(Theme t) {
        return themes.indexOf(t);
    }
}
