package yearbook.newyearbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import yearbook.config.ProjectLoader;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.diag.Msg;
import yearbook.publish.AtomicFile;
import yearbook.template.BuiltIn;

/**
 * Starts a new yearbook in a folder ({@code yearbook init}): the settings with comments, the themes, a regions
 * file, one sample article, a short guide for editors, {@code .gitignore} and the CI workflow; the templates only
 * when asked (otherwise the built-in ones serve). It builds at once. Nothing that exists is replaced: when any of
 * its files is there already, nothing is written.
 */
public final class NewYearbook {
    private static final String FILES = "yearbook/newyearbook/files/";
    /** The sample article, where it is written. */
    public static final String SAMPLE = "content/articles/sample.md";

    private NewYearbook() {
    }

    /**
     * Writes the new yearbook.
     *
     * @param dir       its folder, made when missing
     * @param title     the yearbook's title
     * @param templates whether the built-in templates are copied into {@code templates/} too
     * @return the files written, relative to {@code dir}, in the order written
     * @throws ContentException naming every file that exists already (then nothing is written)
     */
    public static List<String> create(Path dir, String title, boolean templates) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        String year = Integer.toString(LocalDate.now().getYear() - 1);
        files.put("content/" + ProjectLoader.SETTINGS_FILE, fill(resource("yearbook.yaml"), title, year));
        files.put("content/themes.yaml", resource("themes.yaml"));
        files.put("content/regions.yaml", resource("regions.yaml"));
        files.put(SAMPLE, fill(resource("sample.md"), title, year));
        files.put("EDITING.md", resource("EDITING.md"));
        files.put(".gitignore", resource("gitignore"));
        files.put(".github/workflows/yearbook.yml", resource("workflow.yml"));
        if (templates) {
            Path builtIn = BuiltIn.folder();
            for (String name : BuiltIn.files()) {
                files.put("templates/" + name, Files.readString(builtIn.resolve(name), StandardCharsets.UTF_8));
            }
        }
        List<Diagnostic> there = new ArrayList<>();
        for (String name : files.keySet()) {
            Path target = dir.resolve(name);
            if (Files.exists(target)) {
                there.add(Diagnostic.error(target, 0, Msg.of("init.exists")));
            }
        }
        if (!there.isEmpty()) {
            throw new ContentException(there);
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            AtomicFile.write(dir.resolve(f.getKey()), f.getValue());
        }
        return List.copyOf(files.keySet());
    }

    private static String fill(String text, String title, String year) {
        return text.replace("{{title}}", title).replace("{{year}}", year);
    }

    private static String resource(String name) {
        try (InputStream in = NewYearbook.class.getClassLoader().getResourceAsStream(FILES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the tool: " + FILES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
