package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import yearbook.diag.Messages;
import yearbook.diag.Msg;

class TerminalProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void theLineSaysHowFarAndHowLongStill() {
        assertEquals("writing pages 50/200 (25%) · about 3 s left",
                TerminalProgress.line("writing pages", 50, 200, 1 * SECOND, Messages.ENGLISH));
        assertEquals("正在写出网页 50/200 (25%) · 约剩 3 秒",
                TerminalProgress.line("正在写出网页", 50, 200, 1 * SECOND, Messages.CHINESE));
        assertEquals("reading articles 10/1000 (1%) · about 2 min left",
                TerminalProgress.line("reading articles", 10, 1000, 1 * SECOND, Messages.ENGLISH));
        assertEquals("reading articles 10/1000 (1%)", TerminalProgress.line("reading articles", 10, 1000, SECOND / 2,
                Messages.ENGLISH), "no estimate in the first second");
        assertEquals("writing pages 200/200 (100%)", TerminalProgress.line("writing pages", 200, 200, 9 * SECOND,
                Messages.ENGLISH));
    }

    @Test
    void theLineIsRewrittenInPlace() {
        StringWriter out = new StringWriter();
        TerminalProgress p = new TerminalProgress(new PrintWriter(out), Messages.CHINESE);
        p.step(Msg.of("progress.pages"));
        p.count(3, 3);
        p.clear();
        assertEquals("\r\033[K正在写出网页 …\r\033[K正在写出网页 3/3 (100%)\r\033[K", out.toString());
    }
}
