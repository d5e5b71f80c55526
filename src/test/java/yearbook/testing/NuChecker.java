package yearbook.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu Html Checker (the checker behind validator.w3.org/nu), run in-process on HTML documents. Errors are
 * what the checker reports as errors; its warnings and informative messages are not kept. One instance
 * checks many documents, one at a time; it loads the HTML schema once (a second or two).
 *
 * <pre>{@code
 * assertEquals(List.of(), NuChecker.shared().check(file));
 * }</pre>
 */
public final class NuChecker {
    /** The schema the checker's own web service uses for HTML: HTML, SVG, MathML, ARIA, RDFa, microdata. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** One error: where it is (line, column; 0 when the checker gave none) and what. */
    public record Error(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + message;
        }
    }

    private static NuChecker shared;

    private final SimpleDocumentValidator validator;
    private final List<Error> errors = new ArrayList<>();

    private NuChecker() {
        // the checker logs its own doings through log4j 1: silenced, it reports to us through the handler
        org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
        // no log4j set-up of its own, no URL logging, no language detection (it only ever warns)
        validator = new SimpleDocumentValidator(false, false, false);
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(new Error(Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            validator.setUpMainSchema(HTML_SCHEMA, collect);
            validator.setUpValidatorAndParsers(collect, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker did not start: " + e, e);
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the Nu Html Checker's schema has errors: " + errors);
        }
    }

    /** The checker all tests share (made on first use). */
    public static synchronized NuChecker shared() {
        if (shared == null) {
            shared = new NuChecker();
        }
        return shared;
    }

    /** The errors in an HTML file, read as UTF-8, in document order; empty when it is valid. */
    public List<Error> check(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return check(in, file.toUri().toString(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The errors in a CSS file, read as UTF-8, by the checker's CSS validator (the W3C's); lines are the
     * file's own.
     */
    public List<Error> checkCss(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<Error> errors = new ArrayList<>();
            // the checker validates a stylesheet inside a one-line HTML page; its lines count from that page
            for (Error e : check(in, file.toUri().toString(), true)) {
                errors.add(new Error(Math.max(0, e.line() - 1), e.column(), e.message()));
            }
            return List.copyOf(errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors in an HTML document given as text. */
    public List<Error> check(String html) {
        return check(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "about:document", false);
    }

    private synchronized List<Error> check(InputStream in, String systemId, boolean css) {
        errors.clear();
        InputSource source = new InputSource(in);
        source.setSystemId(systemId);
        try {
            if (css) {
                source.setEncoding("UTF-8");
                validator.checkCssInputSource(source);
            } else {
                validator.checkHtmlInputSource(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            errors.add(new Error(0, 0, "the checker stopped: " + e.getMessage()));
        }
        return List.copyOf(errors);
    }
}
