package org.sourcebook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any body text (bytes read as UTF-8): the extractor returns claims whose offsets give their
 * quotes, never an exception or a hang. Seeds: the archive's bodies.
 */
class ExtractorFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void anyBodyGivesClaimsInsideIt(byte[] text) {
        FuzzChecks.withinTimeLimit(() -> FuzzChecks.extract(FuzzChecks.source(new String(text, StandardCharsets.UTF_8))));
    }
}
