package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.build.ArchiveLoader;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.model.Claim;
import org.sourcebook.model.Qualifier;
import org.sourcebook.testutil.Project;

/** A source page finds its claims' places among their facts' claims by a shortcut: the places positionInFact gives. */
class SourcePagePositionTest {
    @TempDir
    Path dir;

    @Test
    void theShortcutAcceptsExactlyThePositionArchiveFinds() throws Exception {
        Path content = dir.resolve("content");
        new CorpusGenerator(5).write(Project.content(), content, 120);
        Archive archive = ArchiveLoader.load(content).archive();
        int checked = 0;
        for (Source s : archive.sources()) {
            for (Claim c : archive.claimsOf(s.slug())) {
                List<Claim> cs = archive.claimsFor(c.fact());
                int position = archive.positionInFact(c);
                for (int g = position - 3; g <= position + 3; g++) {
                    assertEquals(g == position, ViewFactory.holds(cs, g, c), c.source() + "#" + c.id() + " at " + g);
                }
                checked++;
            }
        }
        assertTrue(checked > 500, "claims checked: " + checked);
    }

    @Test
    void ofClaimsAlikeInSourceSpanAndIdOnlyTheFirstIsTaken() {
        Claim a = new Claim("c-x-1", "s", "x", BigDecimal.ONE, Qualifier.EXACT, null, "1", 4, 5, null, "extracted", null);
        Claim b = new Claim("c-x-1", "s", "x", BigDecimal.TEN, Qualifier.EXACT, null, "1", 4, 5, null, "extracted", null);
        Claim other = new Claim("c-x-2", "s", "x", BigDecimal.ONE, Qualifier.EXACT, null, "1", 4, 5, null, "extracted", null);
        List<Claim> cs = List.of(other, a, b);
        assertTrue(ViewFactory.holds(cs, 1, b));
        assertFalse(ViewFactory.holds(cs, 2, b));
        assertTrue(ViewFactory.holds(cs, 0, other));
        assertFalse(ViewFactory.holds(cs, 3, a));
        assertFalse(ViewFactory.holds(cs, -1, a));
    }
}
