package yearbook.pipeline;

/** Where a long build reports what it is doing; the CLI shows it on a terminal and stays quiet otherwise. */
@FunctionalInterface
public interface Progress {
    Progress NONE = message -> { };

    void step(String message);
}
