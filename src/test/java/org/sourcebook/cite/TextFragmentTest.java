package org.sourcebook.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFragmentTest {
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://example.org/a            | 8 families were completely wiped out  | https://example.org/a#:~:text=8%20families%20were%20completely%20wiped%20out
            https://example.org/a#top        | 1,275 hostages                        | https://example.org/a#top:~:text=1%2C275%20hostages
            https://example.org/a            | 20-year-old & co.                     | https://example.org/a#:~:text=20%2Dyear%2Dold%20%26%20co.
            https://example.org/a            | “Justice”  for   Khojaly              | https://example.org/a#:~:text=%E2%80%9CJustice%E2%80%9D%20for%20Khojaly
            https://example.org/a            | one two three four five six seven eight nine ten eleven twelve thirteen | https://example.org/a#:~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen
            """)
    void encodesTheQuoteAsATextDirective(String url, String quote, String expected) {
        assertEquals(expected, TextFragment.link(url, quote));
    }
}
