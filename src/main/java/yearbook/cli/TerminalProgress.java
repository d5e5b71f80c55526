package yearbook.cli;

import java.io.PrintWriter;
import java.util.Locale;

import yearbook.diag.Messages;
import yearbook.diag.Msg;
import yearbook.pipeline.Progress;

/**
 * What a long command shows on a terminal: the phase it is in and, within it, how far it got, with an estimate
 * of the time left ({@code writing pages 1200/3500 (34%) · about 6 s left}), on one line that it rewrites; at most
 * ten times a second. CI logs get none of it (see {@link Cli#interactive()}).
 */
final class TerminalProgress implements Progress {
    private static final long EVERY = 100_000_000L;
    private static final long ESTIMATE_AFTER = 1_000_000_000L;
    private final PrintWriter err;
    private final Locale locale;
    private String phase = "";
    private long phaseStart;
    private long shown;

    TerminalProgress(PrintWriter err, Locale locale) {
        this.err = err;
        this.locale = locale;
    }

    @Override
    public synchronized void step(Msg message) {
        phase = message.text(locale);
        phaseStart = System.nanoTime();
        show(phase + " …");
    }

    @Override
    public synchronized void count(long done, long total) {
        long now = System.nanoTime();
        if (now - shown < EVERY && done < total) {
            return;
        }
        shown = now;
        show(line(phase, done, total, now - phaseStart, locale));
    }

    /** Clears the line, once the command is done. */
    synchronized void clear() {
        err.print("\r\033[K");
        err.flush();
    }

    private void show(String text) {
        err.print("\r\033[K" + text);
        err.flush();
    }

    /** The line for {@code done} of {@code total} after {@code elapsed} nanoseconds in the phase. */
    static String line(String phase, long done, long total, long elapsed, Locale locale) {
        StringBuilder sb = new StringBuilder(phase).append(' ').append(done).append('/').append(total);
        if (total > 0) {
            sb.append(" (").append(done * 100 / total).append("%)");
        }
        if (done > 0 && done < total && elapsed >= ESTIMATE_AFTER) {
            long left = (long) ((double) elapsed / done * (total - done) / 1e9);
            String time = left < 60 ? Messages.FINDINGS.text(locale, "progress.seconds", Math.max(1, left))
                    : Messages.FINDINGS.text(locale, "progress.minutes", (left + 30) / 60);
            sb.append(Messages.FINDINGS.text(locale, "progress.left", time));
        }
        return sb.toString();
    }
}
