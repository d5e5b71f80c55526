package yearbook.theme;

import java.util.List;

/**
 * A subject of the controlled vocabulary (主题). {@code id} is ASCII and stable (it makes the theme's URL);
 * {@code signals} are the phrases the importer looks for.
 */
public record Theme(String id, String name, String description, List<String> signals) {
    public Theme {
        signals = List.copyOf(signals);
    }
}
