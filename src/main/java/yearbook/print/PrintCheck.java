package yearbook.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import yearbook.config.ProjectLoader;
import yearbook.diag.Diagnostics;
import yearbook.site.Page;
import yearbook.site.SiteModel;

/**
 * What must hold before a book is printed: the print fonts load, and they have every character the books will
 * print. Findings go to the collector; the fonts are returned only when there were none.
 */
public final class PrintCheck {
    private PrintCheck() {
    }

    /**
     * Loads the fonts the settings name (or takes {@code loaded}, fonts loaded before for the same settings) and
     * checks every printed character against them.
     *
     * @return the fonts, or null when they did not load or lack characters (the findings say why)
     */
    public static PrintFonts fonts(SiteModel site, Path templates, Path content, PrintFonts loaded,
                                   Diagnostics diagnostics) {
        PrintFonts fonts = loaded;
        if (fonts == null) {
            Diagnostics problems = new Diagnostics();
            fonts = PrintFonts.of(site.settings().print(), templates, content.resolve(ProjectLoader.SETTINGS_FILE), problems);
            problems.all().forEach(diagnostics::add);
            if (problems.hasErrors()) {
                return null;
            }
        }
        Diagnostics missing = new Diagnostics();
        GlyphCheck.check(printedFiles(site, content), fonts, missing);
        missing.all().forEach(diagnostics::add);
        return missing.hasErrors() ? null : fonts;
    }

    /**
     * The files whose text is printed: every article, the settings, the themes, the extra regions and the
     * editorial notes.
     */
    static List<Path> printedFiles(SiteModel site, Path content) {
        List<Path> files = new ArrayList<>();
        for (Page p : site.pages()) {
            files.add(p.article().file());
        }
        for (String data : List.of(ProjectLoader.SETTINGS_FILE, ProjectLoader.THEMES_FILE, ProjectLoader.REGIONS_FILE,
                ProjectLoader.PREFACE_FILE)) {
            if (Files.isRegularFile(content.resolve(data))) {
                files.add(content.resolve(data));
            }
        }
        return files;
    }
}
