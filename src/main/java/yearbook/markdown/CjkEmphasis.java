package yearbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.text.Characters;

import yearbook.text.Cjk;

/**
 * CJK-friendly emphasis for {@code *} runs, after the markdown-cjk-friendly amendment to CommonMark
 * (commonmark-spec issue 650): in the flanking rules, a CJK character next to a delimiter run counts like
 * whitespace or punctuation, so {@code **“劳模精神”**是} and {@code 这是**加粗。**后面} become strong emphasis.
 *
 * <p><b>How.</b> commonmark-java 0.32 decides flanking in a private method of its inline parser and offers no
 * extension point for it (delimiter processors only see runs that already can open or close), and forking the
 * whole inline parser would mean copying a large internal class. Instead the stock inline parser is wrapped:
 * before it sees a block's inline content (paragraph, heading or table-cell text; code blocks and HTML blocks
 * never get here), a pre-pass finds each {@code *} run that flanks under the amendment but not under
 * CommonMark, and puts the noncharacter {@link #SENTINEL U+FDD0} between the run and the punctuation that stops
 * it. U+FDD0 is neither punctuation nor whitespace, so the run now flanks on that side, and its other side is
 * provably unchanged (see {@link #sentinelPosition}). After parsing, {@link #removeSentinels} deletes every
 * sentinel from every node, so none reaches the output; a link processor looks up reference labels without
 * them.
 *
 * <p><b>Limits, on purpose.</b> The pre-pass skips code spans, autolinks, raw HTML and backslash escapes as the
 * stock parser reads them; the removal pass covers anything it misjudges (such as a {@code *} inside a link
 * destination). No sentinel goes next to {@code _}, as that would change the {@code _} run's own flanking: such
 * a {@code *} run, and every {@code _} run, keeps plain CommonMark behaviour. A document that already contains
 * U+FDD0 (raw or as a character reference) is parsed as plain CommonMark ({@link #appliesTo}). Inline source-span
 * columns after a sentinel on the same line are off by one per sentinel; line numbers are exact. The one internal
 * class used is {@link InlineParserImpl}, the stock inline parser, which has no public factory.
 */
final class CjkEmphasis {

    /** A Unicode noncharacter: never meaningful in interchanged text. */
    static final char SENTINEL = '\uFDD0';

    private static final String TAG_NAME = "[A-Za-z][A-Za-z0-9-]*+";
    private static final String ATTRIBUTE = "(?:\\s++[A-Za-z_:][A-Za-z0-9_.:-]*+"
            + "(?:\\s*+=\\s*+(?:[^\\s\"'=<>`]++|'[^']*+'|\"[^\"]*+\"))?+)";
    /** Autolinks and HTML tags, as the stock parser recognises them; comments and the like are found by hand. */
    private static final Pattern AUTOLINK_OR_TAG = Pattern.compile(
            "<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\\x00-\\x20]*+>"
                    + "|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]++@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*+>"
                    + "|<" + TAG_NAME + ATTRIBUTE + "*+\\s*+/?>"
                    + "|</" + TAG_NAME + "\\s*+>");

    /** The sentinel written as a numeric character reference, which the parser would turn into the sentinel. */
    private static final Pattern SENTINEL_REFERENCE = Pattern.compile("&#(?:[xX]0*+[fF][dD][dD]0|0*+64976);");

    private CjkEmphasis() {
    }

    /** Whether a source may use the feature: it must not already contain the sentinel, raw or as a reference. */
    static boolean appliesTo(String source) {
        return source.indexOf(SENTINEL) < 0 && !SENTINEL_REFERENCE.matcher(source).find();
    }

    /** Adds the feature to a parser builder. */
    static Parser.Builder configure(Parser.Builder builder) {
        return builder
                .inlineParserFactory(context -> {
                    InlineParser stock = new InlineParserImpl(context);
                    return (lines, block) -> stock.parse(withSentinels(lines), block);
                })
                // Shortcut and collapsed references use the link text as label, and the text may now hold a
                // sentinel: look such labels up without it. Everything else falls through to the stock processor.
                .linkProcessor((info, scanner, context) -> {
                    if (info.destination() != null) {
                        return LinkResult.none();
                    }
                    String label = info.label() != null && !info.label().isEmpty() ? info.label() : info.text(scanner);
                    if (label.indexOf(SENTINEL) < 0) {
                        return LinkResult.none();
                    }
                    LinkReferenceDefinition definition =
                            context.getDefinition(LinkReferenceDefinition.class, strip(label));
                    if (definition == null) {
                        return LinkResult.none();
                    }
                    if (info.marker() != null && "!".equals(info.marker().getLiteral())) {
                        return LinkResult.wrapTextIn(new Image(definition.getDestination(), definition.getTitle()),
                                scanner.position()).includeMarker();
                    }
                    return LinkResult.wrapTextIn(new Link(definition.getDestination(), definition.getTitle()),
                            scanner.position());
                });
    }

    /** Removes every sentinel from a parsed document; text nodes left empty are dropped. */
    static void removeSentinels(Node document) {
        List<Node> emptied = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                text.setLiteral(strip(text.getLiteral()));
                if (text.getLiteral().isEmpty()) {
                    emptied.add(text);
                }
            }

            @Override
            public void visit(Code code) {
                code.setLiteral(strip(code.getLiteral()));
            }

            @Override
            public void visit(HtmlInline html) {
                html.setLiteral(strip(html.getLiteral()));
            }

            @Override
            public void visit(Link link) {
                link.setDestination(strip(link.getDestination()));
                link.setTitle(strip(link.getTitle()));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(strip(image.getDestination()));
                image.setTitle(strip(image.getTitle()));
                visitChildren(image);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                block.setLiteral(strip(block.getLiteral()));
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                block.setLiteral(strip(block.getLiteral()));
            }

            @Override
            public void visit(HtmlBlock block) {
                block.setLiteral(strip(block.getLiteral()));
            }
        });
        emptied.forEach(Node::unlink);
    }

    static String strip(String s) {
        return s == null || s.indexOf(SENTINEL) < 0 ? s : s.replace(String.valueOf(SENTINEL), "");
    }

    /** The inline content with sentinels added, or the same lines when nothing changes. */
    static SourceLines withSentinels(SourceLines lines) {
        String content = lines.getContent(); // the lines joined with '\n'
        if (content.indexOf('*') < 0) {
            return lines;
        }
        List<Integer> inserts = sentinelPositions(content);
        if (inserts.isEmpty()) {
            return lines;
        }
        List<SourceLine> result = new ArrayList<>();
        int lineStart = 0;
        int next = 0;
        for (SourceLine line : lines.getLines()) {
            CharSequence text = line.getContent();
            int lineEnd = lineStart + text.length();
            StringBuilder sb = new StringBuilder(text.length() + 2);
            int copied = lineStart;
            while (next < inserts.size() && inserts.get(next) <= lineEnd) {
                int at = inserts.get(next++);
                sb.append(content, copied, at).append(SENTINEL);
                copied = at;
            }
            sb.append(content, copied, lineEnd);
            SourceSpan span = line.getSourceSpan();
            if (span != null && sb.length() != text.length()) {
                span = SourceSpan.of(span.getLineIndex(), span.getColumnIndex(), span.getInputIndex(), sb.length());
            }
            result.add(SourceLine.of(sb.toString(), span));
            lineStart = lineEnd + 1;
        }
        return SourceLines.of(result);
    }

    /** Offsets in {@code s} (inline content, lines joined with '\n') before which a sentinel goes. */
    static List<Integer> sentinelPositions(String s) {
        List<Integer> positions = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += i + 1 < n && isAsciiPunctuation(s.charAt(i + 1)) ? 2 : 1;
            } else if (c == '`') {
                i = skipCodeSpan(s, i);
            } else if (c == '<') {
                i = skipAutolinkOrHtml(s, i);
            } else if (c == '*') {
                int end = i;
                while (end < n && s.charAt(end) == '*') {
                    end++;
                }
                int at = sentinelPosition(s, i, end);
                if (at >= 0) {
                    positions.add(at);
                }
                i = end;
            } else {
                i++;
            }
        }
        return positions;
    }

    /**
     * For the {@code *} run {@code s[start, end)}: where a sentinel makes it flank as the amendment says, or -1.
     * CommonMark: left-flanking = next not whitespace and (next not punctuation or previous is whitespace or
     * punctuation); right-flanking symmetrically. The amendment also accepts a CJK character (or CJK character
     * plus variation selector, or an ideographic variation selector) before a run followed by punctuation, and
     * after a run preceded by punctuation; and CJK punctuation does not block. The amendment only ever adds
     * flanking, so the two cases below are the complete difference (apart from variation selectors after
     * non-CJK punctuation, left alone as they do not concern CJK).
     */
    private static int sentinelPosition(String s, int start, int end) {
        int before = start == 0 ? '\n' : s.codePointBefore(start);
        int after = end == s.length() ? '\n' : s.codePointAt(end);
        if (Characters.isWhitespaceCodePoint(before) || Characters.isWhitespaceCodePoint(after)) {
            return -1;
        }
        boolean punctuationBefore = Characters.isPunctuationCodePoint(before);
        boolean punctuationAfter = Characters.isPunctuationCodePoint(after);
        // Not left-flanking only because punctuation follows: "是**“", "是**（". Put the sentinel after the run;
        // right-flanking stays true as the run is preceded by neither whitespace nor punctuation.
        if (punctuationAfter && !punctuationBefore && after != '_'
                && (Cjk.isWideOrHangul(after) || isCjkSequenceBefore(s, start))) {
            return end;
        }
        // Not right-flanking only because punctuation precedes: "”**是", "。**后". Put the sentinel before the
        // run; left-flanking stays true as the run is followed by neither whitespace nor punctuation.
        if (punctuationBefore && !punctuationAfter && before != '_' && (Cjk.isWideOrHangul(before) || Cjk.isWideOrHangul(after))) {
            return start;
        }
        return -1;
    }

    /** Whether a CJK character, a CJK character plus variation selector, or an IVS ends just before {@code at}. */
    private static boolean isCjkSequenceBefore(String s, int at) {
        int last = s.codePointBefore(at);
        if (Cjk.isWideOrHangul(last) || Cjk.isIdeographicVariationSelector(last)) {
            return true;
        }
        int baseEnd = at - Character.charCount(last);
        return Cjk.isNonEmojiVariationSelector(last) && baseEnd > 0 && Cjk.isWideOrHangul(s.codePointBefore(baseEnd));
    }

    /** Past a code span starting at {@code i}, or past the backtick run if it has no closing run. */
    private static int skipCodeSpan(String s, int i) {
        int open = runLength(s, i, '`');
        int j = i + open;
        while ((j = s.indexOf('`', j)) >= 0) {
            int close = runLength(s, j, '`');
            if (close == open) {
                return j + close;
            }
            j += close;
        }
        return i + open;
    }

    /** Past an autolink or raw HTML starting at {@code i}, or {@code i + 1}. */
    private static int skipAutolinkOrHtml(String s, int i) {
        if (s.startsWith("<!--", i)) {
            if (s.startsWith("<!-->", i)) {
                return i + 5;
            }
            if (s.startsWith("<!--->", i)) {
                return i + 6;
            }
            return pastEnd(s, i, "-->", i + 4);
        }
        if (s.startsWith("<?", i)) {
            return pastEnd(s, i, "?>", i + 2);
        }
        if (s.startsWith("<![CDATA[", i)) {
            return pastEnd(s, i, "]]>", i + 9);
        }
        if (s.startsWith("<!", i) && i + 2 < s.length() && isAsciiLetter(s.charAt(i + 2))) {
            return pastEnd(s, i, ">", i + 2);
        }
        Matcher matcher = AUTOLINK_OR_TAG.matcher(s).region(i, s.length());
        return matcher.lookingAt() ? matcher.end() : i + 1;
    }

    private static int pastEnd(String s, int i, String end, int from) {
        int at = s.indexOf(end, from);
        return at < 0 ? i + 1 : at + end.length();
    }

    private static int runLength(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
