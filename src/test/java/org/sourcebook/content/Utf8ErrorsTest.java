package org.sourcebook.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first byte that is not UTF-8 is found, and named by line, column (in characters) and offset ("|" is a line end). */
class Utf8ErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Windows-1252 quote,   'ab|cd’e',  92, '2,5,7'",
            "Latin-1 e acute,      'caf',       E9, '1,4,3'",
            "overlong slash,       'x||y',      C0AF, '3,2,4'",
            "encoded surrogate,    'é',         EDA080, '1,2,2'",
            "cut at the end,       'end ',      E282, '1,5,4'",
            "lone continuation,    '',          80, '1,1,0'"})
    void findsTheFirstBadByte(String name, String before, String badHex, String expected) {
        byte[] head = before.replace("’", "'").replace('|', '\n').getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.HexFormat.of().parseHex(badHex);
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        int[] want = java.util.Arrays.stream(expected.split(",")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(want, SourceLoader.firstBadByte(all), name);
    }

    /** The quick decoding (String's constructor, the decoder only where it replaced a byte) gives what the decoder gives, or fails where it fails. */
    @Test
    void decodesAsTheStrictDecoderDoes() {
        Random r = new Random(3);
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8), "’".getBytes(StandardCharsets.UTF_8),
            "😀".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8), "\uFEFF".getBytes(StandardCharsets.UTF_8),
            {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xC3}, {0}};
        for (int n = 0; n < 50_000; n++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int k = r.nextInt(8); k > 0; k--) {
                out.writeBytes(r.nextInt(4) == 0 ? new byte[] {(byte) r.nextInt(256)} : pieces[r.nextInt(pieces.length)]);
            }
            byte[] bytes = out.toByteArray();
            assertEquals(decoded(() -> SourceLoader.decodeStrictly(bytes)), decoded(() -> SourceLoader.decodeUtf8(bytes)),
                    () -> java.util.HexFormat.of().formatHex(bytes));
        }
    }

    private interface Decoding {
        String get() throws CharacterCodingException;
    }

    private static String decoded(Decoding d) {
        try {
            return "text " + d.get();
        } catch (CharacterCodingException e) {
            return "not UTF-8";
        }
    }
}
