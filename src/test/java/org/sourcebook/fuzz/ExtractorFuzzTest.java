package org.sourcebook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import java.nio.charset.StandardCharsets;

/**
 * Any body text (bytes read as UTF-8): the extractor returns claims whose offsets give their
 * quotes, never an exception or a hang. Seeds: the archive's bodies.
 */
class ExtractorFuzzTest {

    /** 10 s per input: Jazzer turns the JUnit timeout into libFuzzer's -timeout, so a hang is a finding. */
    @Timeout(10)
    @FuzzTest(maxDuration = "2m")
    void anyBodyGivesClaimsInsideIt(byte[] text) {
        FuzzChecks.extract(FuzzChecks.source(new String(text, StandardCharsets.UTF_8)));
    }
}
