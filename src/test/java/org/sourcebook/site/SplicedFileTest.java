package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file kept written from parts ({@code serve}'s data exports and manifest): after any change of
 * its parts, the file holds their concatenation and its entry is the size and SHA-256 of those
 * bytes, as a file written whole and hashed whole.
 */
class SplicedFileTest {
    @TempDir
    Path root;

    @Test
    void holdsAndHashesTheConcatenationOfItsPartsAfterEveryChange() throws IOException {
        Random r = new Random(5);
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            parts.add(bytes(r, r.nextInt(300)));
        }
        byte[][] first = parts.toArray(new byte[0][]);
        Files.createDirectories(root.resolve("data"));
        Files.write(root.resolve("data/x.json"), ManifestWriteTest.concat(first));
        SplicedFile f = SplicedFile.written("data/x.json", first, true);
        assertEquals(Manifest.Entry.of(ManifestWriteTest.concat(first)), f.entry());
        assertFalse(f.update(root, first.clone()), "the same parts");
        for (int round = 0; round < 300; round++) {
            int at = r.nextInt(parts.size() + 1);
            switch (r.nextInt(6)) {
                // a part of the same length, of another length, an equal copy, a part added, removed, and several at once
                case 0 -> {
                    if (at < parts.size()) {
                        byte[] b = parts.get(at).clone();
                        if (b.length > 0) {
                            b[r.nextInt(b.length)] ^= 1;
                        }
                        parts.set(at, b);
                    }
                }
                case 1 -> parts.set(Math.min(at, parts.size() - 1), bytes(r, r.nextInt(300)));
                case 2 -> parts.set(Math.min(at, parts.size() - 1), parts.get(Math.min(at, parts.size() - 1)).clone());
                case 3 -> parts.add(at, bytes(r, r.nextInt(100)));
                case 4 -> {
                    if (parts.size() > 1) {
                        parts.remove(Math.min(at, parts.size() - 1));
                    }
                }
                default -> {
                    for (int k = 0; k < 5; k++) {
                        parts.set(r.nextInt(parts.size()), bytes(r, r.nextInt(50)));
                    }
                }
            }
            byte[][] next = parts.toArray(new byte[0][]);
            byte[] whole = ManifestWriteTest.concat(next);
            byte[] before = Files.readAllBytes(root.resolve("data/x.json"));
            boolean changed = f.update(root, next);
            // parts split another way around the same bytes may be written again; changed bytes always are
            assertTrue(changed || java.util.Arrays.equals(before, whole), "round " + round);
            assertArrayEquals(whole, Files.readAllBytes(root.resolve("data/x.json")), "round " + round);
            assertEquals(Manifest.Entry.of(whole), f.entry(), "round " + round);
        }
    }

    @Test
    void writesTheWholeFileWhenItIsMissingOrNotAsLeft() throws IOException {
        byte[][] parts = {"[".getBytes(), "\n{\"a\":1}".getBytes(), ",\n{\"b\":2}".getBytes(), "\n]\n".getBytes()};
        SplicedFile f = SplicedFile.written("m.json", new byte[0][], false);
        assertTrue(f.update(root, parts));
        assertArrayEquals(ManifestWriteTest.concat(parts), Files.readAllBytes(root.resolve("m.json")));
        assertNull(f.entry().sha256(), "a file not hashed");
        assertEquals(ManifestWriteTest.concat(parts).length, f.entry().bytes());
        // changed behind its back: the next change writes it whole
        Files.writeString(root.resolve("m.json"), "something else, longer than the file was");
        byte[][] next = parts.clone();
        next[2] = ",\n{\"b\":3}".getBytes();
        assertTrue(f.update(root, next));
        assertArrayEquals(ManifestWriteTest.concat(next), Files.readAllBytes(root.resolve("m.json")));
        Files.delete(root.resolve("m.json"));
        next = next.clone();
        next[1] = "\n{\"a\":22}".getBytes();
        assertTrue(f.update(root, next));
        assertArrayEquals(ManifestWriteTest.concat(next), Files.readAllBytes(root.resolve("m.json")));
    }

    private static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }
}
