package yearbook.pipeline;

import yearbook.diag.Msg;

/** Where a long build reports what it is doing; the CLI shows it on a terminal and stays quiet otherwise. */
@FunctionalInterface
public interface Progress {
    Progress NONE = message -> { };

    /** A phase begins; the message (from the findings' bundle, {@code progress.*}) says which. */
    void step(Msg message);

    /**
     * Within the phase {@code step} began: {@code done} of {@code total} things (articles read, pages written,
     * articles laid out in the PDFs) are done. Called from any thread, as often as things get done; the receiver decides what to show.
     */
    default void count(long done, long total) {
    }
}
