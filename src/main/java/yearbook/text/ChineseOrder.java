package yearbook.text;

import java.util.Comparator;
import java.util.Locale;

import com.ibm.icu.text.Collator;

/** Sorting Chinese text the way readers expect in an index: by pinyin (ICU's zh collation). */
public final class ChineseOrder {
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(Locale.forLanguageTag("zh-u-co-pinyin"));
        c.setStrength(Collator.TERTIARY);
        return c;
    });

    /** Pinyin order, ties broken by code point order so that the order is total and stable. */
    public static final Comparator<String> PINYIN = (a, b) -> {
        int c = COLLATOR.get().compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    };

    private ChineseOrder() {
    }
}
