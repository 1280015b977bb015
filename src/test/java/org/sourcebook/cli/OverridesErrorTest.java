package org.sourcebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An override naming a quote that is not in the source, or an unknown fact, stops the build. */
class OverridesErrorTest {
    /** A source that fails to load: its date is not a date. */
    private static final String BAD_DATE_SOURCE = "---\ntitle: \"Bad date\"\nkind: statement\ndate: \"26 February\"\n---\nText.\n";

    @Test
    void overrideWithMissingQuoteStopsTheBuildNamingTheFile(@TempDir Path tmp) throws Exception {
        ContentFixture f = new ContentFixture(tmp);
        ContentFixture.Run first = f.build();
        assertEquals(ExitCode.OK, first.rc(), first::toString);
        Map<String, String> before = ContentFixture.tree(f.out);
        Files.createDirectories(f.content.resolve("overrides"));
        Files.writeString(f.content.resolve("overrides/good-source.yaml"),
                "add:\n  - quote: \"some 200 were killed\"\n    fact: killed\n    value: 200\n    reason: \"test\"\n");
        ContentFixture.Run run = f.build();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertTrue(run.err().contains("content/overrides/good-source.yaml:2"), run::toString);
        assertEquals(before, ContentFixture.tree(f.out));
    }

    @Test
    void overrideWithUnknownFactStopsTheBuildNamingTheFile(@TempDir Path tmp) throws Exception {
        ContentFixture f = new ContentFixture(tmp);
        Files.createDirectories(f.content.resolve("overrides"));
        Files.writeString(f.content.resolve("overrides/good-source.yaml"),
                "add:\n  - quote: \"613 people were killed\"\n    fact: no-such-fact\n    value: 613\n    reason: \"test\"\n");
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertTrue(run.err().contains("content/overrides/good-source.yaml:"), run::toString);
        assertTrue(run.err().contains("no-such-fact"), run::toString);
    }

    @Test
    void checkReportsABadOverrideTogetherWithABadSource(@TempDir Path tmp) throws Exception {
        ContentFixture f = new ContentFixture(tmp);
        f.write("bad-date.md", BAD_DATE_SOURCE);
        Files.createDirectories(f.content.resolve("overrides"));
        Files.writeString(f.content.resolve("overrides/good-source.yaml"),
                "reject:\n  - quote: \"words that are not in the source\"\n    reason: \"test\"\n");
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertTrue(run.errorLines().stream().anyMatch(l -> l.contains("bad-date.md")), run::toString);
        assertTrue(run.errorLines().stream().anyMatch(l -> l.contains("content/overrides/good-source.yaml:2")), run::toString);
    }

    @Test
    void checkReportsAnOverrideWhileFactsYamlIsBroken(@TempDir Path tmp) throws Exception {
        ContentFixture f = new ContentFixture(tmp);
        Files.writeString(f.content.resolve("facts.yaml"), "facts: [unclosed\n");
        Files.createDirectories(f.content.resolve("overrides"));
        Files.writeString(f.content.resolve("overrides/good-source.yaml"),
                "add:\n  - quote: \"not in the source at all\"\n    fact: killed\n    value: 2\n    reason: \"test\"\n");
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertTrue(run.errorLines().stream().anyMatch(l -> l.contains("facts.yaml")), run::toString);
        assertTrue(run.errorLines().stream().anyMatch(l -> l.contains("content/overrides/good-source.yaml:2")), run::toString);
    }

    @Test
    void overridesOfASourceThatFailedToLoadAreNotReportedAsStray(@TempDir Path tmp) throws Exception {
        ContentFixture f = new ContentFixture(tmp);
        f.write("bad-date.md", BAD_DATE_SOURCE);
        Files.createDirectories(f.content.resolve("overrides"));
        Files.writeString(f.content.resolve("overrides/bad-date.yaml"),
                "reject:\n  - quote: \"Text\"\n    reason: \"test\"\n");
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertEquals(1, run.errorLines().size(), run::toString);
        assertTrue(run.errorLines().get(0).contains("bad-date.md"), run::toString);
    }
}
