package yearbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the CommonMark spec (0.31.2, as shipped in commonmark-test-util), rendered by
 * {@link MarkdownRenderer} with the CJK behaviours on and raw HTML trusted (the spec passes it through), must
 * give the spec's HTML exactly. {@code HtmlSafetyTest} renders the same examples with the default setting.
 *
 * <p>Normalisation, and nothing else: the {@code id} attribute of heading tags is removed from our output, because
 * the spec does not generate heading ids; and the spec's {@code →} in the expected HTML is read as a tab, as the
 * spec's own convention says (the example reader already does so for the Markdown source). {@link #EXCLUDED}
 * would list examples that legitimately differ.
 */
class CommonMarkSpecTest {

    /** Number of examples in spec.txt 0.31.2; guards against silently running none. */
    private static final int EXAMPLE_COUNT = 652;

    /**
     * Spec example number (as numbered in the HTML spec) to the reason it cannot match. Empty: GFM tables, the
     * heading ids and the CJK behaviours change no spec example.
     */
    private static final Map<Integer, String> EXCLUDED = Map.of();

    private static final Pattern HEADING_ID = Pattern.compile("(<h[1-6]) id=\"[^\"]*\"");

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.create(yearbook.config.RawHtml.TRUSTED);

    static List<Example> examples() {
        return ExampleReader.readExamples(TestResources.getSpec());
    }

    static Stream<Arguments> includedExamples() {
        List<Example> examples = examples();
        return IntStream.range(0, examples.size())
                .filter(i -> !EXCLUDED.containsKey(i + 1))
                .mapToObj(i -> Arguments.of(i + 1, examples.get(i)));
    }

    @Test
    void readsEverySpecExample() {
        assertEquals(EXAMPLE_COUNT, examples().size());
        assertEquals(EXAMPLE_COUNT - EXCLUDED.size(), includedExamples().count());
    }

    @ParameterizedTest(name = "example {0}: {1}")
    @MethodSource("includedExamples")
    void rendersLikeTheSpec(int number, Example example) {
        String html = RENDERER.render(example.getSource()).html();
        String expected = example.getHtml().replace('\u2192', '\t');
        assertEquals(expected, HEADING_ID.matcher(html).replaceAll("$1"),
                () -> "example " + number + " source:\n" + example.getSource());
    }
}
