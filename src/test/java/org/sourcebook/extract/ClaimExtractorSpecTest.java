package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.build.ArchiveLoader;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactSchema;

/** Sentence in, claims out: every case of extract/claims.spec against the real facts.yaml. */
class ClaimExtractorSpecTest {
    private static ClaimExtractor extractor;

    @BeforeAll
    static void loadFacts() {
        extractor = extractor();
    }

    static ClaimExtractor extractor() {
        Path content = SeedScoreTest.projectDir().resolve("content");
        FactSchema schema = ArchiveLoader.load(content).archive().schema();
        return new ClaimExtractor(schema, Grammar.load(content, content, new ArrayList<>()));
    }

    static List<SpecCase> cases() throws IOException {
        return SpecCase.read("/extract/claims.spec");
    }

    @Test
    void specHasEnoughCasesAndNegatives() throws IOException {
        List<SpecCase> all = cases();
        long negative = all.stream().filter(c -> c.expected().isEmpty()).count();
        assertTrue(all.size() >= 150, "the spec needs at least 150 cases, has " + all.size());
        assertTrue(negative * 3 >= all.size(), "a third of the cases should be negative, " + negative + " of " + all.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsWhatTheSpecSays(SpecCase c) {
        Extraction x = extractor.extractText("spec", c.input());
        List<String> got = x.claims().stream().map(ClaimExtractorSpecTest::describe).sorted().toList();
        List<String> want = c.claims().stream().sorted().toList();
        for (Claim claim : x.claims()) {
            assertEquals(claim.quote(), c.input().substring(claim.start(), claim.end()), "offsets do not give the quote");
        }
        long distinct = x.decisions().stream().map(d -> d.start() + ":" + d.end()).distinct().count();
        assertEquals(x.decisions().size(), distinct, () -> "one decision per number: " + x.decisions());
        assertEquals(want, got, () -> "\ninput:    " + c.input() + "\nquotes:   "
                + x.claims().stream().map(cl -> cl.fact() + " '" + cl.quote() + "'").collect(Collectors.joining("; "))
                + "\ndecisions: " + x.decisions().stream().map(d -> d.text() + "→" + (d.fact() != null ? d.fact() : d.reason()))
                .collect(Collectors.joining("; ")) + "\n");
        // a claim written with its quote: the extractor's quote is exactly that
        List<String> gotQuoted = x.claims().stream().map(cl -> SpecCase.quotedForm(describe(cl), cl.quote())).toList();
        for (String q : c.quoted()) {
            assertTrue(gotQuoted.contains(q), () -> "\ninput:    " + c.input() + "\nwanted:   " + q + "\ngot:      " + gotQuoted + "\n");
        }
    }

    static String describe(Claim c) {
        String v = c.value().toPlainString() + (c.valueMax() == null ? "" : "-" + c.valueMax().toPlainString());
        return c.fact() + " " + v + " " + c.qualifier().id() + (c.attributedTo() == null ? "" : " @ " + c.attributedTo());
    }
}
