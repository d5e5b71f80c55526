package yearbook.config;

import java.util.Locale;
import java.util.Optional;

/** A page size in millimetres. */
public record Paper(int width, int height) {
    /** The sizes known by name. */
    public enum Named {
        A4("A4", 210, 297), A5("A5", 148, 210), B5("B5", 176, 250), K16("16K", 185, 260), BIG_K16("大16K", 210, 285);

        private final String label;
        private final Paper paper;

        Named(String label, int width, int height) {
            this.label = label;
            this.paper = new Paper(width, height);
        }

        public String label() {
            return label;
        }

        public Paper paper() {
            return paper;
        }
    }

    public static final Paper A4 = Named.A4.paper();

    /** The size of a name such as "a4" or "大16k" (letters in either case). */
    public static Optional<Paper> named(String name) {
        String wanted = name.toUpperCase(Locale.ROOT);
        for (Named n : Named.values()) {
            if (n.label.equals(wanted)) {
                return Optional.of(n.paper);
            }
        }
        return Optional.empty();
    }
}
