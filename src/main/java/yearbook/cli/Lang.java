package yearbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.diag.Messages;

/**
 * Which language the command line speaks, Chinese or English. The first of these that says one decides:
 * <ol>
 * <li>the option {@code --lang zh|en};</li>
 * <li>the environment variable {@code YEARBOOK_LANG} ({@code zh} or {@code en});</li>
 * <li>the yearbook's own {@code language:} in {@code <content>/yearbook.yaml} ({@code zh-CN} and any other
 * {@code zh…} mean Chinese, any other value English), when the file sets it;</li>
 * <li>the system's language (the {@code LANG} / {@code LC_ALL} locale as Java reads it): Chinese when it is
 * {@code zh};</li>
 * <li>otherwise English.</li>
 * </ol>
 */
final class Lang {
    static final String ENV = "YEARBOOK_LANG";
    private static final Pattern LANGUAGE = Pattern.compile("(?m)^language:\\s*[\"']?([A-Za-z_-]+)");

    private Lang() {
    }

    /** The language named by {@code value} (zh, zh-CN, en, en-US …), or null when it names neither. */
    static Locale parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (v.equals("zh") || v.startsWith("zh-")) {
            return Messages.CHINESE;
        }
        if (v.equals("en") || v.startsWith("en-")) {
            return Messages.ENGLISH;
        }
        return null;
    }

    /**
     * The language by the rule above.
     *
     * @param option   the value of {@code --lang}, or null (it is checked before: it names a language)
     * @param env      the environment
     * @param settings the yearbook's settings file, or null when there is none to look at
     * @param system   the system's locale
     */
    static Locale resolve(String option, Map<String, String> env, Path settings, Locale system) {
        Locale chosen = parse(option);
        if (chosen != null) {
            return chosen;
        }
        chosen = parse(env.get(ENV));
        if (chosen != null) {
            return chosen;
        }
        String written = settingsLanguage(settings);
        if (written != null) {
            return parse(written) == Messages.CHINESE ? Messages.CHINESE : Messages.ENGLISH;
        }
        return system != null && system.getLanguage().equals("zh") ? Messages.CHINESE : Messages.ENGLISH;
    }

    /** The {@code language:} the settings file sets, or null when it sets none (or cannot be read). */
    static String settingsLanguage(Path settings) {
        if (settings == null || !Files.isRegularFile(settings)) {
            return null;
        }
        try {
            Matcher m = LANGUAGE.matcher(Files.readString(settings, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : null;
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /**
     * The language for a command line, looking at its arguments for {@code --lang} and for the content folder
     * ({@code --content}, or {@code --into} for import; {@code content} by default).
     */
    static Locale of(String[] args, Map<String, String> env) {
        String option = value(args, "--lang");
        String content = value(args, "--content");
        if (content == null) {
            content = value(args, "--into");
        }
        Path settings;
        try {
            settings = Path.of(content == null ? "content" : content).resolve("yearbook.yaml");
        } catch (java.nio.file.InvalidPathException e) {
            settings = null;
        }
        return resolve(parse(option) != null ? option : null, env, settings, Locale.getDefault());
    }

    /** The value given to an option, as {@code --name value} or {@code --name=value}; the last one counts. */
    static String value(String[] args, String name) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                found = args[i + 1];
            } else if (args[i].startsWith(name + "=")) {
                found = args[i].substring(name.length() + 1);
            } else if (args[i].equals("--")) {
                break;
            }
        }
        return found;
    }
}
