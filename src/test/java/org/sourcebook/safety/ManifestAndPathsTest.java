package org.sourcebook.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcebook.cli.ContentFixture;
import org.sourcebook.cli.ExitCode;
import org.sourcebook.content.SourceLoader;
import org.sourcebook.site.Manifest;
import org.sourcebook.site.SiteFile;
import org.sourcebook.site.SitePaths;
import org.sourcebook.site.SiteWriter;

/** data/manifest.json lists every file with its hash; no output path can leave the site folder. */
class ManifestAndPathsTest {

    @Test
    void manifestListsEveryFileButItselfAndEverySourceText(@TempDir Path tmp) throws Exception {
        ContentFixture f = new ContentFixture(tmp);
        f.write("second-source.md", ContentFixture.source("Second", "Another text, 130 children.\n"));
        assertEquals(ExitCode.OK, f.build().rc());
        JsonNode m = JsonMapper.builder().build().readTree(f.out.resolve(Manifest.PATH).toFile());
        Map<String, String> listed = new TreeMap<>();
        for (JsonNode e : m.get("files")) {
            listed.put(e.get("path").asText(), e.get("sha256").asText());
            assertEquals(Files.size(f.out.resolve(e.get("path").asText())), e.get("bytes").asLong());
        }
        Map<String, String> onDisk = ContentFixture.tree(f.out);
        onDisk.remove(Manifest.PATH);
        assertEquals(onDisk, listed);
        Set<String> slugs = new HashSet<>();
        for (JsonNode s : m.get("sources")) {
            slugs.add(s.get("slug").asText());
            String body = Files.readString(f.out.resolve(s.get("text").asText()));
            assertEquals(SourceLoader.sha256(body), s.get("sha256").asText());
        }
        assertEquals(Set.of("good-source", "second-source"), slugs);
        assertEquals(SourceLoader.sha256(ContentFixture.GOOD_BODY), m.get("sources").get(0).get("sha256").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "/etc/passwd", "a/../../b.html", "sources/../../x", "A.html", "a\\b.html", "",
            ".hidden", "a//b.html", "sources/x.html/..", "~/x", "x y.html", "%2e%2e/x"})
    void unsafeOutputPathsAreRefused(String path) {
        assertThrows(IllegalArgumentException.class, () -> SitePaths.requireSafe(path));
        assertThrows(IllegalArgumentException.class, () -> new SiteFile(path, new byte[0]));
    }

    @Test
    void theWriterNeverLeavesTheSiteFolder(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("deep/site");
        SiteWriter.write(List.of(SiteFile.text("index.html", "ok"), SiteFile.text("sources/a.html", "a")), site);
        try (var s = Files.walk(tmp)) {
            assertTrue(s.filter(Files::isRegularFile).allMatch(p -> p.startsWith(site)));
        }
    }

    @Test
    void frontMatterCannotChooseWhereAPageGoes(@TempDir Path tmp) throws Exception {
        ContentFixture f = new ContentFixture(tmp);
        f.write("tricky.md", "---\ntitle: \"../../../escape\"\nkind: statement\nslug: \"../../escape\"\npath: \"/etc/x\"\n---\nText.\n");
        ContentFixture.Run run = f.build();
        assertEquals(ExitCode.OK, run.rc(), run::toString);
        assertTrue(run.err().contains("unknown front-matter key 'slug' is ignored"), run::toString);
        try (var s = Files.walk(tmp)) {
            List<Path> outside = s.filter(Files::isRegularFile).filter(p -> !p.startsWith(f.out) && !p.startsWith(f.content)).toList();
            assertTrue(outside.isEmpty(), outside::toString);
        }
        assertTrue(Files.isRegularFile(f.out.resolve("sources/tricky.html")));
        assertFalse(Files.exists(tmp.resolve("escape")));
    }
}
