package yearbook.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    /** Writes the text in pieces of the given size, alternating the ways a writer is given text. */
    private static byte[] written(String text, int piece) {
        Utf8Writer w = new Utf8Writer(4);
        for (int i = 0, k = 0; i < text.length(); i += piece, k++) {
            int end = Math.min(text.length(), i + piece);
            switch (k % 4) {
                case 0 -> w.write(text, i, end - i);
                case 1 -> w.write(text.substring(i, end).toCharArray(), 0, end - i);
                case 2 -> w.append(text, i, end);
                default -> {
                    for (int j = i; j < end; j++) {
                        w.write(text.charAt(j));
                    }
                }
            }
        }
        return w.toByteArray();
    }

    @Test
    void givesTheBytesOfGetBytesUtf8() {
        String text = "<p>职工群众 & “劳模精神”……ÄÖ é 😀 𠀀 end</p>" + "工".repeat(5000);
        for (int piece : new int[] {1, 2, 3, 7, 1000, text.length()}) {
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written(text, piece), "pieces of " + piece);
        }
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsInGetBytes() {
        for (String text : new String[] {"a\uD83Db", "a\uDE00b", "\uD83D", "\uD83D\uD83D\uDE00", "x\uDE00\uD83D"}) {
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written(text, 1), text);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written(text, 100), text);
        }
    }
}
