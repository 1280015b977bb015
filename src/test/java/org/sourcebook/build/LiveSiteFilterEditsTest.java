package org.sourcebook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.search.SearchIndex;
import org.sourcebook.testutil.Project;

/**
 * Edits under {@code serve} that change what the sources index's filters read (a source's kind,
 * publisher, year or language, a source added or removed): the filter files ({@code sm.js},
 * the row files {@code s<n>.js}, the posting files {@code p<f><i>-<r>.js}) and the rest of the
 * site must then be what a full build of the edited content makes, and a filter file whose bytes
 * the edit did not change must not have been written again.
 */
class LiveSiteFilterEditsTest {
    /** Filter files are set to this time before each edit: one written again has a later one. */
    private static final FileTime OLD = FileTime.fromMillis(978_307_200_000L);

    @Test
    void editsOfFilterOptionsGiveTheFilesOfAFullBuildAndRewriteOnlyTheFilterFilesThatChanged(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        // three row files (250 rows each), so an edit of one row leaves others as they were
        new CorpusGenerator(11).write(Project.content(), content, 510);
        Path sources = content.resolve("sources");
        Path a = sources.resolve(CorpusGenerator.slug(123) + ".md");
        String original = Files.readString(a);
        String kind = original.contains("kind: report\n") ? "speech" : "report";
        LiveSite site = new LiveSite(content, Project.templates(), dir.resolve("live"));
        site.rebuild();
        edit(site, dir, content, "kind", a, "incremental", f -> f.replaceFirst("kind: [^\n]*", "kind: " + kind));
        // a publisher no source had, sorting first: every publisher's posting files are renamed
        edit(site, dir, content, "publisher", a, "incremental", f -> f.replaceFirst("publisher: [^\n]*", "publisher: \"AAA New Press\""));
        // a language no source had, then the source back as it was: an option comes and goes
        edit(site, dir, content, "language", a, "incremental", f -> f.replaceFirst("language: [^\n]*", "language: fr"));
        Files.writeString(a, original);
        check(site, dir, content, "back", Set.of(a), "incremental");
        // another year: the row moves, the rows between its two places move by one
        edit(site, dir, content, "year", a, "incremental", f -> f.replaceFirst("date: \"[^\"]*\"", "date: \"1990-05-01\""));
        // a new source, sorting among the oldest, then removed again
        Path added = sources.resolve("zz-added.md");
        Files.writeString(added, LiveSiteEditsTest.edited(original, f -> f.replaceFirst("date: \"[^\"]*\"", "date: \"1901-01-01\"")
                .replaceFirst("title: \"[^\"]*\"", "title: \"Added\""), LiveSiteEditsTest.body(original)));
        check(site, dir, content, "added", Set.of(added), "full");
        Files.delete(added);
        check(site, dir, content, "removed", Set.of(added), "full");
    }

    private static void edit(LiveSite site, Path dir, Path content, String name, Path file, String kind, UnaryOperator<String> front)
            throws Exception {
        String text = Files.readString(file);
        Files.writeString(file, LiveSiteEditsTest.edited(text, front, LiveSiteEditsTest.body(text)));
        check(site, dir, content, name, Set.of(file), kind);
    }

    /** Brings the site up to the edit of {@code changed}, and checks it against a full build and the filter files' times. */
    private static void check(LiveSite site, Path dir, Path content, String name, Set<Path> changed, String kind) throws Exception {
        Path live = dir.resolve("live");
        Map<String, byte[]> before = filterFiles(live);
        for (String path : before.keySet()) {
            Files.setLastModifiedTime(live.resolve(path), OLD);
        }
        LiveSite.Update u = site.changed(changed);
        assertEquals(kind, u.kind(), name);
        Path full = dir.resolve("full-" + name);
        SiteBuilder.build(content, Project.templates(), full);
        ParallelAndIncrementalBuildTest.assertSameTree(ParallelAndIncrementalBuildTest.treeWithManifest(full),
                ParallelAndIncrementalBuildTest.treeWithManifest(live));
        Map<String, byte[]> after = filterFiles(live);
        Set<String> differ = new TreeSet<>();
        Set<String> written = new TreeSet<>();
        for (Map.Entry<String, byte[]> e : after.entrySet()) {
            if (!Arrays.equals(before.get(e.getKey()), e.getValue())) {
                differ.add(e.getKey());
            }
            if (!Files.getLastModifiedTime(live.resolve(e.getKey())).equals(OLD)) {
                written.add(e.getKey());
            }
        }
        assertEquals(differ, written, name + ": the filter files written are those whose bytes changed");
        assertFalse(differ.isEmpty(), name + ": the edit changes some filter file");
        assertTrue(differ.size() < after.size(), name + ": some filter file stays as it was: " + differ);
    }

    /** The filter files of the sources index in {@code site}, by path. */
    private static Map<String, byte[]> filterFiles(Path site) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (var files = Files.list(site.resolve(SearchIndex.DIR))) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.equals("sm.js") || n.matches("(s|p[kpyl]\\d+-)\\d+\\.js")) {
                    out.put(SearchIndex.DIR + n, Files.readAllBytes(p));
                }
            }
        }
        return out;
    }
}
