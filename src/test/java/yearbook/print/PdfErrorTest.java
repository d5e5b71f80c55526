package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import yearbook.diag.Diagnostic;
import yearbook.diag.Messages;
import yearbook.diag.Msg;

/** A PDF that cannot be made is said in either language, under the one code, with the renderer's words added. */
class PdfErrorTest {
    @Test
    void thePdfThatCouldNotBeMadeInBothLanguages() {
        PdfError e = new PdfError(Msg.of("pdf.failed", "pdf/yearbook-2019.pdf", "Premature end of file."));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("pdf-error", d.code());
        assertEquals("error: the PDF pdf/yearbook-2019.pdf could not be made; look at the print template (print/book.ftlh) "
                + "and at the images and tables of its articles (the renderer says: Premature end of file.)",
                d.format(null, Messages.ENGLISH));
        assertEquals("错误: PDF pdf/yearbook-2019.pdf 没能生成：请检查印刷模板（print/book.ftlh）以及其中文章的图片和表格"
                + "（排版程序的原话：Premature end of file.）", d.format(null, Messages.CHINESE));
        assertEquals(d.message(), e.getMessage(), "the exception's own message is the English one");
        assertEquals(Messages.FINDINGS.text(Messages.CHINESE, "summary.site-kept"), e.summary(Messages.CHINESE));
    }

    @Test
    void aPdfThatNeedsMoreMemory() {
        Diagnostic d = new PdfError(Msg.of("pdf.memory", "pdf/yearbook-2019.pdf", 512)).diagnostics().get(0);
        assertEquals("pdf-error", d.code());
        assertEquals("the PDF pdf/yearbook-2019.pdf needs more memory than Java may use here (512 MB); give it more, for "
                + "example YEARBOOK_JAVA_OPTS=\"-Xss4m -Xmx4g\", or build with --no-pdf", d.message());
        assertEquals("生成 PDF pdf/yearbook-2019.pdf 需要的内存超过了 Java 在这里能用的 512 MB：请多给一些，例如 "
                + "YEARBOOK_JAVA_OPTS=\"-Xss4m -Xmx4g\"，或用 --no-pdf 只生成网站", d.message(Messages.CHINESE));
    }
}
