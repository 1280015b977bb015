package org.sourcebook.site;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The site a build replaces, as its manifest describes it. A rebuild mostly renders the same
 * bytes again; such a file is hard-linked from the previous site into the staging folder instead
 * of written, and keeps the size and hash its manifest records (nothing written, nothing hashed,
 * and deleting the previous site after the swap frees nothing).
 *
 * <p>A file is reused only when it is a regular file whose bytes are exactly those just rendered
 * (read and compared) and it is no newer than the manifest that records it (a file changed after
 * its build is hashed afresh). The manifest itself is trusted: a hash edited into it by hand for
 * a file left as it was would be carried over. Where the file system cannot link (or the output
 * folder is a mount point, so that the staging folder beside it is on another), the file is
 * written as usual.
 */
final class PreviousSite {
    /** No previous site: every file is written. */
    static final PreviousSite NONE = new PreviousSite(null, Map.of(), FileTime.fromMillis(Long.MIN_VALUE));

    private final Path root;
    private final Map<String, Manifest.Entry> entries;
    private final FileTime manifestTime;
    private volatile boolean canLink = true;

    private PreviousSite(Path root, Map<String, Manifest.Entry> entries, FileTime manifestTime) {
        this.root = root;
        this.entries = entries;
        this.manifestTime = manifestTime;
    }

    /** The site in {@code root} as its manifest lists it; {@link #NONE} when there is none or it cannot be read. */
    static PreviousSite of(Path root) {
        Path manifest = root.resolve(Manifest.PATH);
        try {
            BasicFileAttributes a = Files.readAttributes(manifest, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                return NONE;
            }
            return new PreviousSite(root, read(manifest), a.lastModifiedTime());
        } catch (IOException | RuntimeException e) {
            // no manifest, or not one this version wrote: nothing is reused
            return NONE;
        }
    }

    /** path → size and hash, from the manifest's {@code files} array. */
    private static Map<String, Manifest.Entry> read(Path manifest) throws IOException {
        byte[] json = Files.readAllBytes(manifest);
        Map<String, Manifest.Entry> lines = readLines(json);
        return lines != null ? lines : readJson(manifest);
    }

    private static final byte[] ENTRY = "{\"bytes\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PATH = ",\"path\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] SHA = "\",\"sha256\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * The entries of a manifest as this version writes it (one file a line, {@code {"bytes":N,"path":"P","sha256":"H"}}),
     * read without a JSON parser; null when a line that starts as an entry does not read as one.
     */
    private static Map<String, Manifest.Entry> readLines(byte[] json) {
        Map<String, Manifest.Entry> out = new HashMap<>();
        int i = 0;
        while (i < json.length) {
            int end = i;
            while (end < json.length && json[end] != '\n') {
                end++;
            }
            if (startsWith(json, i, ENTRY)) {
                int at = i + ENTRY.length;
                long bytes = 0;
                int digits = at;
                while (at < end && json[at] >= '0' && json[at] <= '9' && at - digits < 18) {
                    bytes = bytes * 10 + (json[at++] - '0');
                }
                if (at == digits || !startsWith(json, at, PATH)) {
                    return null;
                }
                at += PATH.length;
                int pathStart = at;
                while (at < end && json[at] != '"' && json[at] != '\\') {
                    at++;
                }
                String path = new String(json, pathStart, at - pathStart, java.nio.charset.StandardCharsets.UTF_8);
                if (!startsWith(json, at, SHA) || at + SHA.length + 64 + 2 > end) {
                    return null;
                }
                at += SHA.length;
                String sha = new String(json, at, 64, java.nio.charset.StandardCharsets.US_ASCII);
                if (json[at + 64] != '"' || json[at + 65] != '}' || !hex(sha)) {
                    return null;
                }
                out.put(path, new Manifest.Entry(bytes, sha));
            }
            i = end + 1;
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean hex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        return at + prefix.length <= b.length && Arrays.equals(b, at, at + prefix.length, prefix, 0, prefix.length);
    }

    /** The same, read with a JSON parser (a manifest written another way). */
    private static Map<String, Manifest.Entry> readJson(Path manifest) throws IOException {
        Map<String, Manifest.Entry> out = new HashMap<>();
        try (JsonParser p = DataExport.JSON.getFactory().createParser(manifest.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Map.of();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (!"files".equals(field) || value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    String path = null;
                    String sha = null;
                    long bytes = -1;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.getCurrentName();
                        p.nextToken();
                        switch (name) {
                            case "path" -> path = p.getValueAsString();
                            case "sha256" -> sha = p.getValueAsString();
                            case "bytes" -> bytes = p.getValueAsLong(-1);
                            default -> p.skipChildren();
                        }
                    }
                    if (path != null && sha != null && bytes >= 0) {
                        out.put(path, new Manifest.Entry(bytes, sha));
                    }
                }
            }
        }
        return out;
    }

    private static final ThreadLocal<ByteBuffer> BUFFER = ThreadLocal.withInitial(() -> ByteBuffer.allocate(64 * 1024));

    /** Whether the file holds exactly {@code bytes} (its size is already known to match). */
    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        ByteBuffer buf = BUFFER.get();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            int at = 0;
            while (true) {
                buf.clear();
                int n = ch.read(buf);
                if (n < 0) {
                    return at == bytes.length;
                }
                if (at + n > bytes.length || !Arrays.equals(buf.array(), 0, n, bytes, at, at + n)) {
                    return false;
                }
                at += n;
            }
        }
    }

    /** Whether two files hold the same bytes (their sizes are already known to match). */
    private static boolean sameFiles(Path a, Path b) throws IOException {
        ByteBuffer x = BUFFER.get();
        ByteBuffer y = ByteBuffer.allocate(x.capacity());
        try (FileChannel ca = FileChannel.open(a, StandardOpenOption.READ); FileChannel cb = FileChannel.open(b, StandardOpenOption.READ)) {
            while (true) {
                int n = fill(ca, x);
                if (n != fill(cb, y) || !Arrays.equals(x.array(), 0, n, y.array(), 0, n)) {
                    return false;
                }
                if (n < x.capacity()) {
                    return true;
                }
            }
        }
    }

    /** Reads into {@code b} until it is full or the file ends; returns how many bytes it holds. */
    private static int fill(FileChannel ch, ByteBuffer b) throws IOException {
        b.clear();
        while (b.hasRemaining() && ch.read(b) >= 0) {
            // read on
        }
        return b.position();
    }

    /**
     * For a file already written to {@code dest} (as it was made, hashed on the way: {@code written}):
     * when the previous site's {@code path} holds the same bytes (same size and hash, no newer than
     * its manifest, then compared byte for byte), {@code dest} becomes a link to it, as
     * {@link #reuse} would have made; returns its manifest entry, or null when {@code dest} stays.
     */
    Manifest.Entry reuseWritten(String path, Manifest.Entry written, Path dest) throws IOException {
        Manifest.Entry e = entries.get(path);
        if (e == null || !e.equals(written) || !canLink) {
            return null;
        }
        Path old = SiteWriter.inside(root, path);
        try {
            BasicFileAttributes a = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != written.bytes() || a.lastModifiedTime().compareTo(manifestTime) > 0
                    || !sameFiles(old, dest)) {
                return null;
            }
            Path tmp = dest.resolveSibling(dest.getFileName() + ".link");
            Files.createLink(tmp, old);
            Files.move(tmp, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return e;
        } catch (NoSuchFileException gone) {
            return null;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            canLink = false;
            Files.deleteIfExists(dest.resolveSibling(dest.getFileName() + ".link"));
            return null;
        }
    }

    /**
     * Links the previous site's {@code path} to {@code dest} when it holds exactly {@code bytes};
     * returns its manifest entry, or null when the file must be written (and hashed).
     */
    Manifest.Entry reuse(String path, byte[] bytes, Path dest) throws IOException {
        Manifest.Entry e = entries.get(path);
        if (e == null || e.bytes() != bytes.length || !canLink) {
            return null;
        }
        Path old = SiteWriter.inside(root, path);
        try {
            BasicFileAttributes a = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != bytes.length || a.lastModifiedTime().compareTo(manifestTime) > 0
                    || !sameBytes(old, bytes)) {
                return null;
            }
            Files.createLink(dest, old);
            return e;
        } catch (NoSuchFileException gone) {
            return null;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            // e.g. a file system without hard links: write every file from now on
            canLink = false;
            Files.deleteIfExists(dest);
            return null;
        }
    }
}
