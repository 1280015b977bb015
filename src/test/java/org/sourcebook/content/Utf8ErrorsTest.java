package org.sourcebook.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
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
}
