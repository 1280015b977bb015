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
        // the same paths, some entries new (the first file's, the first source text's, a later one's): only their blocks are made again
        for (String path : List.of("0first.html", "sources/s0.txt", "sources/s17.txt", "sources/s3.html")) {
            files.put(path, Manifest.Entry.of((path + " again").getBytes()));
        }
        assertArrayEquals(Manifest.of(files).bytes(), concat(parts.of(files)), "entries changed in place");
        // many paths: blocks split, then paths added and removed among them, blocks emptied
        for (int i = 0; i < 1000; i++) {
            files.put("b/" + (i * 7919 % 1000) + ".html", Manifest.Entry.of(("b" + i).getBytes()));
            files.put("sources/t" + (i * 31 % 1000) + ".txt", Manifest.Entry.of(("t" + i).getBytes()));
            if (i % 97 == 0) {
                assertArrayEquals(Manifest.of(files).bytes(), concat(parts.of(files)), "adding, " + i);
            }
        }
        byte[][] before = parts.of(files);
        files.put("b/500.html", Manifest.Entry.of("changed".getBytes()));
        byte[][] after = parts.of(files);
        assertArrayEquals(Manifest.of(files).bytes(), concat(after), "one entry changed among many");
        // one part has other bytes; the others are the same (a few of them made again: the list's first records, the middle, the tail, the block's texts)
        int kept = 0;
        int differ = 0;
        org.junit.jupiter.api.Assertions.assertEquals(before.length, after.length);
        for (int i = 0; i < after.length; i++) {
            kept += before[i] == after[i] ? 1 : 0;
            differ += java.util.Arrays.equals(before[i], after[i]) ? 0 : 1;
        }
        org.junit.jupiter.api.Assertions.assertEquals(1, differ, "parts with other bytes");
        org.junit.jupiter.api.Assertions.assertTrue(kept >= after.length - 6, "the other blocks are kept: " + kept + " of " + after.length);
        for (int i = 0; i < 1000; i += 3) {
            files.remove("b/" + i + ".html");
            if (i % 200 == 0) {
                files.put("b/" + i + "x.html", Manifest.Entry.of("x".getBytes()));
            }
            assertArrayEquals(Manifest.of(files).bytes(), concat(parts.of(files)), "removing, " + i);
        }
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
