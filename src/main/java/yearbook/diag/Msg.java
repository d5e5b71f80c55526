package yearbook.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A message for an editor, kept as a stable English code and its values, and put into words only when shown, in
 * the language asked for: the sentences are in the resource bundle {@code yearbook/diag/findings*.properties}, one
 * per code, with placeholders {@code {0}}, {@code {1}} … for the values. A value may be a message itself (a
 * clause of the sentence, worded in the same language); any other value is shown as it is.
 */
public record Msg(String code, List<Object> args) {
    /** The code of a message whose text is given as it is, in one language (the import's). */
    public static final String OTHER = "other";

    public Msg {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Msg of(String code, Object... args) {
        return new Msg(code, Arrays.asList(args));
    }

    /** A message with its text as it is, under {@code code}; for texts that stay in one language. */
    public static Msg literal(String code, String text) {
        return new Msg(code, List.of(text == null ? "" : text));
    }

    /** The message in words, in the language of {@code locale} (English when the bundle has no such language). */
    public String text(Locale locale) {
        return Messages.FINDINGS.text(locale, code, args);
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
