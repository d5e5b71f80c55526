package yearbook.config;

import java.util.Locale;
import java.util.Optional;

/** A page size in millimetres. */
public record Paper(int width, int height) {
    /**
     * The sizes known by name, each with the number of pages (开数) its full printing sheet is cut into: A4 is 1/16
     * of A0 (841 × 1189 mm), A5 1/32 of it, B5 1/16 of B0 (1000 × 1414 mm), 16K 1/16 of 787 × 1092 mm and 大16K
     * 1/16 of 889 × 1194 mm.
     */
    public enum Named {
        A4("A4", 210, 297, 16), A5("A5", 148, 210, 32), B5("B5", 176, 250, 16), K16("16K", 185, 260, 16),
        BIG_K16("大16K", 210, 285, 16);

        private final String label;
        private final Paper paper;
        private final int fraction;

        Named(String label, int width, int height, int fraction) {
            this.label = label;
            this.paper = new Paper(width, height);
            this.fraction = fraction;
        }

        public String label() {
            return label;
        }

        public Paper paper() {
            return paper;
        }
    }

    public static final Paper A4 = Named.A4.paper();

    /**
     * How many pages of this size its standard full sheet is cut into (16 for 1/16), for the sizes known by name;
     * empty for any other size, whose sheet is the printer's choice.
     */
    public Optional<Integer> fraction() {
        for (Named n : Named.values()) {
            if (n.paper.equals(this)) {
                return Optional.of(n.fraction);
            }
        }
        return Optional.empty();
    }

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
