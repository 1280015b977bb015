package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
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

    @Test
    void itsPartsMakeTheSameBytesAsItIsChanged() {
        SortedMap<String, Manifest.Entry> files = new TreeMap<>();
        Manifest.Parts parts = new Manifest.Parts();
        assertArrayEquals(Manifest.of(files).bytes(), concat(parts.of(files)), "empty site");
        files.put("sources/only.txt", Manifest.Entry.of("x".getBytes()));
        assertArrayEquals(Manifest.of(files).bytes(), concat(parts.of(files)), "one source text");
        for (int i = 0; i < 50; i++) {
            files.put("sources/s" + i + ".txt", Manifest.Entry.of(("text " + i).getBytes()));
            files.put("sources/s" + i + ".html", Manifest.Entry.of(("page " + i).getBytes()));
            files.put("a" + i + ".html", Manifest.Entry.of(new byte[i]));
        }
        files.put(Manifest.PATH, new Manifest.Entry(7, "0".repeat(64)));
        files.put("odd \"path\"\\\t\u0001.txt", new Manifest.Entry(1, "a".repeat(64)));
        assertArrayEquals(Manifest.of(files).bytes(), concat(parts.of(files)));
        // entries replaced (the same value in a new object, and new values), removed, added: the records kept are those of unchanged entries
        files.put("a3.html", Manifest.Entry.of(new byte[3]));
        files.put("sources/s7.txt", Manifest.Entry.of("changed".getBytes()));
        files.remove("a0.html");
        files.remove("sources/only.txt");
        files.put("0first.html", Manifest.Entry.of("new".getBytes()));
        assertArrayEquals(Manifest.of(files).bytes(), concat(parts.of(files)), "after changes");
        // the same paths, some entries new (the first file's, the first source text's, a later one's): only their records are made again
        for (String path : List.of("0first.html", "sources/s0.txt", "sources/s17.txt", "sources/s3.html")) {
            files.put(path, Manifest.Entry.of((path + " again").getBytes()));
        }
        assertArrayEquals(Manifest.of(files).bytes(), concat(parts.update(files, List.of("0first.html", "sources/s0.txt", "sources/s17.txt",
                "sources/s3.html"), true)), "entries changed in place");
        files.put("sources/s18.txt", Manifest.Entry.of("eighteen".getBytes()));
        assertArrayEquals(Manifest.of(files).bytes(), concat(parts.update(files, List.of("sources/s18.txt"), true)), "one more change");
        files.put("new.html", Manifest.Entry.of("new".getBytes()));
        assertArrayEquals(Manifest.of(files).bytes(), concat(parts.update(files, List.of("new.html"), false)), "a new path");
        files.keySet().removeIf(p -> !p.startsWith("sources/s1"));
        assertArrayEquals(Manifest.of(files).bytes(), concat(parts.of(files)), "most files gone");
        files.clear();
        assertArrayEquals(Manifest.of(files).bytes(), concat(parts.of(files)), "all gone");
    }

    static byte[] concat(byte[][] parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
