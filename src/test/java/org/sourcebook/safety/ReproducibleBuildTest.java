package org.sourcebook.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.cli.ContentFixture;
import org.sourcebook.testutil.Project;

/**
 * Two builds of the same content by two processes, in different time zones, locales (Turkish,
 * whose dotless i breaks naive lower-casing), default charsets and folders, give byte-identical
 * sites.
 */
class ReproducibleBuildTest {

    @Test
    void sameContentGivesTheSameBytesWhateverZoneLocaleAndFolder(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a/content");
        Path b = tmp.resolve("somewhere/else/entirely/content");
        Processes.copyTree(Project.content(), a);
        new CorpusGenerator(7).write(Project.content(), tmp.resolve("gen"), 40);
        Processes.copyTree(Project.content(), b);
        for (Path c : List.of(a, b)) {
            try (var s = Files.list(tmp.resolve("gen/sources"))) {
                for (Path p : s.toList()) {
                    Files.copy(p, c.resolve("sources").resolve(p.getFileName().toString()));
                }
            }
        }
        Path siteA = tmp.resolve("out-a/site");
        Path siteB = tmp.resolve("other/place/public");
        Path logA = tmp.resolve("a.log");
        Path logB = tmp.resolve("b.log");
        assertEquals(0, Processes.run(List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US"),
                Map.of("TZ", "UTC", "LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"), logA,
                "build", "--content", a.toString(), "--templates", Project.templates().toString(), "--out", siteA.toString()),
                () -> read(logA));
        assertEquals(0, Processes.run(List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR"),
                Map.of("TZ", "Asia/Kathmandu", "LC_ALL", "C", "LANG", "C"), logB,
                "build", "--content", b.toString(), "--templates", Project.templates().toString(), "--out", siteB.toString()),
                () -> read(logB));
        Map<String, String> ta = ContentFixture.tree(siteA);
        Map<String, String> tb = ContentFixture.tree(siteB);
        assertTrue(ta.size() > 50, "a real site: " + ta.size() + " files");
        assertEquals(ta.keySet(), tb.keySet());
        List<String> differ = new ArrayList<>();
        ta.forEach((k, v) -> {
            if (!v.equals(tb.get(k))) {
                differ.add(k);
            }
        });
        assertTrue(differ.isEmpty(), () -> differ.size() + " files differ: " + differ.subList(0, Math.min(10, differ.size())));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
