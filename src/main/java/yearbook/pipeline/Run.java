package yearbook.pipeline;

import java.util.List;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;
import yearbook.print.Book;
import yearbook.print.BookPrinter;
import yearbook.site.SiteModel;
import yearbook.template.TemplateError;
import yearbook.template.Templates;

/**
 * What one run of the {@link Pipeline} made: the site model, the books to print, the parsed templates and every
 * finding. The site model is null when the content has errors, the templates when they did not load.
 */
public final class Run {
    private final SiteModel site;
    private final List<Book> books;
    private final Templates templates;
    private final Printing printing;
    private final Diagnostics diagnostics;
    private final TemplateError templateFailure;

    Run(SiteModel site, List<Book> books, Templates templates, TemplateError templateFailure, Printing printing,
        Diagnostics diagnostics) {
        this.templateFailure = templateFailure;
        this.site = site;
        this.books = List.copyOf(books);
        this.templates = templates;
        this.printing = printing;
        this.diagnostics = diagnostics;
    }

    /** The site model; null when the content has errors. */
    public SiteModel site() {
        return site;
    }

    public List<Book> books() {
        return books;
    }

    /** The parsed templates; null when they failed. */
    public Templates templates() {
        return templates;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * Throws when the run found errors: the {@link TemplateError} itself when a template was the only problem,
     * otherwise a {@link ContentException} with every finding.
     */
    public void throwIfErrors() {
        if (!diagnostics.hasErrors()) {
            return;
        }
        List<Diagnostic> errors = diagnostics.all().stream().filter(Diagnostic::isError).toList();
        if (templateFailure != null && errors.size() == 1) {
            throw templateFailure;
        }
        diagnostics.throwIfErrors();
    }

    /**
     * The printer of this run's books, its fonts and characters checked.
     *
     * @throws ContentException when the fonts do not load, lack characters, or the print template fails
     */
    public BookPrinter printer() {
        return printing.printer();
    }
}
