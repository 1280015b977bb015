package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.build.ArchiveLoader;
import org.sourcebook.model.Archive;
import org.sourcebook.model.FactDef;
import org.sourcebook.testutil.Project;

/** serve plans only the pages that show what changed: they must be those of the whole plan that show it. */
class AffectedPagesTest {
    @TempDir
    static Path dir;
    private static Archive archive;
    private static SitePlanner planner;
    private static List<PlannedFile> plan;

    @BeforeAll
    static void plan() throws Exception {
        Path content = dir.resolve("content");
        new CorpusGenerator(11).write(Project.content(), content, 300);
        archive = ArchiveLoader.load(content).archive();
        planner = new SitePlanner(archive, Project.templates());
        plan = planner.plan(false);
    }

    private static void assertAffected(Set<String> keys) {
        List<String> expected = plan.stream()
                .filter(f -> !f.dependsOn().contains(PlannedFile.DATA) && f.dependsOn().stream().anyMatch(keys::contains))
                .map(f -> f.path() + " " + new java.util.TreeSet<>(f.dependsOn())).toList();
        List<String> actual = planner.affected(keys).stream().map(f -> f.path() + " " + new java.util.TreeSet<>(f.dependsOn())).toList();
        assertEquals(expected, actual, "keys " + keys);
    }

    @Test
    void affectedPagesAreThoseOfThePlanThatShowTheKeys() {
        FactDef parent = archive.schema().all().stream().filter(f -> !archive.schema().children(f.id()).isEmpty())
                .max(java.util.Comparator.comparingInt(f -> archive.claimsFor(f.id()).size())).orElseThrow();
        FactDef child = archive.schema().children(parent.id()).get(0);
        FactDef big = archive.schema().all().stream().max(java.util.Comparator.comparingInt(f -> archive.claimsFor(f.id()).size())).orElseThrow();
        assertTrue(archive.claimsFor(big.id()).size() > Paging.FACT_STATEMENTS, "a fact with several pages");
        String first = archive.sources().get(0).slug();
        String middle = archive.sources().get(150).slug();
        String last = archive.sources().get(archive.sources().size() - 1).slug();
        assertAffected(Set.of(PlannedFile.INDEX));
        assertAffected(Set.of(PlannedFile.source(middle)));
        assertAffected(Set.of(PlannedFile.INDEX, PlannedFile.source(first), PlannedFile.source(last)));
        assertAffected(Set.of(PlannedFile.LISTING, PlannedFile.source(middle)));
        assertAffected(Set.of(PlannedFile.COLUMNS));
        assertAffected(Set.of(PlannedFile.TIMELINE));
        assertAffected(Set.of(PlannedFile.fact(parent.id())));
        assertAffected(Set.of(PlannedFile.fact(child.id())));
        assertAffected(Set.of(PlannedFile.factPage(big.id(), 2), PlannedFile.factPage(big.id(), 1), PlannedFile.factPage(child.id(), 1)));
        assertAffected(Set.of(PlannedFile.factPage(big.id(), 99)));
        assertAffected(Set.of(PlannedFile.INDEX, PlannedFile.LISTING, PlannedFile.COLUMNS, PlannedFile.TIMELINE,
                PlannedFile.source(middle), PlannedFile.fact(big.id()), PlannedFile.factPage(parent.id(), 1)));
    }
}
