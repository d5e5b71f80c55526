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

    /** The import's progress on a terminal: the files to read, then how many are read; none without a terminal. */
    @Test
    void theImportShowsTheFilesRead() {
        assertEquals(yearbook.importer.ImportService.Progress.NONE, ImportCommand.progress(null));
        StringWriter zh = new StringWriter();
        TerminalProgress terminal = new TerminalProgress(new PrintWriter(zh), Messages.CHINESE);
        yearbook.importer.ImportService.Progress p = ImportCommand.progress(terminal);
        p.files(4);
        p.read(4, 4);
        assertEquals("\r\033[K正在导入 4 个文件，已读取 …\r\033[K正在导入 4 个文件，已读取 4/4 (100%)", zh.toString());

        StringWriter en = new StringWriter();
        p = ImportCommand.progress(new TerminalProgress(new PrintWriter(en), Messages.ENGLISH));
        p.files(1);
        p.read(1, 1);
        assertEquals("\r\033[Kimporting 1 file: files read …\r\033[Kimporting 1 file: files read 1/1 (100%)", en.toString());
    }

    /** The print phase's line, as the build shows it: the articles laid out in the PDFs, and the time left. */
    @Test
    void thePrintPhaseShowsTheArticlesLaidOut() {
        String phase = Msg.of("progress.pdf.articles", 3).text(Messages.ENGLISH);
        assertEquals("printing 3 PDFs: articles laid out 120/480 (25%) · about 6 s left",
                TerminalProgress.line(phase, 120, 480, 2 * SECOND, Messages.ENGLISH));
        String zh = Msg.of("progress.pdf.articles", 3).text(Messages.CHINESE);
        assertEquals("正在排印 3 个 PDF，已排版文章 120/480 (25%) · 约剩 6 秒",
                TerminalProgress.line(zh, 120, 480, 2 * SECOND, Messages.CHINESE));
    }
}
