package yearbook.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real git repositories for tests: {@code init} a folder, commit with a given author and date. Where git is
 * not installed the calling test is skipped, except in CI (the variable {@code CI} set, see
 * {@link Chromium#inCi()}), where that is a failure: a history test that silently never ran would prove nothing.
 *
 * <pre>{@code
 * Git repo = Git.init(root);                                 // skips or fails here when there is no git
 * repo.commitAll("张三", "2020-01-02T10:00:00+08:00", "first");
 * }</pre>
 */
public final class Git {
    private final Path dir;

    private Git(Path dir) {
        this.dir = dir;
    }

    /** True when a {@code git} program runs here. */
    public static boolean installed() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Skips the calling test when git is missing, or fails it in CI. */
    public static void require() {
        if (installed()) {
            return;
        }
        String why = "git is not installed (no 'git' on the PATH), so the last-change tests cannot run";
        if (Chromium.inCi()) {
            fail(why + "; CI must have git");
        }
        assumeTrue(false, why);
    }

    /** Makes {@code dir} a repository with no commits (branch main), whose own settings name a committer. */
    public static Git init(Path dir) {
        require();
        Git git = new Git(dir);
        git.run(Map.of(), "init", "-q", "-b", "main");
        git.run(Map.of(), "config", "user.name", "测试");
        git.run(Map.of(), "config", "user.email", "test@example.org");
        git.run(Map.of(), "config", "commit.gpgSign", "false");
        return git;
    }

    /** Commits every change in the work tree, authored and committed by {@code author} at {@code isoDate}. */
    public void commitAll(String author, String isoDate, String message) {
        run(Map.of(), "add", "-A");
        run(Map.of("GIT_AUTHOR_NAME", author, "GIT_AUTHOR_EMAIL", "author@example.org",
                "GIT_AUTHOR_DATE", isoDate, "GIT_COMMITTER_DATE", isoDate), "commit", "-q", "-m", message);
    }

    /** Runs git in the repository and returns what it printed; fails the test when git fails. */
    public String run(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), () -> String.join(" ", command) + " failed:\n" + out);
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
