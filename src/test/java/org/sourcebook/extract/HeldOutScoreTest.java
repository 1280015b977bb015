package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcebook.build.ArchiveLoader;
import org.sourcebook.build.LoadedArchive;
import org.sourcebook.model.Claim;
import org.sourcebook.testutil.Project;

/**
 * The extractor on statements written blind, by people who had not read its code, in the genres
 * of issue 3 (encyclopedia entries, rights reports, ministry statements, wire reports,
 * resolutions, web pages with furniture, social posts), with gold claims by FACTS.md. Each set's
 * sources are built with the real facts.yaml and extraction.yaml (no overrides) and scored as
 * score-claims does. The floors are the scores reached so far, less a small margin: a change
 * that loses held-out claims fails here. Set A was the development set of the extractor's
 * changes; set B was only scored while they were made (its per-claim report is printed, so it is
 * not strictly unseen); set C was written afterwards, blind, and scored once before and once
 * after those changes (f1 0.811 before, 0.893 after). Since then all three are development sets:
 * the rules added against them are general ones, tested by spec cases in other wordings.
 */
class HeldOutScoreTest {

    @ParameterizedTest(name = "{0}: f1 >= {1}, qualifiers >= {2}, attribution >= {3}")
    @CsvSource({
        "heldout,   0.987, 0.99, 0.969",
        "heldout-b, 0.938, 0.984, 0.958",
        "heldout-c, 0.984, 0.99, 0.99",
    })
    void heldOutStatementsScoreAtLeastTheirFloor(String set, double minF1, double minQualifiers, double minAttribution,
                                                 @TempDir Path tmp) throws IOException {
        Path dir = Project.dir().resolve("src/test/resources").resolve(set);
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("sources"));
        for (String f : new String[] {"facts.yaml", "archive.yaml", "extraction.yaml"}) {
            if (Files.exists(Project.content().resolve(f))) {
                Files.copy(Project.content().resolve(f), content.resolve(f));
            }
        }
        try (Stream<Path> sources = Files.list(dir.resolve("sources"))) {
            for (Path p : sources.toList()) {
                Files.copy(p, content.resolve("sources").resolve(p.getFileName()));
            }
        }
        LoadedArchive loaded = ArchiveLoader.load(content);
        assertTrue(loaded.ok(), () -> "held-out content has errors: " + loaded.diagnostics());
        for (Claim c : loaded.archive().claims()) {
            String body = loaded.archive().expectSource(c.source()).body();
            assertTrue(body.substring(c.start(), c.end()).equals(c.quote()), () -> "offsets do not give the quote: " + c);
        }
        GoldScore score = GoldScore.of(GoldScore.readGold(dir.resolve("gold.jsonl")), loaded.archive().claims());
        System.out.println(set + ":\n" + score.report() + score.line());
        assertTrue(score.f1() >= minF1 && score.qualifierAccuracy() >= minQualifiers && score.attributionAccuracy() >= minAttribution,
                () -> set + ":\n" + score.report() + score.line());
    }
}
