package org.sourcebook.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A source statement: its metadata and its verbatim body. Equal, hashed and printed as a record
 * of its seven parts would be.
 *
 * <p>The body is held as the text loaded, or, once {@link #compact compacted}, as its UTF-8
 * bytes: most statements have a typographic quote or dash, so Java keeps their text two bytes a
 * character, and a large archive's bodies are then most of a build's memory. A compacted body
 * is read back on each {@link #body()} (the last one read is kept, one a thread: a page reads
 * one source's text many times over).
 */
public final class Source {
    private final String slug;
    private final Path file;
    private final FrontMatter meta;
    /** The body as loaded; null when it is held as {@link #utf8}. */
    private final String text;
    private final byte[] utf8;
    private final int bodyLine;
    private final String sha256;
    private final List<TextSpan> furniture;

    /**
     * @param slug      file name without .md; the source's id in URLs and claims.json
     * @param file      path of the file, relative to the content folder
     * @param meta      front matter
     * @param body      verbatim text after the front matter
     * @param bodyLine  1-based line of the file where the body starts (to turn offsets into lines)
     * @param sha256    hex SHA-256 of the body as loaded
     * @param furniture page furniture spans, sorted, from editor marks and detection
     */
    public Source(String slug, Path file, FrontMatter meta, String body, int bodyLine, String sha256,
                  List<TextSpan> furniture) {
        this(slug, file, meta, body, null, bodyLine, sha256, List.copyOf(furniture));
    }

    private Source(String slug, Path file, FrontMatter meta, String text, byte[] utf8, int bodyLine, String sha256,
                   List<TextSpan> furniture) {
        this.slug = slug;
        this.file = file;
        this.meta = meta;
        this.text = text;
        this.utf8 = utf8;
        this.bodyLine = bodyLine;
        this.sha256 = sha256;
        this.furniture = furniture;
    }

    public String slug() {
        return slug;
    }

    public Path file() {
        return file;
    }

    public FrontMatter meta() {
        return meta;
    }

    /** The body's text (read back from its UTF-8 bytes when the source is compacted). */
    public String body() {
        if (text != null) {
            return text;
        }
        Read last = LAST.get();
        if (last.source != this) {
            last.text = new String(utf8, StandardCharsets.UTF_8);
            last.source = this;
        }
        return last.text;
    }

    /** The body in UTF-8 ({@code sources/<slug>.txt}); a compacted source's own bytes, not to be changed. */
    public byte[] bodyUtf8() {
        return utf8 != null ? utf8 : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The last compacted body read on a thread. */
    private static final class Read {
        private Source source;
        private String text;
    }

    private static final ThreadLocal<Read> LAST = ThreadLocal.withInitial(Read::new);

    public int bodyLine() {
        return bodyLine;
    }

    public String sha256() {
        return sha256;
    }

    public List<TextSpan> furniture() {
        return furniture;
    }

    /**
     * The same source holding its body as UTF-8 bytes (see the class comment); itself when it
     * already does, or when the text would not read back the same (a lone surrogate, which
     * UTF-8 cannot hold; a body loaded from a file never has one).
     */
    public Source compact() {
        if (text == null || !wholeSurrogates(text)) {
            return this;
        }
        return new Source(slug, file, meta, null, text.getBytes(StandardCharsets.UTF_8), bodyLine, sha256, furniture);
    }

    /** True when every surrogate of {@code s} is half of a pair (so its UTF-8 bytes read back as {@code s}). */
    static boolean wholeSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    public boolean inFurniture(int start, int end) {
        return furniture.stream().anyMatch(s -> s.overlaps(start, end));
    }

    /** 1-based line of the file that holds body offset {@code offset}. */
    public int fileLine(int offset) {
        String body = body();
        int line = bodyLine;
        for (int i = 0; i < offset && i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public Source withFurniture(List<TextSpan> spans) {
        return new Source(slug, file, meta, body(), bodyLine, sha256, spans);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Source s)) {
            return false;
        }
        return bodyLine == s.bodyLine && Objects.equals(slug, s.slug) && Objects.equals(file, s.file)
                && Objects.equals(meta, s.meta) && Objects.equals(sha256, s.sha256) && Objects.equals(furniture, s.furniture)
                && (text != null && s.text != null ? text.equals(s.text)
                : utf8 != null && s.utf8 != null ? java.util.Arrays.equals(utf8, s.utf8) : body().equals(s.body()));
    }

    /** The hash a record of the seven parts has (each part's hash, combined as {@code 31 · h + part}), made once. */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hashCode(slug);
            h = 31 * h + Objects.hashCode(file);
            h = 31 * h + Objects.hashCode(meta);
            h = 31 * h + body().hashCode();
            h = 31 * h + Integer.hashCode(bodyLine);
            h = 31 * h + Objects.hashCode(sha256);
            h = 31 * h + Objects.hashCode(furniture);
            hash = h;
        }
        return h;
    }

    private int hash;

    @Override
    public String toString() {
        return "Source[slug=" + slug + ", file=" + file + ", meta=" + meta + ", body=" + body() + ", bodyLine=" + bodyLine
                + ", sha256=" + sha256 + ", furniture=" + furniture + "]";
    }
}
