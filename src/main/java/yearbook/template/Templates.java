package yearbook.template;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import yearbook.diag.Msg;
import yearbook.fingerprint.Fingerprint;

/**
 * The FreeMarker templates of a site, looked up first in the yearbook's own templates folder, then among the
 * {@linkplain BuiltIn built-in} ones, so that a yearbook's folder needs only the templates it changes (and need not
 * exist at all). {@code .ftlh} templates escape everything as
 * HTML and {@code .ftlx} as XML unless told otherwise ({@code ?no_esc}); templates cannot create Java objects
 * ({@code ?new}) or reach the Java API ({@code ?api}). Thread-safe.
 */
public final class Templates {
    private final Configuration config;
    private final Path dir;
    private String fingerprint;

    /**
     * The templates of a folder over the built-in ones, none parsed yet; a folder that does not exist adds none.
     *
     * @throws TemplateError when the folder cannot be read
     */
    public static Templates of(Path dir) {
        try {
            return new Templates(dir);
        } catch (IOException e) {
            throw new TemplateError(dir, "", 0, Msg.of("template.folder-unreadable", e.getMessage()));
        }
    }

    public Templates(Path dir) throws IOException {
        this.dir = dir;
        config = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class.getClassLoader(), BuiltIn.ROOT);
        config.setTemplateLoader(Files.isDirectory(dir)
                ? new MultiTemplateLoader(new TemplateLoader[] {new InsideLoader(dir), builtIn}) : builtIn);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setLocale(Locale.SIMPLIFIED_CHINESE);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // The methods a template reaches (the views' accessors) are public; called through reflection, Java 17 still
        // looks up the caller on the stack for each call to check that, unless told they are accessible. What is
        // exposed is FreeMarker's choice as before: this only takes away that check, for a method it already chose.
        wrapper.setMethodAppearanceFineTuner((in, out) -> in.getMethod().trySetAccessible());
        config.setObjectWrapper(wrapper.build());
    }

    /**
     * Loads templates from the folder and nowhere else: a name leading outside it ({@code ../}, or a symbolic
     * link to a file elsewhere) is a template that does not exist, so the template that asks for it fails at
     * its line.
     */
    private static final class InsideLoader extends FileTemplateLoader {
        InsideLoader(Path dir) throws IOException {
            super(dir.toFile(), false);
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            try {
                return super.findTemplateSource(name);
            } catch (SecurityException outside) {
                return null;
            }
        }
    }

    /**
     * A fingerprint of every file the templates come from, the yearbook's own folder and the built-in set: two
     * builds whose templates have the same fingerprint render the same view into the same page.
     */
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            List<Object> files = new ArrayList<>();
            for (Path root : List.of(dir, builtInDir())) {
                if (!Files.isDirectory(root)) {
                    files.add(null);
                    continue;
                }
                try (Stream<Path> all = Files.walk(root)) {
                    for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                        files.add(root.relativize(f).toString());
                        files.add(Files.readAllBytes(f));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            fingerprint = Fingerprint.once(files);
        }
        return fingerprint;
    }

    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("<#(?:import|include)\\s+\"([^\"]*)\"");
    /** What makes a template's references other than literal names: then it may use any file. */
    private static final java.util.regex.Pattern DYNAMIC = java.util.regex.Pattern.compile(
            "<#(?:import|include)\\s+[^\"\\s]|\\[#(?:import|include)|get_optional_template|\\?interpret");
    private final Map<String, String> byTemplate = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A fingerprint of what the template {@code name} renders with: its own file and those it imports or
     * includes, followed to the end, and the names of every file in the template folders (a file added may be
     * found first, as a localized variant); the whole folders' fingerprint when a template names a file other
     * than by a literal name. Pages of a template whose fingerprint did not change render the same.
     */
    public String fingerprint(String name) {
        return byTemplate.computeIfAbsent(name, this::closure);
    }

    private String closure(String name) {
        List<Object> parts = new ArrayList<>();
        for (Path root : List.of(dir, builtInDir())) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> all = Files.walk(root)) {
                    parts.add(all.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(name));
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            byte[] own = source(n);
            parts.add(n);
            parts.add(own);
            if (own == null) {
                continue;
            }
            String text = new String(own, java.nio.charset.StandardCharsets.UTF_8);
            if (DYNAMIC.matcher(text).find()) {
                return fingerprint();
            }
            java.util.regex.Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                String ref = m.group(1);
                Path parent = Path.of(n).getParent();
                String resolved = ref.startsWith("/") ? ref.substring(1)
                        : (parent == null ? Path.of(ref) : parent.resolve(ref)).normalize().toString().replace('\\', '/');
                todo.push(resolved);
            }
        }
        return Fingerprint.once(parts);
    }

    /** The bytes of the template file {@code name} as it is loaded: the yearbook's own, else the built-in one. */
    private byte[] source(String name) {
        for (Path root : List.of(dir, builtInDir())) {
            Path f = root.resolve(name).normalize();
            if (f.startsWith(root) && Files.isRegularFile(f)) {
                try {
                    return Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return null;
    }

    /** The yearbook's own templates folder (which may not exist). */
    public Path dir() {
        return dir;
    }

    /** The built-in templates' folder, under the yearbook's own. */
    public Path builtInDir() {
        return BuiltIn.folder();
    }

    /** The names among {@code required} that are missing from the template folder. */
    public List<String> missing(List<String> required) {
        List<String> out = new ArrayList<>();
        for (String name : required) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                out.add(name);
            }
        }
        return out;
    }

    /** Parses every template up front so that a syntax error is reported before anything is rendered. */
    public void check(List<String> names) {
        for (String name : names) {
            template(name);
        }
    }

    private Template template(String name) {
        try {
            return config.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateError(dir, name, 0, Msg.of("template.missing", dir));
        } catch (ParseException e) {
            throw new TemplateError(dir, e.getTemplateName() != null ? e.getTemplateName() : name, e.getLineNumber(),
                    Msg.of("template.syntax", e.getEditorMessage()));
        } catch (IOException e) {
            throw new TemplateError(dir, name, 0, Msg.of("template.unreadable", e.getMessage()));
        }
    }

    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter(16 * 1024);
        process(name, model, out);
        return out.toString();
    }

    /** The same as {@code render(name, model).getBytes(UTF_8)}, without the String in between. */
    public byte[] renderUtf8(String name, Map<String, Object> model) {
        Utf8Writer out = new Utf8Writer(16 * 1024);
        process(name, model, out);
        return out.toByteArray();
    }

    private void process(String name, Map<String, Object> model, Writer out) {
        Template t = template(name);
        try {
            t.process(model, out);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new TemplateError(dir, where, line, Msg.of("template.failed", firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new TemplateError(dir, name, 0, Msg.of("template.failed", e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int end = m.indexOf("\n----");
        return (end > 0 ? m.substring(0, end) : m).replaceAll("\\s*\\n\\s*", " ");
    }
}
