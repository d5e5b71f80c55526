package yearbook.print;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import yearbook.config.PrintSettings;
import yearbook.diag.Diagnostics;
import yearbook.diag.Msg;
import yearbook.site.Page;
import yearbook.site.PagePicture;
import yearbook.site.SiteModel;

/**
 * How big the book prints the articles' pictures, and whether they have the pixels for it. A picture is printed
 * across its column (across the page in an article set across the page: one with a table), its height in
 * proportion, but no taller than half the page's text, a tall picture being narrowed to fit. A sharp print wants
 * {@value #DPI} pixels to the inch at that width; a picture with fewer is reported, with the width it prints at,
 * the pixels it has and the pixels it needs.
 */
public final class PrintedPictures {
    /** The resolution a printed picture wants, in pixels (dots) per inch. */
    static final int DPI = 300;
    private static final double MM_PER_INCH = 25.4;

    private PrintedPictures() {
    }

    /** A printed size in millimetres. */
    record Size(double width, double height) {
    }

    /** The size a picture of {@code pixelWidth} × {@code pixelHeight} prints at, in an article set across the page or not. */
    static Size size(PrintSettings print, boolean acrossThePage, int pixelWidth, int pixelHeight) {
        double text = print.width() - print.margins().inside() - print.margins().outside();
        int columns = acrossThePage ? 1 : Math.max(1, print.columns().count());
        double width = (text - print.columns().gap() * (columns - 1)) / columns;
        double tallest = (print.height() - print.margins().top() - print.margins().bottom()) / 2.0;
        double height = width * pixelHeight / pixelWidth;
        if (height > tallest) {
            height = tallest;
            width = tallest * pixelWidth / pixelHeight;
        }
        return new Size(round(width), round(height));
    }

    /** The pixels across a picture needs to print {@code widthMm} wide at {@value #DPI} dpi. */
    static int pixelsNeeded(double widthMm) {
        return (int) Math.ceil(widthMm / MM_PER_INCH * DPI - 1e-9);
    }

    /** A length in millimetres as CSS and the findings write it: at most one decimal, no trailing zero. */
    static String mm(double mm) {
        return BigDecimal.valueOf(mm).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static double round(double mm) {
        return Math.round(mm * 10) / 10.0;
    }

    /**
     * Reports each picture of the site's articles that has fewer pixels across than a sharp print of it needs.
     * Articles without pictures cost nothing.
     */
    public static void check(SiteModel site, Diagnostics diagnostics) {
        PrintSettings print = site.settings().print();
        site.volumes().forEach(v -> v.parts().plates().forEach(p -> {
            Size printed = size(print, true, p.width(), p.height());
            int needed = pixelsNeeded(printed.width());
            if (p.width() < needed) {
                diagnostics.warning(p.file(), p.line(), Msg.of("picture-low-resolution", p.path(), mm(printed.width()),
                        p.width(), needed));
            }
        }));
        for (Page page : site.pages()) {
            List<PagePicture> pictures = page.pictures();
            if (pictures.isEmpty()) {
                continue;
            }
            boolean across = page.html().contains("<table");
            for (PagePicture p : pictures) {
                Size printed = size(print, across, p.width(), p.height());
                int needed = pixelsNeeded(printed.width());
                if (p.width() < needed) {
                    diagnostics.warning(page.article().file(), p.line(), Msg.of("picture-low-resolution", p.path(),
                            mm(printed.width()), p.width(), needed));
                }
            }
        }
    }
}
