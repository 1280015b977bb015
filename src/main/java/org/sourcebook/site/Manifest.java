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
