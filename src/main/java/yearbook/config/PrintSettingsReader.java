package yearbook.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import yearbook.diag.Msg;
import yearbook.yaml.YamlMap;

/** Reads the {@code pdf:} group of {@code yearbook.yaml}; a wrong value is an error at its line. */
final class PrintSettingsReader {
    private PrintSettingsReader() {
    }

    static PrintSettings read(YamlMap y) {
        PrintSettings d = PrintSettings.defaults();
        y.rejectUnknown(Set.of("enabled", "paper", "margins", "sections", "perProvince", "fonts", "columns",
                "columnGap", "columnRule", "frontNumbers", "indexOrder"));
        return new PrintSettings(y.bool("enabled", d.enabled()), paper(y, d.paper()), margins(y, d.margins()), parts(y, d),
                y.bool("perProvince", d.perProvince()), fonts(y), columns(y, d.columns()), romanFront(y, d.romanFront()), strokeIndex(y, d.strokeIndex()));
    }

    private static Paper paper(YamlMap y, Paper fallback) {
        Optional<String> given = y.string("paper", false);
        if (given.isEmpty()) {
            return fallback;
        }
        String paper = given.get();
        Optional<Paper> named = Paper.named(paper);
        if (named.isPresent()) {
            return named.get();
        }
        String[] wh = paper.split("[\\s×xX*]+");
        try {
            if (wh.length != 2) {
                throw new NumberFormatException();
            }
            int width = Integer.parseInt(wh[0].replace("mm", ""));
            int height = Integer.parseInt(wh[1].replace("mm", ""));
            if (width < 70 || height < 100 || width > 600 || height > 900) {
                throw new NumberFormatException();
            }
            return new Paper(width, height);
        } catch (NumberFormatException e) {
            List<String> names = new ArrayList<>();
            for (Paper.Named n : Paper.Named.values()) {
                names.add(n.label());
            }
            y.diagnostics().error(y.file(), y.line("paper"), Msg.of("bad-paper", String.join(", ", names), paper));
            return fallback;
        }
    }

    private static PrintSettings.Margins margins(YamlMap y, PrintSettings.Margins m) {
        Optional<YamlMap> margins = y.map("margins");
        if (margins.isEmpty()) {
            return m;
        }
        YamlMap g = margins.get();
        g.rejectUnknown(Set.of("top", "bottom", "inside", "outside"));
        return new PrintSettings.Margins(g.integer("top", false, 5, 80).orElse(m.top()),
                g.integer("bottom", false, 5, 80).orElse(m.bottom()), g.integer("inside", false, 5, 80).orElse(m.inside()),
                g.integer("outside", false, 5, 80).orElse(m.outside()));
    }

    private static Set<BookPart> parts(YamlMap y, PrintSettings d) {
        if (!y.has("sections")) {
            return d.parts();
        }
        List<String> wanted = y.strings("sections");
        List<BookPart> parts = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Optional<BookPart> part = BookPart.of(wanted.get(i));
            if (part.isPresent()) {
                parts.add(part.get());
            } else {
                y.diagnostics().error(y.file(), y.itemLine("sections", i), Msg.of("bad-book-part", wanted.get(i), String.join(", ", BookPart.ids())));
            }
        }
        return Set.copyOf(parts);
    }

    private static PrintSettings.Columns columns(YamlMap y, PrintSettings.Columns d) {
        return new PrintSettings.Columns(y.integer("columns", false, 1, 2).orElse(d.count()),
                y.integer("columnGap", false, 2, 30).orElse(d.gap()), y.bool("columnRule", d.rule()));
    }

    private static boolean romanFront(YamlMap y, boolean d) {
        Optional<String> v = y.string("frontNumbers", false);
        if (v.isEmpty()) {
            return d;
        }
        if (!v.get().equals("roman") && !v.get().equals("none")) {
            y.diagnostics().error(y.file(), y.line("frontNumbers"), Msg.of("bad-front-numbers", v.get()));
            return d;
        }
        return v.get().equals("roman");
    }

    private static boolean strokeIndex(YamlMap y, boolean d) {
        Optional<String> v = y.string("indexOrder", false);
        if (v.isEmpty()) {
            return d;
        }
        if (!v.get().equals("pinyin") && !v.get().equals("stroke")) {
            y.diagnostics().error(y.file(), y.line("indexOrder"), Msg.of("bad-index-order", v.get()));
            return d;
        }
        return v.get().equals("stroke");
    }

    private static Map<FontRole, String> fonts(YamlMap y) {
        Map<FontRole, String> fonts = new EnumMap<>(FontRole.class);
        Optional<YamlMap> f = y.map("fonts");
        if (f.isPresent()) {
            f.get().rejectUnknown(FontRole.ids());
            for (FontRole role : FontRole.values()) {
                f.get().string(role.id(), false).ifPresent(v -> fonts.put(role, v));
            }
        }
        return fonts;
    }
}
