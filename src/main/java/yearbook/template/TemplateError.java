package yearbook.template;

/** A template failed: names the template file and line, and says what went wrong. */
public final class TemplateError extends RuntimeException {
    private final String template;
    private final int line;

    public TemplateError(String template, int line, String message) {
        super(message, null, false, false);
        this.template = template;
        this.line = line;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }
}
