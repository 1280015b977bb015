package org.sourcebook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.content.SourceLoader;
import org.sourcebook.testutil.Project;

/**
 * Edits that move what serve updates in place: claims moving to other facts, a new date, claims
 * added and removed (facts gaining and losing statements and pages), two sources at once. After
 * each, the site serve keeps must be the files a full build makes, manifest included.
 */
class LiveSiteEditsTest {
    private static final String SEP = "---\n";

    /** A source file with its front matter changed by {@code front} and its body replaced, its recorded hash made again. */
    static String edited(String file, java.util.function.UnaryOperator<String> front, String body) {
        int end = file.indexOf(SEP, SEP.length()) + SEP.length();
        // the furniture marks name words of the text they were written for
        String fm = front.apply(file.substring(0, end)).replaceAll("(?m)^furniture:\n(  .*\n)+", "").replaceAll("sha256: \"[0-9a-f]+\"", "sha256: \"" + SourceLoader.sha256(body) + "\"");
        return fm + body;
    }

    static String body(String file) {
        return file.substring(file.indexOf(SEP, SEP.length()) + SEP.length());
    }

    @Test
    void editsThatMoveClaimsDatesAndPagesGiveTheFilesOfAFullBuild(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        new CorpusGenerator(11).write(Project.content(), content, 300);
        Path a = content.resolve("sources").resolve(CorpusGenerator.slug(123) + ".md");
        Path b = content.resolve("sources").resolve(CorpusGenerator.slug(200) + ".md");
        String original = Files.readString(a);
        String other = Files.readString(content.resolve("sources").resolve(CorpusGenerator.slug(7) + ".md"));
        Path live = dir.resolve("live");
        LiveSite site = new LiveSite(content, Project.templates(), live);
        site.rebuild();
        int claims = site.archive().claimsOf(CorpusGenerator.slug(123)).size();
        // another source's text: its claims are of other facts
        update(site, dir, content, "moved", Set.of(a), () -> Files.writeString(a, edited(original, f -> f, body(other))));
        // one letter after a claim, its offsets kept: the same claims, but the text around one of them changed
        org.sourcebook.model.Claim first = site.archive().claimsOf(CorpusGenerator.slug(123)).get(0);
        String text = body(original);
        int at = text.indexOf(first.quote()) + first.quote().length();
        while (at < text.length() && !Character.isLowerCase(text.charAt(at))) {
            at++;
        }
        String letter = text.charAt(at) == 'x' ? "y" : "x";
        String changedText = text.substring(0, at) + letter + text.substring(at + 1);
        String front = original.substring(0, original.length() - text.length());
        update(site, dir, content, "context", Set.of(a), () -> Files.writeString(a,
                front.replaceAll("sha256: \"[0-9a-f]+\"", "sha256: \"" + SourceLoader.sha256(changedText) + "\"") + changedText));
        // an older date: the source moves in the lists, the timeline and the concordance
        update(site, dir, content, "dated", Set.of(a), () -> Files.writeString(a,
                edited(original, f -> f.replaceFirst("date: \"[^\"]*\"", "date: \"1989-02\""), body(original))));
        java.util.Map<String, Integer> pages = pages(site);
        // the texts of forty other sources: many more claims, facts gain pages
        StringBuilder many = new StringBuilder(body(original));
        for (int i = 20; i < 60; i++) {
            many.append('\n').append(body(Files.readString(content.resolve("sources").resolve(CorpusGenerator.slug(i) + ".md"))));
        }
        update(site, dir, content, "more", Set.of(a), () -> Files.writeString(a, edited(original, f -> f, many.toString())));
        assertNotEquals(claims, site.archive().claimsOf(CorpusGenerator.slug(123)).size());
        assertNotEquals(pages, pages(site), "some fact has another number of pages");
        // no figures at all: every claim of the source goes, facts lose pages
        update(site, dir, content, "none", Set.of(a), () -> Files.writeString(a, edited(original, f -> f,
                "Nothing was counted here.\n")));
        assertEquals(0, site.archive().claimsOf(CorpusGenerator.slug(123)).size());
        // two sources at once: one back as it was, one with another title and another source's text
        update(site, dir, content, "two", Set.of(a, b), () -> {
            Files.writeString(a, original);
            Files.writeString(b, edited(Files.readString(b), f -> f.replaceFirst("title: \"[^\"]*\"", "title: \"Renamed\""), body(other)));
        });
    }

    /** How many pages of statements each fact has. */
    private static java.util.Map<String, Integer> pages(LiveSite site) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        site.archive().schema().all().forEach(f -> out.put(f.id(),
                org.sourcebook.site.Paging.pages(site.archive().claimsFor(f.id()).size(), org.sourcebook.site.Paging.FACT_STATEMENTS)));
        return out;
    }

    private interface Edit {
        void apply() throws Exception;
    }

    private static void update(LiveSite site, Path dir, Path content, String name, Set<Path> files, Edit edit) throws Exception {
        edit.apply();
        LiveSite.Update u = site.changed(files);
        assertEquals("incremental", u.kind(), name);
        Path full = dir.resolve("full-" + name);
        SiteBuilder.build(content, Project.templates(), full);
        ParallelAndIncrementalBuildTest.assertSameTree(ParallelAndIncrementalBuildTest.treeWithManifest(full),
                ParallelAndIncrementalBuildTest.treeWithManifest(dir.resolve("live")));
    }
}
