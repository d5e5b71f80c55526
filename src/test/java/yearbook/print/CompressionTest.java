package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.zip.Deflater;

import org.apache.pdfbox.filter.Filter;
import org.junit.jupiter.api.Test;

/** The PDFs are compressed at Deflate's fastest level unless the JVM is told another (README, "The print yearbook"). */
class CompressionTest {
    @Test
    void pdfsAreCompressedForSpeedUnlessToldOtherwise() throws ClassNotFoundException {
        String given = System.getProperty(Filter.SYSPROP_DEFLATELEVEL);
        Class.forName(PdfMaker.class.getName()); // its static set-up
        assertEquals(given != null ? given : String.valueOf(Deflater.BEST_SPEED),
                System.getProperty(Filter.SYSPROP_DEFLATELEVEL));
    }
}
