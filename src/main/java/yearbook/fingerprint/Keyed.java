package yearbook.fingerprint;

import java.util.function.Supplier;

/**
 * How to make one file, which also knows the {@link Fingerprint} of what the file is made from: a build that finds
 * the same fingerprint recorded for the file it made last time keeps that file instead of making it again.
 */
public interface Keyed extends Supplier<byte[]> {
    /** The fingerprint of everything the file is made from, or null when it has none (then it is always made). */
    String key();

    /**
     * A fingerprint of what the file is made from that is cheaper to take than {@link #key} and changes more often:
     * taken from the whole site's model rather than from what the file shows of it. When it is the one recorded
     * for the previous file, so is the key, and the file is kept without {@link #key} being asked. Null when there
     * is none (the default): then the key is always taken.
     */
    default String inputs() {
        return null;
    }

    /** Told that the previous file was kept, so {@link #get} will not be asked: what {@link #key} made may go. */
    default void kept() {
    }
}
