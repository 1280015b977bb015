package org.sourcebook.testutil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sourcebook.build.SiteBuilder;

/** The real content/ built with the real templates into a folder, with its pages read back. */
public record RealSite(Path dir) {

    /** Builds content/ into {@code parent}/site. */
    public static RealSite buildInto(Path parent) throws IOException {
        Path dir = parent.resolve("site");
        SiteBuilder.build(Project.content(), Project.templates(), dir);
        return new RealSite(dir);
    }

    /** A generated page, parsed; fails the test when it was not written. */
    public Document page(String path) throws IOException {
        Path p = dir.resolve(path);
        assertTrue(Files.isRegularFile(p), "missing page " + path);
        return Jsoup.parse(p.toFile(), "UTF-8", "");
    }
}
