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
    void keepsDecimalsAsTwoNumbers() {
        assertEquals(List.of("3", "5", "million"), Terms.of("3.5 million"));
    }
}
