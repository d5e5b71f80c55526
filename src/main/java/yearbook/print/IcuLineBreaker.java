package yearbook.print;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line breaking by ICU's rules for Chinese (UAX #14 with the strict CJK rules): closing punctuation such as
 * 。，、）” and the ellipsis …… never start a line, opening punctuation never ends one. The JDK's breaker
 * that the renderer uses by default does not keep all of these rules.
 */
final class IcuLineBreaker implements FSTextBreaker {
    private static final ULocale STRICT = new ULocale("zh_CN@lb=strict");
    private final BreakIterator breaker = BreakIterator.getLineInstance(STRICT);

    @Override
    public int next() {
        return breaker.next();
    }

    @Override
    public void setText(String newText) {
        breaker.setText(newText);
    }
}
