package org.sourcebook.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code data/manifest.json}: the SHA-256 of every file of the site, read back from the folder
 * as written, and of every source text ({@code sources/<slug>.txt} is the body of
 * {@code content/sources/<slug>.md}, whose hash the front matter records). It is the last file
 * written and cannot list its own hash.
 */
public final class Manifest {
    public static final String PATH = "data/manifest.json";

    private Manifest() {
    }

    /** The size and SHA-256 of one file of the site. */
    public record Entry(long bytes, String sha256) {
        public static Entry of(byte[] content) {
            return new Entry(content.length, org.sourcebook.content.Sha256.hex(content));
        }
    }

    /** The manifest of the site written in {@code root}. */
    public static SiteFile of(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        java.util.SortedMap<String, Entry> entries = new java.util.TreeMap<>();
        for (Path p : files) {
            String path = root.relativize(p).toString().replace('\\', '/');
            if (!path.equals(PATH)) {
                entries.put(path, Entry.of(Files.readAllBytes(p)));
            }
        }
        return of(entries);
    }

    private static final String NOTE = "files: every file of the site except this manifest, which cannot hold its own hash."
            + " sources: the hash of each source's text (the body after the front matter, UTF-8, LF line ends),"
            + " the value its front matter records as sha256.";

    /**
     * The manifest of a site whose files (path → size and hash) are known without reading them
     * back ({@code serve} keeps them up to date as it rewrites files). Written directly, one
     * record a line, as {@link DataExport#json} would write it ({@link #ofWithJackson}, tested):
     * it lists every file, tens of thousands of them, at the end of the build.
     */
    public static SiteFile of(java.util.SortedMap<String, Entry> files) {
        String[] paths = files.keySet().toArray(new String[0]);
        Entry[] entries = files.values().toArray(new Entry[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream(files.size() * 128 + 1024);
        try {
            write(new Listing() {
                @Override
                public int size() {
                    return paths.length;
                }

                @Override
                public String path(int i) {
                    return paths[i];
                }

                @Override
                public long bytes(int i) {
                    return entries[i].bytes();
                }

                @Override
                public String sha256(int i) {
                    return entries[i].sha256();
                }
            }, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteFile(PATH, out.toByteArray());
    }

    /** The files a manifest lists, in path order: file {@code i}'s path, size and hex SHA-256. */
    public interface Listing {
        int size();

        String path(int i);

        long bytes(int i);

        String sha256(int i);
    }

    /**
     * Writes the manifest of {@code files} to {@code out} as it is made (the same bytes as
     * {@link #of(java.util.SortedMap)}): a large site's manifest is tens of MB, which a build
     * need not hold. The source texts' records are a second pass over {@code files}.
     */
    public static void write(Listing files, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("{\"algorithm\":\"SHA-256\",\"files\":[");
        boolean first = true;
        for (int i = 0; i < files.size(); i++) {
            String path = files.path(i);
            if (path.equals(PATH)) {
                continue;
            }
            sb.append(first ? "\n" : ",\n").append("{\"bytes\":").append(files.bytes(i)).append(",\"path\":");
            JsonText.string(sb, path).append(",\"sha256\":");
            JsonText.string(sb, files.sha256(i)).append('}');
            first = false;
            flushPast(sb, out);
        }
        sb.append(first ? "" : "\n").append("],\"note\":");
        JsonText.string(sb, NOTE).append(",\"sources\":[");
        boolean firstText = true;
        for (int i = 0; i < files.size(); i++) {
            String path = files.path(i);
            if (path.startsWith("sources/") && path.endsWith(".txt") && path.indexOf('/', "sources/".length()) < 0) {
                String slug = path.substring("sources/".length(), path.length() - ".txt".length());
                sb.append(firstText ? "\n" : ",\n").append("{\"file\":");
                JsonText.string(sb, "content/sources/" + slug + ".md").append(",\"sha256\":");
                JsonText.string(sb, files.sha256(i)).append(",\"slug\":");
                JsonText.string(sb, slug).append(",\"text\":");
                JsonText.string(sb, path).append('}');
                firstText = false;
                flushPast(sb, out);
            }
        }
        sb.append(firstText ? "" : "\n").append("]}\n");
        out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Hands what {@code sb} holds to {@code out} once it passes 32 K chars (whole records: no character is split). */
    private static void flushPast(StringBuilder sb, OutputStream out) throws IOException {
        if (sb.length() >= 32 * 1024) {
            out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sb.setLength(0);
        }
    }

    /**
     * The manifest in parts ({@code serve}, which writes it as a {@link SplicedFile}): the files'
     * records in blocks of consecutive paths, and each block's source-text records. A block is
     * made again only when one of its entries is a new object or its paths changed, so an update
     * makes the records of the files it wrote only, and the parts before the first changed block
     * are the same arrays. The parts' concatenation is {@link #of(java.util.SortedMap)}'s bytes (tested).
     */
    public static final class Parts {
        /** Paths a block is made with; it is split past twice as many. */
        static final int BLOCK = 64;
        private static final byte[] HEAD = "{\"algorithm\":\"SHA-256\",\"files\":[".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        /** Consecutive paths with their entries, and their records each as ",\n{…}": files', and source texts' (empty when none). */
        private record Block(String[] paths, Entry[] entries, byte[] files, byte[] texts) {
        }

        private List<Block> blocks = new ArrayList<>();

        /** The manifest of {@code files} in parts. */
        public byte[][] of(java.util.SortedMap<String, Entry> files) {
            List<Block> next = new ArrayList<>(blocks.size() + 8);
            java.util.Iterator<Map.Entry<String, Entry>> it = files.entrySet().iterator();
            Map.Entry<String, Entry> e = it.hasNext() ? it.next() : null;
            List<String> paths = new ArrayList<>();
            List<Entry> entries = new ArrayList<>();
            for (int b = 0; b <= blocks.size(); b++) {
                // the entries below the next block's first path belong to block b (the last takes the rest)
                String below = b + 1 < blocks.size() ? blocks.get(b + 1).paths()[0] : null;
                paths.clear();
                entries.clear();
                while (e != null && (below == null || e.getKey().compareTo(below) < 0)) {
                    if (!e.getKey().equals(PATH)) {
                        paths.add(e.getKey());
                        entries.add(e.getValue());
                    }
                    e = it.hasNext() ? it.next() : null;
                }
                Block old = b < blocks.size() ? blocks.get(b) : null;
                if (old != null && same(old, paths, entries)) {
                    next.add(old);
                    continue;
                }
                for (int from = 0; from < paths.size(); from += BLOCK) {
                    // a block within twice its size stays one
                    int to = paths.size() - from <= 2 * BLOCK ? paths.size() : from + BLOCK;
                    next.add(block(paths.subList(from, to), entries.subList(from, to)));
                    from = to - BLOCK;
                }
            }
            blocks = next;
            byte[][] out = new byte[2 * next.size() + 3][];
            out[0] = HEAD;
            boolean anyFile = false;
            boolean anyText = false;
            int n = next.size();
            for (int b = 0; b < n; b++) {
                Block k = next.get(b);
                // the first record of a list has no comma
                out[1 + b] = !anyFile && k.files().length > 0 ? java.util.Arrays.copyOfRange(k.files(), 1, k.files().length) : k.files();
                out[2 + n + b] = !anyText && k.texts().length > 0 ? java.util.Arrays.copyOfRange(k.texts(), 1, k.texts().length) : k.texts();
                anyFile |= k.files().length > 0;
                anyText |= k.texts().length > 0;
            }
            StringBuilder sb = new StringBuilder(anyFile ? "\n" : "").append("],\"note\":");
            JsonText.string(sb, NOTE).append(",\"sources\":[");
            out[1 + n] = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out[out.length - 1] = (anyText ? "\n]}\n" : "]}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return out;
        }

        /** True when {@code old} holds exactly these paths with these very entries. */
        private static boolean same(Block old, List<String> paths, List<Entry> entries) {
            if (old.paths().length != paths.size()) {
                return false;
            }
            for (int i = 0; i < paths.size(); i++) {
                if (old.entries()[i] != entries.get(i) || !old.paths()[i].equals(paths.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private static Block block(List<String> paths, List<Entry> entries) {
            StringBuilder files = new StringBuilder(paths.size() * 140);
            StringBuilder texts = new StringBuilder();
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i);
                String sha = entries.get(i).sha256();
                files.append(",\n{\"bytes\":").append(entries.get(i).bytes()).append(",\"path\":");
                JsonText.string(files, path).append(",\"sha256\":");
                JsonText.string(files, sha).append('}');
                if (path.startsWith("sources/") && path.endsWith(".txt") && path.indexOf('/', "sources/".length()) < 0) {
                    String slug = path.substring("sources/".length(), path.length() - ".txt".length());
                    texts.append(",\n{\"file\":");
                    JsonText.string(texts, "content/sources/" + slug + ".md").append(",\"sha256\":");
                    JsonText.string(texts, sha).append(",\"slug\":");
                    JsonText.string(texts, slug).append(",\"text\":");
                    JsonText.string(texts, path).append('}');
                }
            }
            return new Block(paths.toArray(new String[0]), entries.toArray(new Entry[0]),
                    files.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), texts.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The same manifest through Jackson's maps: what {@link #of(java.util.SortedMap)} must write. */
    static SiteFile ofWithJackson(java.util.SortedMap<String, Entry> files) {
        List<Map<String, Object>> list = new ArrayList<>();
        List<Map<String, Object>> texts = new ArrayList<>();
        for (Map.Entry<String, Entry> e : files.entrySet()) {
            String path = e.getKey();
            if (path.equals(PATH)) {
                continue;
            }
            String sha = e.getValue().sha256();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", path);
            m.put("bytes", e.getValue().bytes());
            m.put("sha256", sha);
            list.add(m);
            if (path.startsWith("sources/") && path.endsWith(".txt") && path.indexOf('/', "sources/".length()) < 0) {
                String slug = path.substring("sources/".length(), path.length() - ".txt".length());
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("slug", slug);
                t.put("file", "content/sources/" + slug + ".md");
                t.put("text", path);
                t.put("sha256", sha);
                texts.add(t);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("algorithm", "SHA-256");
        out.put("note", NOTE);
        out.put("files", list);
        out.put("sources", texts);
        return DataExport.json(PATH, out);
    }
}
