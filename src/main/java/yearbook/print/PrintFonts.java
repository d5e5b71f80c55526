package yearbook.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import com.openhtmltopdf.util.XRLog;

import yearbook.diag.Msg;
import yearbook.config.FontRole;
import yearbook.config.PrintSettings;
import yearbook.diag.Diagnostics;
import yearbook.text.Cjk;

/**
 * The fonts the print yearbook is set in: a Song face for the body ({@value #SERIF}), a Hei face for headings
 * ({@value #SANS}) in two weights. Built in: Noto Serif SC and Noto Sans SC (TrueType outlines, SIL Open Font
 * License); {@code yearbook.yaml} can name others (TrueType outlines only: the PDF embeds a subset of each).
 * Knows which characters the fonts can print. Immutable and shared between threads.
 */
public final class PrintFonts {
    /** CSS family of the body face. */
    public static final String SERIF = "yb-serif";
    /** CSS family of the heading face. */
    public static final String SANS = "yb-sans";

    private static final Map<FontRole, String> BUILT_IN = Map.of(FontRole.SERIF, "NotoSerifSC_400Regular.ttf",
            FontRole.SANS, "NotoSansSC_400Regular.ttf", FontRole.SANS_BOLD, "NotoSansSC_700Bold.ttf");
    private static volatile PrintFonts builtIn;
    /** Held here: java.util.logging keeps its loggers only weakly, and a collected one forgets its level. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"), Logger.getLogger("com.openhtmltopdf"));

    static {
        quietLibraries();
    }

    /**
     * Silences the PDF libraries' own logging (font table notes, layout remarks): problems that matter reach
     * the build as errors, the rest would only clutter an editor's terminal.
     */
    static void quietLibraries() {
        XRLog.setLoggingEnabled(false);
        QUIET.forEach(l -> l.setLevel(Level.OFF));
    }

    /** One font file: its role ({@link FontRole}), name and bytes. */
    record Face(FontRole role, String name, byte[] data) {
    }

    /**
     * A face as loaded: its file name, a digest of its bytes and the font parsed, once, for every PDF made with
     * it (PDFBox reads a parsed font from many threads). The parsed font holds its own copy of the bytes, so the
     * bytes read are not kept.
     */
    private record Loaded(String name, String digest, TrueTypeFont ttf) {
        static Loaded of(Face face) {
            try {
                return new Loaded(face.name(), yearbook.fingerprint.Fingerprint.once(face.data()), parse(face.data()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<FontRole, Loaded> loaded;
    private final BitSet coverage;
    /** A fingerprint of the faces: their roles, names and bytes. */
    private final String fingerprint;

    /** A fingerprint of the faces: their roles, names and bytes. */
    public String fingerprint() {
        return fingerprint;
    }

    private PrintFonts(Map<FontRole, Loaded> loaded) {
        this.loaded = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(loaded));
        List<Object> parts = new ArrayList<>();
        List<TrueTypeFont> fonts = new ArrayList<>();
        this.loaded.forEach((role, face) -> {
            parts.add(role.id());
            parts.add(face.name());
            parts.add(face.digest());
            fonts.add(face.ttf());
        });
        this.fingerprint = yearbook.fingerprint.Fingerprint.once(parts.toArray());
        this.coverage = coverage(fonts);
    }

    /**
     * The fonts for these settings: the built-in ones, with the roles {@code yearbook.yaml} names replaced
     * by files from the templates folder. A font that cannot be used is reported and the built-in one kept.
     */
    /** Whether {@code file}, with symbolic links followed, is still inside {@code folder} (true if it does not exist). */
    private static boolean realInside(Path file, Path folder) {
        try {
            return !Files.exists(file) || file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    public static PrintFonts of(PrintSettings settings, Path templates, Path settingsFile, Diagnostics diagnostics) {
        PrintFonts base = builtIn();
        if (settings.fonts().isEmpty()) {
            return base;
        }
        Map<FontRole, Loaded> faces = new LinkedHashMap<>(base.loaded);
        for (Map.Entry<FontRole, String> e : settings.fonts().entrySet()) {
            Path file = templates.resolve(e.getValue()).normalize();
            Msg problem = null;
            byte[] data = null;
            if (!file.startsWith(templates) || !realInside(file, templates)) {
                problem = Msg.of("font.outside", e.getValue());
            } else if (!Files.isRegularFile(file)) {
                problem = Msg.of("font.missing", file);
            } else {
                try {
                    data = Files.readAllBytes(file);
                    problem = unusable(data);
                } catch (IOException ex) {
                    problem = Msg.of("font.unreadable", file, ex.getMessage());
                }
            }
            if (problem != null) {
                diagnostics.error(settingsFile, 0, Msg.of("print-font", Msg.of("font.problem", e.getKey().id(), problem)));
            } else {
                faces.put(e.getKey(), Loaded.of(new Face(e.getKey(), file.getFileName().toString(), prepared(data))));
            }
        }
        return new PrintFonts(faces);
    }

    /** The fonts that travel with the tool. */
    public static PrintFonts builtIn() {
        PrintFonts f = builtIn;
        if (f == null) {
            synchronized (PrintFonts.class) {
                f = builtIn;
                if (f == null) {
                    Map<FontRole, Loaded> faces = new LinkedHashMap<>();
                    for (FontRole role : FontRole.values()) {
                        String name = BUILT_IN.get(role);
                        try (InputStream in = PrintFonts.class.getResourceAsStream("/yearbook/fonts/" + name)) {
                            if (in == null) {
                                throw new IllegalStateException("the built-in font " + name
                                        + " is missing from the tool; build it again with ./mvnw package");
                            }
                            faces.put(role, Loaded.of(new Face(role, name, prepared(in.readAllBytes()))));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    f = new PrintFonts(faces);
                    builtIn = f;
                }
            }
        }
        return f;
    }

    /** The face for {@code role}, parsed (once, when the fonts were loaded). */
    TrueTypeFont parsed(FontRole role) {
        return loaded.get(role).ttf();
    }

    /** Why a font file cannot be used, or null when it can. */
    static Msg unusable(byte[] data) {
        if (data.length >= 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f') {
            return Msg.of("font.collection");
        }
        try (TrueTypeFont ttf = parse(data)) {
            if (ttf.getTableMap().get("glyf") == null) {
                return Msg.of("font.cff");
            }
            if (ttf.getUnicodeCmapLookup(false) == null) {
                return Msg.of("font.no-cmap");
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return Msg.of("font.not-truetype", e.getMessage());
        }
    }

    /**
     * The font as the PDF uses it: the given bytes, changed in place (same size, same tables):
     * <ul>
     * <li>Its glyph substitution table (GSUB) is hidden. Horizontal simplified Chinese needs none of its
     * substitutions (vertical forms, locale variants), and PDFBox applies them through regular expressions on
     * every run of text: hiding the table made a test book 2.4 times faster to write. The subsets embedded
     * in the PDF never carry it.</li>
     * <li>Single radicals and compatibility ideographs (⾃ U+2F83, ⺠ U+2EA0, 豈 U+F900) no longer map to a
     * glyph in the full-Unicode character map. CJK fonts draw ⾃ and 自 with one glyph, and PDFBox writes the
     * first code point it finds for a glyph into the PDF's text layer: copied or searched text would say ⾃
     * where 自 was printed. Such stand-ins in an article are reported as characters the fonts lack, which
     * they nearly always are: conversion errors.</li>
     * </ul>
     */
    static byte[] prepared(byte[] out) {
        if (out.length < 12) {
            return out;
        }
        int tables = u16(out, 4);
        for (int i = 0; i < tables && 12 + 16 * i + 16 <= out.length; i++) {
            int at = 12 + 16 * i;
            if (out[at] == 'G' && out[at + 1] == 'S' && out[at + 2] == 'U' && out[at + 3] == 'B') {
                out[at + 3] = 'x';
            } else if (out[at] == 'c' && out[at + 1] == 'm' && out[at + 2] == 'a' && out[at + 3] == 'p') {
                dropStandIns(out, (int) u32(out, at + 8));
            }
        }
        return out;
    }

    /** Maps stand-in code points to no glyph in every format 12 (full Unicode) character map. */
    private static void dropStandIns(byte[] f, int cmap) {
        if (cmap + 4 > f.length) {
            return;
        }
        int subtables = u16(f, cmap + 2);
        for (int i = 0; i < subtables && cmap + 4 + 8 * i + 8 <= f.length; i++) {
            int sub = cmap + (int) u32(f, cmap + 4 + 8 * i + 4);
            if (sub + 16 > f.length || u16(f, sub) != 12) {
                continue;
            }
            long groups = u32(f, sub + 12);
            for (long g = 0; g < groups && sub + 16 + 12 * g + 12 <= f.length; g++) {
                int at = (int) (sub + 16 + 12 * g);
                long start = u32(f, at);
                long end = u32(f, at + 4);
                if (Cjk.isStandIn(start) && Cjk.isStandIn(end) && end - start < 0x200) {
                    // a run of stand-ins becomes its first code point, and that one maps to glyph 0
                    System.arraycopy(f, at, f, at + 4, 4);
                    java.util.Arrays.fill(f, at + 8, at + 12, (byte) 0);
                }
            }
        }
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    private static long u32(byte[] b, int at) {
        return ((long) u16(b, at) << 16) | u16(b, at + 2);
    }

    private static TrueTypeFont parse(byte[] data) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    private static BitSet coverage(Iterable<TrueTypeFont> fonts) {
        BitSet all = new BitSet(0x30000);
        for (TrueTypeFont ttf : fonts) {
            try {
                CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
                for (int cp = 0x20; cp < 0x30000; cp++) {
                    if (!all.get(cp) && cmap.getGlyphId(cp) > 0) {
                        all.set(cp);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** Whether some font prints this character. Spaces and control characters count as printable. */
    public boolean covers(int codePoint) {
        return codePoint < 0x20 || Character.isWhitespace(codePoint) || coverage.get(codePoint);
    }

    /** The font files' names, for messages. */
    public String names() {
        List<String> names = new ArrayList<>();
        for (FontRole role : FontRole.values()) {
            names.add(loaded.get(role).name());
        }
        return String.join(", ", names);
    }

}
