import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders pages of a PDF of the print yearbook to PNG, chosen by the page number the book prints (its page
 * label), for docs/. Usage, with the tool's jar on the class path:
 *
 *   java -cp target/yearbook.jar bench/BookPages.java site/pdf/yearbook-2019.pdf docs/book iii=contents 1=body
 *
 * writes docs/book/contents.png and docs/book/body.png at 110 dots per inch.
 */
public class BookPages {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BookPages PDF OUTDIR LABEL=NAME ...");
            System.exit(2);
        }
        File out = new File(args[1]);
        out.mkdirs();
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            List<String> labels = List.of(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 2; i < args.length; i++) {
                String[] pair = args[i].split("=", 2);
                int index = labels.indexOf(pair[0]);
                if (index < 0) {
                    throw new IllegalArgumentException("no page is labelled " + pair[0] + ": " + labels);
                }
                BufferedImage image = renderer.renderImageWithDPI(index, 110, ImageType.RGB);
                File png = new File(out, pair[1] + ".png");
                ImageIO.write(image, "png", png);
                System.out.println(png + ": page " + pair[0] + " (" + (index + 1) + " of " + labels.size() + ")");
            }
        }
    }
}
