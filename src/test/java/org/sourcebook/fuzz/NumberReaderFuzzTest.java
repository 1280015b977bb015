package org.sourcebook.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.sourcebook.extract.NumberMention;
import org.sourcebook.extract.NumberReader;

/** Any text: every number read lies inside it, with a value, in order; never an exception or a hang. */
class NumberReaderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void everyNumberLiesInsideTheText(byte[] bytes) {
        FuzzChecks.withinTimeLimit(() -> check(new String(bytes, StandardCharsets.UTF_8)));
    }

    private static void check(String text) {
        int last = -1;
        for (NumberMention m : NumberReader.read(text)) {
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), () -> "outside the text: " + m + " in " + text.length() + " chars");
            assertTrue(m.start() >= last, () -> "out of order: " + m);
            assertNotNull(m.value(), () -> "no value: " + m);
            last = m.start();
        }
    }
}
