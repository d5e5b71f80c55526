package yearbook.importer.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Encoding detection, normalisation and refusals of {@link Decoder}. */
class DecoderTest {

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static Decoder.Decoded ok(byte[] bytes) {
        Decoder.Decoded d = Decoder.decode(bytes);
        assertTrue(d.ok(), () -> "refused: " + d.error());
        assertNull(d.error());
        return d;
    }

    private static Decoder.Decoded refused(byte[] bytes) {
        Decoder.Decoded d = Decoder.decode(bytes);
        assertFalse(d.ok(), () -> "accepted as " + d.encoding() + ": " + d.text());
        assertNull(d.text());
        assertNull(d.encoding());
        return d;
    }

    // Valid UTF-8 without a BOM is read as UTF-8, unchanged.
    @Test
    void utf8WithoutBom() {
        Decoder.Decoded d = ok("全国总工会召开会议。ABC 123".getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", d.encoding());
        assertEquals("全国总工会召开会议。ABC 123", d.text());
        assertEquals(0, d.traditionalConverted());
    }

    // A UTF-8 byte-order mark decides the encoding and is removed from the text.
    @Test
    void utf8WithBomHasBomRemoved() {
        Decoder.Decoded d = ok(concat(bytes(0xEF, 0xBB, 0xBF), "工会会员".getBytes(StandardCharsets.UTF_8)));
        assertEquals("UTF-8（带字节顺序标记）", d.encoding());
        assertEquals("工会会员", d.text());
    }

    // A UTF-16LE byte-order mark decides the encoding.
    @Test
    void utf16LittleEndianWithBom() {
        Decoder.Decoded d = ok(concat(bytes(0xFF, 0xFE), "职工之家A".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16LE（带字节顺序标记）", d.encoding());
        assertEquals("职工之家A", d.text());
    }

    // A UTF-16BE byte-order mark decides the encoding.
    @Test
    void utf16BigEndianWithBom() {
        Decoder.Decoded d = ok(concat(bytes(0xFE, 0xFF), "职工之家A".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("UTF-16BE（带字节顺序标记）", d.encoding());
        assertEquals("职工之家A", d.text());
    }

    // A BOM followed by bytes that are not valid in that encoding is refused as damaged.
    @Test
    void utf8BomWithInvalidBodyIsRefusedAsDamaged() {
        Decoder.Decoded d = refused(bytes(0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("damaged"), d.reason().text(java.util.Locale.ENGLISH));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("UTF-8"), d.reason().text(java.util.Locale.ENGLISH));
    }

    // GB18030 bytes (not valid UTF-8) that read as Chinese are detected as GB18030/GBK.
    @Test
    void gb18030BytesAreDetected() {
        String text = "宁夏回族自治区总工会召开全委会议，部署年度工作。";
        Decoder.Decoded d = ok(text.getBytes(Charset.forName("GB18030")));
        assertEquals("GB18030/GBK", d.encoding());
        assertEquals(text, d.text());
    }

    // GBK bytes are detected the same way (GB18030 includes GBK).
    @Test
    void gbkBytesAreDetected() {
        String text = "全市职工技能大赛圆满落幕，“工匠”精神代代相传。";
        Decoder.Decoded d = ok(text.getBytes(Charset.forName("GBK")));
        assertEquals("GB18030/GBK", d.encoding());
        assertEquals(text, d.text());
    }

    // CRLF line ends become LF.
    @Test
    void crlfBecomesLf() {
        assertEquals("第一行\n第二行\n", ok("第一行\r\n第二行\r\n".getBytes(StandardCharsets.UTF_8)).text());
    }

    // A lone CR (old Mac line end) becomes LF.
    @Test
    void loneCrBecomesLf() {
        assertEquals("第一行\n第二行\n\n第三行", ok("第一行\r第二行\r\r第三行".getBytes(StandardCharsets.UTF_8)).text());
    }

    // Zero-width spaces, joiners and stray BOMs inside the text are removed.
    @Test
    void zeroWidthCharactersRemoved() {
        assertEquals("工会会员", ok("工\u200B会\u200C会\u200D员\uFEFF".getBytes(StandardCharsets.UTF_8)).text());
    }

    // A no-break space becomes an ordinary space.
    @Test
    void noBreakSpaceBecomesSpace() {
        assertEquals("工会 会员 A", ok("工会\u00A0会员\u00A0A".getBytes(StandardCharsets.UTF_8)).text());
    }

    // An empty file is refused.
    @Test
    void emptyFileRefused() {
        assertEquals("the file is empty", refused(new byte[0]).reason().text(java.util.Locale.ENGLISH));
    }

    // NUL bytes without a BOM mean a binary file (or BOM-less UTF-16): refused.
    @Test
    void nulBytesRefused() {
        Decoder.Decoded d = refused(bytes(0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("NUL bytes"), d.reason().text(java.util.Locale.ENGLISH));
    }

    // BOM-less UTF-16 text (full of NUL bytes) is refused, not misread.
    @Test
    void utf16WithoutBomRefused() {
        Decoder.Decoded d = refused("Union news".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("NUL bytes"), d.reason().text(java.util.Locale.ENGLISH));
    }

    // Latin-1 'café' is neither UTF-8 nor GB18030 Chinese: refused.
    @Test
    void latin1CafeRefused() {
        Decoder.Decoded d = refused("café".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("encoding cannot be recognised"), d.reason().text(java.util.Locale.ENGLISH));
    }

    // Latin-1 text whose accented letters happen to pair into GBK codes is still not Chinese: refused.
    @Test
    void latin1TextDecodableAsGbkRefused() {
        // ñ+o and ü+l form two-byte GBK codes (rare Han 駉, 黮): the page would import as "Se駉ra M黮ler"
        Decoder.Decoded d = refused("Señora Müller".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("encoding cannot be recognised"), d.reason().text(java.util.Locale.ENGLISH));
    }

    // High bytes that decode as nothing (0x80 and 0xFF are never GB18030 lead bytes): refused.
    @Test
    void randomHighBytesRefused() {
        Decoder.Decoded d = refused(bytes(0x80, 0xFF, 0x80, 0xFF, 0x41));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("encoding cannot be recognised"), d.reason().text(java.util.Locale.ENGLISH));
    }

    // Bytes that decode as GB18030 but not to Chinese (private-use characters) are refused.
    @Test
    void gb18030DecodableButNotChineseRefused() {
        // 0xAAA1 and 0xF8A1 lie in GBK's user-defined areas: they decode to private-use characters
        Decoder.Decoded d = refused(bytes(0xAA, 0xA1, 0xF8, 0xA1, 0xAA, 0xA2, 0x41));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("encoding cannot be recognised"), d.reason().text(java.util.Locale.ENGLISH));
    }

    // A control character is refused, with its code and line number in the message.
    @Test
    void controlCharacterRefusedWithLineNumber() {
        Decoder.Decoded d = refused("第一行\n第二行\n第\u0007三行".getBytes(StandardCharsets.UTF_8));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("U+0007"), d.reason().text(java.util.Locale.ENGLISH));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("line 3"), d.reason().text(java.util.Locale.ENGLISH));
    }

    // The line number counts CRLF line ends as one line each.
    @Test
    void controlCharacterLineNumberWithCrlf() {
        Decoder.Decoded d = refused("第一行\r\n第二行\r\n\u001B三行".getBytes(StandardCharsets.UTF_8));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("U+001B on line 3"), d.reason().text(java.util.Locale.ENGLISH));
    }

    // The line number counts lone-CR line ends too (they are line ends like any other).
    @Test
    void controlCharacterLineNumberWithLoneCr() {
        Decoder.Decoded d = refused("第一行\r第二行\r\u007F三行".getBytes(StandardCharsets.UTF_8));
        assertTrue(d.reason().text(java.util.Locale.ENGLISH).contains("U+007F on line 3"), d.reason().text(java.util.Locale.ENGLISH));
    }

    // Traditional Chinese text is converted to simplified, and the number of changed characters reported.
    @Test
    void traditionalConvertedToSimplifiedWithCount() {
        Decoder.Decoded d = ok("這是一個關於工會會員權益保障的報導".getBytes(StandardCharsets.UTF_8));
        assertEquals("这是一个关于工会会员权益保障的报导", d.text());
        assertEquals(10, d.traditionalConverted());
    }

    // Traditional text read from GB18030 bytes is converted too (conversion does not depend on the encoding).
    @Test
    void traditionalInGb18030Converted() {
        Decoder.Decoded d = ok("臺灣勞工團體參與會議".getBytes(Charset.forName("GB18030")));
        assertEquals("GB18030/GBK", d.encoding());
        assertEquals("台湾劳工团体参与会议", d.text());
        assertEquals(9, d.traditionalConverted());
    }

    // One or two traditional-looking characters in simplified text are left alone.
    @Test
    void fewTraditionalCharactersLeftAlone() {
        Decoder.Decoded d = ok("全市工會组织召开职工代表大会，審议工作报告。".getBytes(StandardCharsets.UTF_8));
        assertEquals("全市工會组织召开职工代表大会，審议工作报告。", d.text());
        assertEquals(0, d.traditionalConverted());
    }
}
