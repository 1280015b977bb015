package org.sourcebook.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.content.ContentFolder;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.FurnitureDetector;
import org.sourcebook.content.Source;
import org.sourcebook.content.SourceLoader;
import org.sourcebook.content.TextSpan;
import org.sourcebook.extract.ClaimExtractor;
import org.sourcebook.extract.Extraction;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactSchema;
import org.sourcebook.render.BodyRenderer;
import org.sourcebook.testutil.Project;

/** What every fuzz target asserts: claims inside the body, or a documented content error. */
final class FuzzChecks {
    /** The archive's real fact schema, so the extractor sees real cues. */
    static final FactSchema SCHEMA = new ContentFolder(Project.content()).loadFacts(new ArrayList<>())
            .orElseGet(() -> new FactSchema(List.of()));
    static final ClaimExtractor EXTRACTOR = new ClaimExtractor(SCHEMA);

    /** The time one input may take; more is a hang (well above the slowest input seen, under instrumentation). */
    static final java.time.Duration LIMIT = java.time.Duration.ofSeconds(10);

    private FuzzChecks() {
    }

    /**
     * Runs {@code check} in a separate thread and fails when it takes longer than {@link #LIMIT}.
     * (JUnit's @Timeout would time the whole fuzzing run, not one input.)
     */
    static void withinTimeLimit(org.junit.jupiter.api.function.Executable check) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(LIMIT, check, "one input took more than " + LIMIT.toSeconds() + " s: a hang");
    }

    /** Loads {@code bytes} as a source file; a source is then extracted and rendered. */
    static void loadExtractRender(String name, byte[] bytes) {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Source> loaded = SourceLoader.parse(name, bytes, Path.of("content/sources/" + name), problems);
        for (Diagnostic d : problems) {
            assertTrue(d.line() >= 0 && d.column() >= 0, () -> "position: " + d);
            assertFalse(d.message().isBlank(), () -> "empty message: " + d);
        }
        if (loaded.isEmpty()) {
            assertTrue(problems.stream().anyMatch(Diagnostic::isError), "no source and no error");
            return;
        }
        assertTrue(problems.stream().noneMatch(Diagnostic::isError), () -> "a source despite errors: " + problems);
        Source s = loaded.get().withFurniture(FurnitureDetector.detect(loaded.get()));
        for (TextSpan f : s.furniture()) {
            assertTrue(0 <= f.start() && f.start() <= f.end() && f.end() <= s.body().length(), () -> "furniture outside the body: " + f);
        }
        extract(s);
        BodyRenderer.render(s.body(), s.furniture(), List.of());
    }

    /** A bare source with {@code body}, as the loader would give it. */
    static Source source(String body) {
        FrontMatter meta = new FrontMatter("Fuzz", null, null, null, "other", "en", null, null, null, Map.of(), null, List.of());
        return new Source("fuzz", Path.of("content/sources/fuzz.md"), meta, body, 5, SourceLoader.sha256(body), List.of());
    }

    static Extraction extract(Source s) {
        Extraction x = EXTRACTOR.extract(s);
        for (Claim c : x.claims()) {
            assertTrue(0 <= c.start() && c.start() <= c.end() && c.end() <= s.body().length(), () -> "claim outside the body: " + c);
            assertEquals(c.quote(), s.body().substring(c.start(), c.end()), () -> "quote differs from its offsets: " + c);
            assertFalse(s.inFurniture(c.start(), c.end()), () -> "claim read from furniture: " + c);
        }
        return x;
    }
}
