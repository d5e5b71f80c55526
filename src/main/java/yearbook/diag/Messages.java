package yearbook.diag;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Sentences from a resource bundle: English in the base file, Chinese in {@code _zh}. A sentence's placeholders
 * {@code {0}}, {@code {1}} … are replaced by the values, which are never quoted or reformatted (unlike
 * {@link java.text.MessageFormat}, so that {@code '} and numbers such as years print as written). The bundle of
 * the JVM's own locale is never used as a fallback: a language is asked for explicitly.
 */
public final class Messages {
    /** The findings of build, check and the preview. */
    public static final Messages FINDINGS = new Messages("yearbook.diag.findings");

    /** English, the base bundle. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Chinese (simplified), the {@code _zh} bundle. */
    public static final Locale CHINESE = Locale.CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    public Messages(String baseName) {
        this.baseName = baseName;
    }

    public ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The sentence {@code key} in the language of {@code locale}, its placeholders filled in. */
    public String text(Locale locale, String key, Object... args) {
        return text(locale, key, List.of(args));
    }

    public String text(Locale locale, String key, List<?> args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key + (args.isEmpty() ? "" : ": {0}");
        }
        return fill(pattern, args, locale);
    }

    static String fill(String pattern, List<?> args, Locale locale) {
        StringBuilder sb = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                Object v = n < args.size() ? args.get(n) : null;
                sb.append(v instanceof Msg m ? m.text(locale) : String.valueOf(v));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
