package org.sourcebook.site;

import java.io.IOException;
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
        StringBuilder sb = new StringBuilder(files.size() * 128 + 1024);
        StringBuilder texts = new StringBuilder();
        sb.append("{\"algorithm\":\"SHA-256\",\"files\":[");
        boolean first = true;
        for (Map.Entry<String, Entry> e : files.entrySet()) {
            String path = e.getKey();
            if (path.equals(PATH)) {
                continue;
            }
            String sha = e.getValue().sha256();
            sb.append(first ? "\n" : ",\n").append("{\"bytes\":").append(e.getValue().bytes()).append(",\"path\":");
            JsonText.string(sb, path).append(",\"sha256\":");
            JsonText.string(sb, sha).append('}');
            first = false;
            if (path.startsWith("sources/") && path.endsWith(".txt") && path.indexOf('/', "sources/".length()) < 0) {
                String slug = path.substring("sources/".length(), path.length() - ".txt".length());
                texts.append(texts.length() == 0 ? "\n" : ",\n").append("{\"file\":");
                JsonText.string(texts, "content/sources/" + slug + ".md").append(",\"sha256\":");
                JsonText.string(texts, sha).append(",\"slug\":");
                JsonText.string(texts, slug).append(",\"text\":");
                JsonText.string(texts, path).append('}');
            }
        }
        sb.append(first ? "" : "\n").append("],\"note\":");
        JsonText.string(sb, NOTE).append(",\"sources\":[").append(texts).append(texts.length() == 0 ? "" : "\n").append("]}\n");
        return SiteFile.text(PATH, sb.toString());
    }

    /**
     * The manifest in parts ({@code serve}, which writes it as a {@link SplicedFile}): each
     * file's record is one part, made once per entry and kept while the entry is the same
     * object, so an update makes the records of the files it wrote only. The parts' concatenation
     * is {@link #of(java.util.SortedMap)}'s bytes (tested).
     */
    public static final class Parts {
        private static final byte[] HEAD = "{\"algorithm\":\"SHA-256\",\"files\":[".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        /** A file's record and, for a source's text, its record of {@code sources}; each as ",\n{…}". */
        private record Line(Entry entry, byte[] file, byte[] text) {
        }

        private final Map<String, Line> lines = new java.util.HashMap<>();
        /** The parts last made, and where each file's record (and its source text's) is among them. */
        private byte[][] last;
        private final Map<String, int[]> at = new java.util.HashMap<>();

        /**
         * The manifest of {@code files} in parts, when the files are those of the last call (the
         * same paths) and only the entries of {@code changed} are new: their records replace
         * theirs among the parts last made. Else (or the first time) as {@link #of}.
         */
        public byte[][] update(java.util.SortedMap<String, Entry> files, java.util.Collection<String> changed, boolean samePaths) {
            if (last == null || !samePaths) {
                return of(files);
            }
            byte[][] out = last.clone();
            for (String path : changed) {
                int[] where = at.get(path);
                Entry e = files.get(path);
                if (where == null || e == null) {
                    return of(files);
                }
                Line l = line(path, e);
                lines.put(path, l);
                out[where[0]] = where[0] == 1 ? java.util.Arrays.copyOfRange(l.file(), 1, l.file().length) : l.file();
                if (where[1] > 0) {
                    out[where[1]] = where[2] == 1 ? java.util.Arrays.copyOfRange(l.text(), 1, l.text().length) : l.text();
                }
            }
            last = out;
            return out;
        }

        /** The manifest of {@code files} in parts. */
        public byte[][] of(java.util.SortedMap<String, Entry> files) {
            if (lines.size() > files.size() + 1024) {
                lines.keySet().retainAll(files.keySet());
            }
            List<byte[]> out = new ArrayList<>(files.size() + 1024);
            List<byte[]> texts = new ArrayList<>();
            out.add(HEAD);
            at.clear();
            List<int[]> textAt = new ArrayList<>();
            for (Map.Entry<String, Entry> e : files.entrySet()) {
                String path = e.getKey();
                if (path.equals(PATH)) {
                    continue;
                }
                Line l = lines.get(path);
                if (l == null || l.entry() != e.getValue()) {
                    l = line(path, e.getValue());
                    lines.put(path, l);
                }
                // the first record of a list has no comma
                int[] where = {out.size(), 0, 0};
                at.put(path, where);
                out.add(out.size() == 1 ? java.util.Arrays.copyOfRange(l.file(), 1, l.file().length) : l.file());
                if (l.text() != null) {
                    texts.add(texts.isEmpty() ? java.util.Arrays.copyOfRange(l.text(), 1, l.text().length) : l.text());
                    // the text's place, known once the files' records are all placed: for now its number among the texts
                    where[2] = texts.size();
                    textAt.add(where);
                }
            }
            StringBuilder sb = new StringBuilder(out.size() == 1 ? "" : "\n").append("],\"note\":");
            JsonText.string(sb, NOTE).append(",\"sources\":[");
            out.add(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int[] where : textAt) {
                where[1] = out.size() + where[2] - 1;
            }
            out.addAll(texts);
            out.add((texts.isEmpty() ? "]}\n" : "\n]}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            last = out.toArray(new byte[0][]);
            return last;
        }

        private static Line line(String path, Entry entry) {
            String sha = entry.sha256();
            StringBuilder sb = new StringBuilder(160).append(",\n{\"bytes\":").append(entry.bytes()).append(",\"path\":");
            JsonText.string(sb, path).append(",\"sha256\":");
            JsonText.string(sb, sha).append('}');
            byte[] text = null;
            if (path.startsWith("sources/") && path.endsWith(".txt") && path.indexOf('/', "sources/".length()) < 0) {
                String slug = path.substring("sources/".length(), path.length() - ".txt".length());
                StringBuilder t = new StringBuilder(200).append(",\n{\"file\":");
                JsonText.string(t, "content/sources/" + slug + ".md").append(",\"sha256\":");
                JsonText.string(t, sha).append(",\"slug\":");
                JsonText.string(t, slug).append(",\"text\":");
                JsonText.string(t, path).append('}');
                text = t.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            return new Line(entry, sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), text);
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
