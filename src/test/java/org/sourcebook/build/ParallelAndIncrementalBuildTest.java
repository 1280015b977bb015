package org.sourcebook.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.site.SiteFile;
import org.sourcebook.site.SitePlanner;
import org.sourcebook.testutil.Project;

class ParallelAndIncrementalBuildTest {
    /** The manifest lists hashes of the whole site; a planner's files do not include it. */
    private static final String MANIFEST = "data/manifest.json";

    static Map<String, byte[]> tree(Path root) throws Exception {
        Map<String, byte[]> out = treeWithManifest(root);
        out.remove(MANIFEST);
        return out;
    }

    static Map<String, byte[]> treeWithManifest(Path root) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), () -> path + " differs:\n"
                + new String(actual.get(path), StandardCharsets.UTF_8)));
    }

    @Test
    void parallelBuildWritesTheBytesOfAOneThreadRender(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        new CorpusGenerator(5).write(Project.content(), content, 80);
        Path site = dir.resolve("site");
        SiteBuilder.build(content, Project.templates(), site);
        Map<String, byte[]> sequential = new TreeMap<>();
        for (SiteFile f : new SitePlanner(ArchiveLoader.load(content).archive(), Project.templates()).files()) {
            sequential.put(f.path(), f.bytes());
        }
        assertSameTree(sequential, tree(site));
    }

    @Test
    void incrementalUpdateGivesTheFilesOfAFullBuild(@TempDir Path dir) throws Exception {
        assertIncrementalEqualsFull(dir, 50, 17, 200);
    }

    /** Facts with several pages of statements: an update re-renders only the pages that show the source. */
    @Test
    void incrementalUpdateOfOnePageOfAFactGivesTheFilesOfAFullBuild(@TempDir Path dir) throws Exception {
        assertIncrementalEqualsFull(dir, 300, 123, Integer.MAX_VALUE);
    }

    private static void assertIncrementalEqualsFull(Path dir, int sources, int changed, int maxRendered) throws Exception {
        Path content = dir.resolve("content");
        CorpusGenerator gen = new CorpusGenerator(11);
        gen.write(Project.content(), content, sources);
        Path live = dir.resolve("live");
        LiveSite site = new LiveSite(content, Project.templates(), live);
        site.rebuild();
        for (int variant : new int[] {1, 2, 0}) {
            Path file = content.resolve("sources").resolve(CorpusGenerator.slug(changed) + ".md");
            Files.writeString(file, gen.sourceText(changed, variant), StandardCharsets.UTF_8);
            LiveSite.Update u = site.changed(Set.of(file));
            assertEquals("incremental", u.kind());
            assertTrue(u.rendered() < maxRendered, "only what depends on the source is rendered, not " + u.rendered());
            Path full = dir.resolve("full-" + variant);
            SiteBuilder.build(content, Project.templates(), full);
            // the manifest too: serve keeps it fresh without reading the site back
            assertSameTree(treeWithManifest(full), treeWithManifest(live));
        }
    }
}
