package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The manifest is written without a mapper; it must be what DataExport's Jackson writer gives. */
class ManifestWriteTest {
    @Test
    void writesWhatJacksonWrites() {
        SortedMap<String, Manifest.Entry> files = new TreeMap<>();
        assertArrayEquals(Manifest.ofWithJackson(files).bytes(), Manifest.of(files).bytes(), "empty site");
        files.put("index.html", Manifest.Entry.of("<p>x</p>".getBytes()));
        assertArrayEquals(Manifest.ofWithJackson(files).bytes(), Manifest.of(files).bytes(), "no source text");
        for (int i = 0; i < 50; i++) {
            files.put("sources/s" + i + ".txt", Manifest.Entry.of(("text " + i).getBytes()));
            files.put("sources/s" + i + ".html", Manifest.Entry.of(("page " + i).getBytes()));
            files.put("sources/deeper/s" + i + ".txt", Manifest.Entry.of(new byte[i]));
        }
        files.put(Manifest.PATH, new Manifest.Entry(7, "0".repeat(64)));
        files.put("odd \"path\"\\\t\u0001.txt", new Manifest.Entry(1, "a".repeat(64)));
        assertArrayEquals(Manifest.ofWithJackson(files).bytes(), Manifest.of(files).bytes());
    }
}
