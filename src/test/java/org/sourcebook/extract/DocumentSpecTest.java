package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.FurnitureDetector;
import org.sourcebook.content.Source;

/** Whole statements of other genres (extract/documents.spec), furniture detection included. */
class DocumentSpecTest {
    private static ClaimExtractor extractor;

    @BeforeAll
    static void loadFacts() {
        extractor = ClaimExtractorSpecTest.extractor();
    }

    static List<SpecCase> cases() throws IOException {
        return SpecCase.read("/extract/documents.spec");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsWhatTheSpecSays(SpecCase c) {
        FrontMatter fm = new FrontMatter("T", null, null, "2024", "web-page", "en", null, null, null, java.util.Map.of(), null, List.of());
        Source s = new Source("doc", java.nio.file.Path.of("doc.md"), fm, c.input(), 1, "", List.of());
        s = s.withFurniture(FurnitureDetector.detect(s));
        Extraction x = extractor.extract(s);
        List<String> got = x.claims().stream().map(ClaimExtractorSpecTest::describe).sorted().toList();
        List<String> want = c.claims().stream().sorted().toList();
        assertEquals(want, got, () -> "\ninput:    " + c.input() + "\nquotes:   "
                + x.claims().stream().map(cl -> cl.fact() + " '" + cl.quote() + "'").collect(Collectors.joining("; "))
                + "\ndecisions: " + x.decisions().stream().map(d -> d.text() + "→" + (d.fact() != null ? d.fact() : d.reason()))
                .collect(Collectors.joining("; ")) + "\n");
        // a claim written with its quote: the extractor's quote is exactly that
        List<String> gotQuoted = x.claims().stream().map(cl -> SpecCase.quotedForm(ClaimExtractorSpecTest.describe(cl), cl.quote())).toList();
        for (String q : c.quoted()) {
            assertTrue(gotQuoted.contains(q), () -> "\ninput:    " + c.input() + "\nwanted:   " + q + "\ngot:      " + gotQuoted + "\n");
        }
    }
}
