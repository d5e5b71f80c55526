package yearbook.pipeline;

import java.util.List;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostics;
import yearbook.print.BookPrinter;
import yearbook.print.BookRenderer;
import yearbook.print.PrintCheck;
import yearbook.print.PrintFonts;
import yearbook.site.SiteModel;
import yearbook.template.Templates;

/**
 * The print phase of one run: the fonts loaded and every printed character checked once, then books printed
 * with them. A build checks during the run; the preview server before the first PDF it is asked for.
 * Thread-safe.
 */
final class Printing {
    private final SiteModel site;
    private final Templates templates;
    private final Pipeline.Request request;
    private final FontCache cache;
    private final String generator;
    private BookPrinter printer;

    /** Fonts loaded without error, kept from one run to the next while the settings stay the same. */
    static final class FontCache {
        private PrintFonts fonts;

        synchronized PrintFonts get() {
            return fonts;
        }

        synchronized void keep(PrintFonts f) {
            fonts = f;
        }

        synchronized void forget() {
            fonts = null;
        }
    }

    Printing(SiteModel site, Templates templates, Pipeline.Request request, FontCache cache, String generator) {
        this.site = site;
        this.templates = templates;
        this.request = request;
        this.cache = cache;
        this.generator = generator;
    }

    /** Checks the fonts and characters, reporting into {@code diagnostics}; afterwards, printing uses them. */
    synchronized void check(Diagnostics diagnostics) {
        if (printer != null || site == null || templates == null) {
            return;
        }
        PrintFonts fonts = PrintCheck.fonts(site, request.templates(), request.content(), cache.get(), diagnostics);
        if (fonts != null) {
            cache.keep(fonts);
            Diagnostics read = new Diagnostics();
            String preface = BookPrinter.preface(request.content(), site.settings(), read);
            read.all().forEach(diagnostics::add);
            if (!read.hasErrors()) {
                printer = new BookPrinter(templates, site.settings(), fonts, generator, request.content(),
                        request.printed(), preface);
            }
        }
    }

    /**
     * The printer, checking the fonts and characters and parsing the print template first if that was not done.
     *
     * @throws ContentException when the fonts do not load, lack characters, or the print template fails
     */
    synchronized BookPrinter printer() {
        if (printer == null) {
            Diagnostics d = new Diagnostics();
            check(d);
            d.throwIfErrors();
            templates.check(List.of(BookRenderer.TEMPLATE));
        }
        return printer;
    }
}
