package yearbook.importer.page;

import java.util.List;

/**
 * One piece of a page after its lines were joined: a heading, a subtitle, a byline, a photo caption, a column
 * label, a short line standing alone, or a paragraph. {@code first}/{@code last} are the lines in the source file;
 * {@code gapBefore}/{@code gapAfter} the blank lines around it (two or more mark a picture or a column break);
 * {@code level} a heading's level; {@code names} a byline's names.
 */
public record Unit(Kind kind, String text, int first, int last, int gapBefore, int gapAfter, int level,
                   boolean indented, List<String> names) {
    public enum Kind { HEADING, SUBTITLE, BYLINE, CAPTION, LABEL, DATELINE, SHORT, PARA }

    public Unit {
        names = List.copyOf(names);
    }

    Unit with(Kind k, String t, int lvl) {
        return new Unit(k, t, first, last, gapBefore, gapAfter, lvl, indented, names);
    }

    Unit withGapBefore(int gap) {
        return new Unit(kind, text, first, last, gap, gapAfter, level, indented, names);
    }

    Unit withGapAfter(int gap) {
        return new Unit(kind, text, first, last, gapBefore, gap, level, indented, names);
    }
}
