package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.content.FurnitureCues;

/** content/extraction.yaml adds to the built-in grammar; a broken file is reported with its line. */
class GrammarTest {

    @Test
    void theArchivesListsAreAddedToTheBuiltInOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extraction.yaml"), """
                qualifiers:
                  approximately: ["in the order of"]
                furniture:
                  lines: ["printer-friendly version"]
                """);
        List<Diagnostic> problems = new ArrayList<>();
        Grammar g = Grammar.load(dir, dir.resolve("extraction.yaml"), problems);
        assertEquals(List.of(), problems);
        assertTrue(g.list("qualifiers.approximately").contains("in the order of"));
        assertTrue(g.list("qualifiers.approximately").contains("about"), "built-in entries stay");
        assertTrue(FurnitureCues.from(g.section("furniture")).lines().contains("printer-friendly version"));
    }

    @Test
    void anAddedQualifierIsRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extraction.yaml"), "qualifiers:\n  approximately: [\"in the order of\"]\n");
        Path content = SeedScoreTest.projectDir().resolve("content");
        ClaimExtractor x = new ClaimExtractor(org.sourcebook.build.ArchiveLoader.load(content).archive().schema(),
                Grammar.load(dir, dir, new ArrayList<>()));
        Extraction e = x.extractText("t", "In the order of 600 people were killed.");
        assertEquals("approximately", e.claims().get(0).qualifier().id());
    }

    @Test
    void noListOfTheBuiltInGrammarHoldsAYamlBoolean() throws IOException {
        // an unquoted on, off, yes or no is read as true or false: "on" would silently be "true"
        com.fasterxml.jackson.databind.JsonNode root;
        try (var in = Grammar.class.getResourceAsStream("/org/sourcebook/extract/grammar.yaml")) {
            root = org.sourcebook.content.Yaml.MAPPER.readTree(in);
        }
        List<String> found = new ArrayList<>();
        walk(root, "", found);
        assertEquals(List.of(), found, "quote these words in grammar.yaml");
    }

    private static void walk(com.fasterxml.jackson.databind.JsonNode n, String path, List<String> found) {
        if (n.isBoolean()) {
            found.add(path);
        }
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), path + "[" + i + "]", found);
            }
        }
        n.fieldNames().forEachRemaining(k -> walk(n.get(k), path + "." + k, found));
    }

    @Test
    void aBrokenFileIsAnErrorWithItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extraction.yaml"), "qualifiers:\n  approximately: [about\n");
        List<Diagnostic> problems = new ArrayList<>();
        Grammar.load(dir, Path.of("content/extraction.yaml"), problems);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).isError() && problems.get(0).line() > 0, problems::toString);
    }
}
