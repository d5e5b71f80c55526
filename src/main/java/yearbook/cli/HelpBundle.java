package yearbook.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The help's sentences for picocli, in one language: a text written in numbered lines ({@code key.0},
 * {@code key.1} …) comes whole from the language that has its first line. A translation may take fewer lines
 * than the English; without this, the bundle's fallback to English would go on with the English text's last lines.
 */
final class HelpBundle extends ResourceBundle {
    private static final Pattern LINE = Pattern.compile("(.+)\\.(\\d+)");

    private final ResourceBundle bundle;

    HelpBundle(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    protected Object handleGetObject(String key) {
        Matcher m = LINE.matcher(key);
        if (m.matches() && bundle instanceof PropertyResourceBundle own && own.handleGetObject(m.group(1) + ".0") != null) {
            return own.handleGetObject(key);
        }
        try {
            return bundle.getObject(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public Enumeration<String> getKeys() {
        List<String> keys = Collections.list(bundle.getKeys());
        keys.removeIf(k -> handleGetObject(k) == null);
        return Collections.enumeration(keys);
    }
}
