package org.sourcebook.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.model.NumberDecision;
import org.sourcebook.site.SiteFile;
import org.sourcebook.site.SitePlanner;
import org.sourcebook.testutil.Project;

/** Sources whose bodies are held as UTF-8 (a large archive's, {@link ArchiveLoader#compactBodies}) give the same site. */
class CompactBodiesTest {
    @TempDir
    Path dir;

    @Test
    void compactedBodiesGiveTheSameFiles() throws Exception {
        Path content = dir.resolve("content");
        new CorpusGenerator(7).write(Project.content(), content, 120);
        Archive plain = ArchiveLoader.load(content).archive();
        List<Source> compacted = ArchiveLoader.compactBodies(plain.sources(), "always");
        List<NumberDecision> decisions = new ArrayList<>();
        for (Source s : plain.sources()) {
            decisions.addAll(plain.decisionsOf(s.slug()));
        }
        Archive compact = new Archive(plain.config(), plain.schema(), compacted, plain.claims(), decisions);
        for (int i = 0; i < compacted.size(); i++) {
            Source a = plain.sources().get(i);
            Source b = compact.sources().get(i);
            assertNotSame(a, b, "compacted: " + a.slug());
            assertEquals(a.body(), b.body(), a.slug());
            assertArrayEquals(a.body().getBytes(StandardCharsets.UTF_8), b.bodyUtf8(), a.slug());
            assertEquals(a, b, a.slug());
            assertEquals(a.hashCode(), b.hashCode(), a.slug());
        }
        List<SiteFile> before = new SitePlanner(plain, Project.templates()).files();
        List<SiteFile> after = new SitePlanner(compact, Project.templates()).files();
        assertEquals(before.size(), after.size(), "files");
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).path(), after.get(i).path());
            assertArrayEquals(before.get(i).bytes(), after.get(i).bytes(), before.get(i).path());
        }
        assertSame(plain.sources(), ArchiveLoader.compactBodies(plain.sources(), "never"), "never: the same sources");
    }

    @Test
    void aLoneSurrogateKeepsItsText() {
        Source s = new Source("s", Path.of("sources/s.md"), null, "a \uD800 b", 5, "0", List.of());
        assertSame(s, s.compact(), "UTF-8 cannot hold a lone surrogate: the text is kept");
        Source pair = new Source("p", Path.of("sources/p.md"), null, "a \uD83D\uDE00 “b”", 5, "0", List.of());
        Source c = pair.compact();
        assertNotSame(pair, c);
        assertEquals(pair.body(), c.body());
        assertEquals(pair, c);
        assertTrue(c.toString().contains("“b”"));
        assertFalse(c.equals(new Source("p", Path.of("sources/p.md"), null, "other", 5, "0", List.of())));
    }
}
