package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.build.SiteBuilder;
import org.sourcebook.build.SiteBuilder.BuildReport;
import org.sourcebook.cli.ContentFixture;
import org.sourcebook.testutil.Project;

/** A rebuild links the files whose bytes did not change from the site it replaces, and gives the same site. */
class PreviousSiteTest {
    private static BuildReport build(Path out) throws Exception {
        return SiteBuilder.build(Project.content(), Project.templates(), out);
    }

    @Test
    void aRebuildKeepsEveryUnchangedFileAndGivesTheSameSiteAsAFreshBuild(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        BuildReport first = build(site);
        assertEquals(0, first.unchanged(), "nothing to keep in a first build");
        BuildReport again = build(site);
        assertEquals(again.files() - 1, again.unchanged(), "every file but the manifest is kept");
        Path fresh = tmp.resolve("fresh");
        build(fresh);
        assertEquals(ContentFixture.tree(fresh), ContentFixture.tree(site));
        assertArrayEquals(Files.readAllBytes(fresh.resolve(Manifest.PATH)), Files.readAllBytes(site.resolve(Manifest.PATH)));
    }

    @Test
    void aFileChangedOrTouchedAfterItsBuildIsWrittenAndHashedAgain(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        BuildReport first = build(site);
        FileTime manifest = Files.getLastModifiedTime(site.resolve(Manifest.PATH));
        // edited: other bytes, dated as old as the build
        Path edited = site.resolve("facts/index.html");
        Files.writeString(edited, Files.readString(edited).replace("</main>", "<p>edited</p></main>"));
        Files.setLastModifiedTime(edited, manifest);
        // touched: the same bytes, newer than the manifest, so its recorded hash is not trusted
        Path touched = site.resolve("index.html");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(manifest.toMillis() + 60_000));
        BuildReport again = build(site);
        assertEquals(first.files() - 3, again.unchanged(), "all but the edited, the touched file and the manifest");
        Path fresh = tmp.resolve("fresh");
        build(fresh);
        Map<String, String> tree = ContentFixture.tree(site);
        assertEquals(ContentFixture.tree(fresh), tree);
        assertArrayEquals(Files.readAllBytes(fresh.resolve(Manifest.PATH)), Files.readAllBytes(site.resolve(Manifest.PATH)));
    }

    @Test
    void withoutAManifestNothingIsKept(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        build(site);
        Files.delete(site.resolve(Manifest.PATH));
        assertEquals(0, build(site).unchanged());
        Files.writeString(site.resolve(Manifest.PATH), "not json");
        assertEquals(0, build(site).unchanged());
    }

    @Test
    void aManifestWrittenAnotherWayIsReadWithAJsonParser(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        BuildReport first = build(site);
        Path manifest = site.resolve(Manifest.PATH);
        FileTime written = Files.getLastModifiedTime(manifest);
        // the same manifest, indented as earlier versions wrote it
        Object m = DataExport.JSON.readValue(manifest.toFile(), Object.class);
        Files.writeString(manifest, DataExport.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m));
        Files.setLastModifiedTime(manifest, written);
        assertEquals(first.files() - 1, build(site).unchanged());
    }
}
