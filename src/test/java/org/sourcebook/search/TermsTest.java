package org.sourcebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {
    @Test
    void foldsCaseAccentsAndThousandsSeparators() {
        assertEquals(List.of("xocalı", "genocide", "1275", "hostages"), Terms.of("Xocalı genocide: 1,275 HOSTAGES"));
        assertEquals(List.of("khojaly", "elderly", "cafe"), Terms.of("Khojaly’s elderly café"));
    }

    @Test
    void dropsStopWordsAndSingleLettersButKeepsSingleDigits() {
        assertEquals(List.of("8", "families", "wiped", "out"), Terms.of("The 8 families were a wiped out"));
    }

    @Test
    void theHandWrittenTokenizerMatchesThePatternTheBrowserUses() {
        java.util.Random rnd = new java.util.Random(7);
        String alphabet = "ab1,2 .9Xé\u0301ı٣²Ⅻ-’\n😀";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(24);
            for (int i = 0; i < len; i++) {
                int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, rnd.nextInt(alphabet.codePointCount(0, alphabet.length()))));
                sb.appendCodePoint(cp);
            }
            String text = sb.toString();
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = Terms.TOKEN.matcher(text);
            while (m.find()) {
                String t = Terms.fold(m.group());
                if (Terms.indexable(t)) {
                    expected.add(t);
                }
            }
            assertEquals(expected, Terms.of(text), "tokens of '" + text + "'");
        }
    }

    @Test
    void keepsDecimalsAsTwoNumbers() {
        assertEquals(List.of("3", "5", "million"), Terms.of("3.5 million"));
    }
}
