package yearbook.text;

import java.util.Comparator;
import java.util.Locale;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Sorting Chinese text the way readers expect in an index: by pinyin (ICU's zh collation), or by the strokes
 * of the first character (zh@collation=stroke), with the heading each term is filed under.
 */
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

    /**
     * A text's place in {@link #PINYIN} order, worked out once: keys compare as {@code PINYIN} compares their texts,
     * without the collator's work on each comparison (a sort compares each text some twenty times).
     */
    public static PinyinKey pinyinKey(String text) {
        return new PinyinKey(COLLATOR.get().getCollationKey(text), text);
    }

    /** See {@link #pinyinKey}. */
    public record PinyinKey(com.ibm.icu.text.CollationKey key, String text) implements Comparable<PinyinKey> {
        @Override
        public int compareTo(PinyinKey other) {
            int c = key.compareTo(other.key);
            return c != 0 ? c : text.compareTo(other.text);
        }
    }

    private static final ThreadLocal<Collator> STROKES = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(Locale.forLanguageTag("zh-u-co-stroke"));
        c.setStrength(Collator.TERTIARY);
        return c;
    });

    /** Stroke order: by the number of strokes of the first character, then the next, as 笔画索引 are sorted. */
    public static final Comparator<String> STROKE = (a, b) -> {
        int c = STROKES.get().compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    };

    private static final ThreadLocal<AlphabeticIndex.ImmutableIndex<String>> STROKE_INDEX = ThreadLocal.withInitial(
            () -> new AlphabeticIndex<String>(ULocale.forLanguageTag("zh-u-co-stroke")).buildImmutableIndex());

    private ChineseOrder() {
    }

    /** The heading a stroke-order index files a term under: the strokes of its first character, 8画. */
    public static String strokeHeading(String term) {
        AlphabeticIndex.ImmutableIndex<String> index = STROKE_INDEX.get();
        String label = index.getBucket(index.getBucketIndex(term)).getLabel();
        return label.replace('劃', '画');
    }
}
