package org.sourcebook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes in a source file end in a source (then extracted and rendered, claims inside the
 * body) or in error diagnostics: never another exception or a hang. Seeds are the archive's
 * sources and BOM/CRLF variants in SourceLoadingFuzzTestInputs/; in plain test runs only the
 * seeds run (regression mode); {@code JAZZER_FUZZ=1} fuzzes (see .ci/run).
 */
class SourceLoadingFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void anyFileLoadsOrIsExplained(byte[] file) {
        FuzzChecks.withinTimeLimit(() -> FuzzChecks.loadExtractRender("fuzz-source.md", file));
    }
}
