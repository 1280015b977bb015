package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.build.ArchiveLoader;
import org.sourcebook.build.LoadedArchive;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.model.Claim;
import org.sourcebook.model.NumberDecision;

/** An editor's overrides: applied to the extraction, or a failed load naming file and line. */
class OverridesTest {
    private static final String SLUG = "thirty-first-anniversary-statement";

    @TempDir
    Path tmp;

    private Path content(String overrides) throws IOException {
        Path src = SeedScoreTest.projectDir().resolve("content");
        Path dst = tmp.resolve("content");
        try (Stream<Path> all = Files.walk(src)) {
            for (Path p : all.toList()) {
                Path to = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!src.relativize(p).startsWith("overrides")) {
                    Files.copy(p, to);
                }
            }
        }
        Files.createDirectories(dst.resolve("overrides"));
        Files.writeString(dst.resolve("overrides").resolve(SLUG + ".yaml"), overrides);
        return dst;
    }

    private static List<Claim> claims(LoadedArchive a) {
        return a.archive().claimsOf(SLUG);
    }

    @Test
    void rejectsCorrectsAndAddsClaims() throws IOException {
        LoadedArchive a = ArchiveLoader.load(content("""
                reject:
                  - quote: "56 people were killed with unprecedented cruelty"
                    reason: "Test: rejected."
                correct:
                  - quote: "132 children lost one of their parents"
                    to: {value: 130}
                    reason: "Test: corrected."
                add:
                  - quote: "the mass killings committed in the town of Khojaly"
                    fact: killed
                    value: 613
                    qualifier: approximately
                    attributed_to: "Test body"
                    reason: "Test: added."
                """));
        assertTrue(a.ok(), a.diagnostics()::toString);
        List<Claim> cs = claims(a);
        assertTrue(cs.stream().noneMatch(c -> c.fact().equals("killed.extreme-cruelty")), cs::toString);
        Claim corrected = cs.stream().filter(c -> c.quote().contains("132 children")).findFirst().orElseThrow();
        assertEquals(130, corrected.value().intValue());
        assertEquals("override", corrected.origin());
        assertEquals("Test: corrected.", corrected.note());
        Claim added = cs.stream().filter(c -> "Test: added.".equals(c.note())).findFirst().orElseThrow();
        assertEquals("override", added.origin());
        assertEquals("Test body", added.attributedTo());
        assertEquals(a.archive().expectSource(SLUG).body().substring(added.start(), added.end()), added.quote());
        List<NumberDecision> ds = a.archive().decisionsOf(SLUG);
        assertTrue(ds.stream().anyMatch(d -> d.text().equals("56") && "rejected by editor: Test: rejected.".equals(d.reason())), ds::toString);
    }

    @Test
    void warnsAboutAnEntryThatMatchesNoClaim() throws IOException {
        LoadedArchive a = ArchiveLoader.load(content("""
                reject:
                  - quote: "The Azerbaijani people will never forget"
                    reason: "nothing there"
                """));
        assertTrue(a.ok(), a.diagnostics()::toString);
        assertTrue(a.diagnostics().stream().anyMatch(d -> !d.isError() && d.line() == 2 && d.message().contains("matches no extracted claim")),
                a.diagnostics()::toString);
    }

    @Test
    void failsWhenAQuoteIsNoLongerInTheSource() throws IOException {
        LoadedArchive a = ArchiveLoader.load(content("""
                add:
                  - quote: "613 people perished"
                    fact: killed
                    value: 613
                    reason: "typo"
                """));
        assertFalse(a.ok());
        Diagnostic d = a.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(Path.of("content", "overrides", SLUG + ".yaml"), d.file());
        assertEquals(2, d.line());
        assertTrue(d.message().contains("'613 people perished' is no longer in the text of " + SLUG), d.message());
    }

    @Test
    void failsOnAnUnknownFact() throws IOException {
        LoadedArchive a = ArchiveLoader.load(content("""
                reject:
                  - quote: "1275 people were taken hostage"
                    reason: "ok"
                correct:
                  - quote: "8 families were completely wiped out"
                    fact: families
                    to: {value: 6}
                    reason: "wrong"
                """));
        assertFalse(a.ok());
        Diagnostic d = a.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(5, d.line());
        assertTrue(d.message().contains("unknown fact 'families'"), d.message());
    }

    @Test
    void failsOnAnEntryWithoutReasonAndOnAFileForNoSource() throws IOException {
        Path c = content("""
                reject:
                  - quote: "1275 people were taken hostage"
                """);
        Files.writeString(c.resolve("overrides").resolve("no-such-source.yaml"), "reject: []\n");
        LoadedArchive a = ArchiveLoader.load(c);
        assertFalse(a.ok());
        assertTrue(a.diagnostics().stream().anyMatch(d -> d.message().contains("has no reason")), a.diagnostics()::toString);
        assertTrue(a.diagnostics().stream().anyMatch(d -> d.message().contains("'no-such-source', which is not a source")), a.diagnostics()::toString);
    }
}
