package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderExchangeTest {

    @Test
    void isSupportedOnLinux() {
        assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"));
        assertTrue(FolderExchange.supported(), "renameat2 should be found in the C library of a Linux system");
    }

    @Test
    void twoFoldersTradeNamesInOneStep(@TempDir Path tmp) throws Exception {
        assumeTrue(FolderExchange.supported());
        Path a = Files.createDirectories(tmp.resolve("site"));
        Path b = Files.createDirectories(tmp.resolve(".site.staging-1"));
        Files.writeString(a.resolve("index.html"), "old");
        Files.writeString(b.resolve("index.html"), "new");
        Files.writeString(b.resolve("extra.html"), "only in new");
        assertTrue(FolderExchange.exchange(b, a));
        assertEquals("new", Files.readString(a.resolve("index.html")));
        assertTrue(Files.exists(a.resolve("extra.html")));
        assertEquals("old", Files.readString(b.resolve("index.html")));
        assertEquals(List.of(b.resolve("index.html")), Files.list(b).toList());
    }

    @Test
    void answersFalseAndChangesNothingWhenAFolderIsMissing(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(a.resolve("index.html"), "old");
        assertFalse(FolderExchange.exchange(tmp.resolve("missing"), a));
        assertEquals("old", Files.readString(a.resolve("index.html")));
        assertFalse(Files.exists(tmp.resolve("missing")));
    }

    @Test
    void aBuildOverAnExistingSiteLeavesNoFolderBesideIt(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        SiteWriter.write(List.of(SiteFile.text("index.html", "one")), out);
        SiteWriter.write(List.of(SiteFile.text("index.html", "two")), out);
        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertEquals(List.of(out), Files.list(tmp).toList());
    }
}
