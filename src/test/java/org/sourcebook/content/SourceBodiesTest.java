package org.sourcebook.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.testutil.Project;

/** The archive's texts are verbatim: each body hashes to its recorded SHA-256 and equals its seed. */
class SourceBodiesTest {

    @TestFactory
    Stream<DynamicTest> everyBodyHashesToItsRecordedSha256() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Project.content().resolve("sources"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "content/sources has no .md files");
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            List<Diagnostic> problems = new ArrayList<>();
            Source s = SourceLoader.load(p, p.getFileName(), problems).orElseThrow(() -> new AssertionError(problems.toString()));
            assertNotNull(s.meta().sha256(), p + " records no sha256");
            assertEquals(s.meta().sha256(), SourceLoader.sha256(s.body()), p + ": body does not hash to the recorded value");
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void seedBodiesAreTheSeedTextsByteForByte() throws Exception {
        assumeTrue(Project.hasShared(), "../shared/seeds is not beside the project");
        Map<String, String> slugs = new ObjectMapper().readValue(Project.shared().resolve("gold/seed-slugs.json").toFile(), Map.class);
        assertEquals(5, slugs.size());
        for (Map.Entry<String, String> e : slugs.entrySet()) {
            byte[] seed = Files.readAllBytes(Project.shared().resolve("seeds").resolve(e.getKey()));
            String file = Files.readString(Project.content().resolve("sources").resolve(e.getValue() + ".md"), StandardCharsets.UTF_8);
            String body = FrontMatterSplitter.split(file).orElseThrow().body();
            assertArrayEquals(seed, body.getBytes(StandardCharsets.UTF_8), e.getValue() + " differs from seed " + e.getKey());
        }
    }
}
