package org.sourcebook.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.sourcebook.content.Sha256;

/**
 * A large file of a served site made of parts (claims.json: its head, each source's records, its
 * tail; the manifest: each file's line), as {@code serve} keeps it written. When some parts
 * change, only the bytes from the first changed part on are written again, or only the changed
 * parts when none changed its length; its SHA-256 is taken again from the digest's state kept
 * before that part (SHA-256 reads bytes in order: the state after a file's first bytes is all it
 * needs of them). The file and its hash are those of the parts' concatenation (tested).
 */
public final class SplicedFile {
    /** A digest state is kept before every this many parts. */
    static final int STRIDE = 32;
    private final String path;
    private final boolean hashed;
    /** The parts as the file holds them. */
    private byte[][] parts;
    /** Where each part starts in the file; the last is its size. */
    private long[] starts;
    /** The digest's state before part {@code j·STRIDE}; null when the file is not hashed. */
    private Sha256.Running[] marks;
    private Manifest.Entry entry;

    private SplicedFile(String path, boolean hashed) {
        this.path = SitePaths.requireSafe(path);
        this.hashed = hashed;
    }

    /**
     * The file {@code path} as written from {@code parts} (the file already holds their
     * concatenation): its size and, when {@code hashed}, its hash are taken from the parts.
     */
    public static SplicedFile written(String path, byte[][] parts, boolean hashed) {
        SplicedFile f = new SplicedFile(path, hashed);
        f.parts = new byte[0][];
        f.starts = new long[] {0};
        f.marks = hashed ? new Sha256.Running[] {Sha256.running()} : null;
        f.take(parts, 0);
        return f;
    }

    public String path() {
        return path;
    }

    /** Size and SHA-256 of the file (the SHA-256 is null for a file not hashed). */
    public Manifest.Entry entry() {
        return entry;
    }

    /**
     * Brings the file under {@code root} to the concatenation of {@code next}: writes what
     * changed (the whole file when it is missing or not of the size it was left at).
     *
     * @return true when it was written: always when its bytes changed (also when parts only
     *         split the same bytes another way)
     */
    public boolean update(Path root, byte[][] next) throws IOException {
        int k = 0;
        int common = Math.min(next.length, parts.length);
        while (k < common && same(parts[k], next[k])) {
            k++;
        }
        if (k == next.length && next.length == parts.length) {
            return false;
        }
        Path p = root.resolve(path);
        boolean intact = Files.isRegularFile(p) && Files.size(p) == starts[parts.length];
        boolean sameLengths = intact && next.length == parts.length;
        for (int i = k; sameLengths && i < next.length; i++) {
            sameLengths = next[i].length == parts[i].length;
        }
        Files.createDirectories(p.getParent());
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (sameLengths) {
                // every part keeps its place: only the changed ones are written
                for (int i = k; i < next.length; i++) {
                    if (!same(parts[i], next[i])) {
                        writeFully(ch, starts[i], next, i, i + 1);
                    }
                }
            } else {
                int from = intact ? k : 0;
                long at = from == k ? starts[k] : 0;
                writeFully(ch, at, next, from, next.length);
                ch.truncate(at + length(next, from, next.length));
            }
        }
        take(next, k);
        return true;
    }

    /** Keeps {@code next} as the file's parts, the first {@code k} being those it had: starts, digest states and entry from part {@code k} on. */
    private void take(byte[][] next, int k) {
        long[] s = Arrays.copyOf(starts, next.length + 1);
        for (int i = k; i < next.length; i++) {
            s[i + 1] = s[i] + next[i].length;
        }
        String sha = null;
        if (hashed) {
            // marks[j] is the state before part j·STRIDE: those up to part k stay, the later ones are taken again
            int j = k / STRIDE;
            Sha256.Running[] m = Arrays.copyOf(marks, next.length / STRIDE + 1);
            Sha256.Running run = marks[j].copy();
            for (int i = j * STRIDE; i < next.length; i++) {
                run.update(next[i], 0, next[i].length);
                if ((i + 1) % STRIDE == 0) {
                    m[(i + 1) / STRIDE] = run.copy();
                }
            }
            marks = m;
            sha = run.hex();
        }
        parts = next.clone();
        starts = s;
        entry = new Manifest.Entry(s[next.length], sha);
    }

    private static boolean same(byte[] a, byte[] b) {
        return a == b || Arrays.equals(a, b);
    }

    private static long length(byte[][] parts, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            n += parts[i].length;
        }
        return n;
    }

    /** Writes parts {@code [from, to)} at {@code at}. */
    private static void writeFully(FileChannel ch, long at, byte[][] parts, int from, int to) throws IOException {
        ByteBuffer[] bufs = new ByteBuffer[to - from];
        for (int i = from; i < to; i++) {
            bufs[i - from] = ByteBuffer.wrap(parts[i]);
        }
        ch.position(at);
        int first = 0;
        while (first < bufs.length) {
            ch.write(bufs, first, Math.min(bufs.length - first, 1024));
            while (first < bufs.length && !bufs[first].hasRemaining()) {
                first++;
            }
        }
    }
}
