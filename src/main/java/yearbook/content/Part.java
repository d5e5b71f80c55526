package yearbook.content;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an article stands in its volume: with its region (the regional sections, 各地工会), first in the volume
 * (特载), or at its end (附录: documents and lists). Front matter {@code part: special} or {@code part: appendix}
 * (or the Chinese names); every article without it is regional.
 */
public enum Part {
    REGIONAL("regional", "各地工会"),
    SPECIAL("special", "特载"),
    APPENDIX("appendix", "附录");

    private final String id;
    private final String title;

    Part(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The value written in front matter. */
    public String id() {
        return id;
    }

    /** The heading of the part in the volume: 特载, 附录. */
    public String title() {
        return title;
    }

    /** The part an editor named by its id or its Chinese heading (附录 and 专文 as well as 特载). */
    public static Optional<Part> named(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Part p : values()) {
            if (p.id.equals(t) || p.title.equals(t)) {
                return Optional.of(p);
            }
        }
        return t.equals("专文") ? Optional.of(SPECIAL) : Optional.empty();
    }
}
