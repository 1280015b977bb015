package org.sourcebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.build.ArchiveLoader;
import org.sourcebook.build.LoadedArchive;
import org.sourcebook.testutil.Project;

class CorpusGeneratorTest {
    @Test
    void sameSeedGivesSameBytesAndOtherSeedsDiffer() {
        assertEquals(new CorpusGenerator(7).sourceText(12, 0), new CorpusGenerator(7).sourceText(12, 0));
        assertNotEquals(new CorpusGenerator(7).sourceText(12, 0), new CorpusGenerator(8).sourceText(12, 0));
        assertNotEquals(new CorpusGenerator(7).sourceText(12, 0), new CorpusGenerator(7).sourceText(12, 1));
    }

    @Test
    void generatedCorpusLoadsWithoutErrors(@TempDir Path dir) throws Exception {
        new CorpusGenerator(1992).write(Project.content(), dir, 60);
        assertTrue(Files.isRegularFile(dir.resolve("facts.yaml")));
        LoadedArchive loaded = ArchiveLoader.load(dir);
        assertTrue(loaded.ok(), () -> "diagnostics: " + loaded.diagnostics());
        assertEquals(60, loaded.archive().sources().size());
        assertTrue(loaded.archive().sources().stream().anyMatch(s -> !s.furniture().isEmpty()), "some sources have furniture");
    }

    @Test
    void numbersAreWrittenInWords() {
        assertEquals("six hundred and thirteen", Numbers.words(613));
        assertEquals("one thousand two hundred and seventy-five", Numbers.words(1275));
        assertEquals("1,275", Numbers.digits(1275));
    }
}
