package org.sourcebook.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentMap;

/**
 * Documents that change together (one source's, or the facts'): their terms, and the document
 * chunks that hold their rows. A group's documents have ids {@code [base, base + ids())} and
 * fill chunks of their own, so that when one source changes, the ids and chunks of the others
 * stay as they were.
 */
final class Group {
    /** A group's id range is its size rounded up to this: a source that gains or loses a document rarely moves the ids after it. */
    static final int ID_STEP = 16;
    private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);

    private final int size;
    /** The terms of the documents; null once they are posted in an index made once ({@link #dropAnalysis}). */
    Analyser.Analysis analysis;
    /** The first row of each chunk. */
    private final int[] chunkStarts;
    /**
     * Each chunk's file, {@code SB_SEARCH.add("d",id,[row,row,…]);}, named by the id of its first row when the group starts at
     * {@link #base}; null in an index made once, whose chunks are made again from the documents when written ({@link #chunkFile(List, int, int, int)}).
     */
    private final byte[][] files;
    private int base;

    private Group(int size, Analyser.Analysis analysis, int[] chunkStarts, byte[][] files, int base) {
        this.size = size;
        this.analysis = analysis;
        this.chunkStarts = chunkStarts;
        this.files = files;
        this.base = base;
    }

    /** Makes groups on one thread, with its own term table and buffers. */
    static final class Maker {
        private final Analyser analyser;
        private final int chunkMax;
        private final Rows out = new Rows();
        private char[] title = new char[256];
        private char[] text = new char[4096];

        Maker(ConcurrentMap<String, Term> dictionary, int chunkMax) {
            this.analyser = new Analyser(dictionary);
            this.chunkMax = chunkMax;
        }

        /** The group of {@code docs}, whose ids start at {@code base}. */
        Group make(List<SearchDoc> docs, int base) {
            return make(docs, base, true);
        }

        /**
         * The group of {@code docs}, whose ids start at {@code base}; without its chunk files when
         * {@code keepFiles} is false (they are made again when written: see {@link #chunkFile(List, int, int, int)}).
         */
        Group make(List<SearchDoc> docs, int base, boolean keepFiles) {
            out.reset();
            int[] ends = new int[docs.size()];
            try (JsonGenerator g = JSON.createGenerator(out)) {
                for (int i = 0; i < docs.size(); i++) {
                    SearchDoc d = docs.get(i);
                    // each text copied once, then written and read from the copy
                    title = chars(d.title(), title);
                    text = chars(d.text(), text);
                    writeRow(g, d, title, text);
                    ends[i] = out.size();
                    analyser.add(d, title, text);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write search documents", e);
            }
            List<Integer> starts = new ArrayList<>();
            int chunkBytes = 0;
            for (int i = 0; i < ends.length; i++) {
                int bytes = ends[i] - (i == 0 ? 0 : ends[i - 1]) + 1;
                if (starts.isEmpty() || chunkBytes + bytes > chunkMax - 40) {
                    starts.add(i);
                    chunkBytes = 0;
                }
                chunkBytes += bytes;
            }
            byte[][] files = keepFiles ? new byte[starts.size()][] : null;
            for (int c = 0; keepFiles && c < files.length; c++) {
                int from = starts.get(c);
                int to = c + 1 < files.length ? starts.get(c + 1) : ends.length;
                files[c] = file(base + from, out.bytes(), ends, from, to);
            }
            return new Group(docs.size(), analyser.take(), starts.stream().mapToInt(Integer::intValue).toArray(), files, base);
        }

        /** {@code s}'s characters in {@code buf} (or a longer buffer): the generator reads a String by charAt, an array directly. */
        private static char[] chars(String s, char[] buf) {
            char[] b = buf.length < s.length() ? new char[Math.max(s.length(), buf.length * 2)] : buf;
            s.getChars(0, s.length(), b, 0);
            return b;
        }
    }

    /**
     * One document's row, {@code [kind,title,href,text,sub,[breaks]]}, and {@code [from,to]} after
     * them when only part of the text is searched (a quote in its context); {@code title} and
     * {@code text} hold the document's characters.
     */
    private static void writeRow(JsonGenerator g, SearchDoc d, char[] title, char[] text) throws IOException {
        g.writeStartArray();
        g.writeString(d.kind());
        g.writeString(title, 0, d.title().length());
        g.writeString(d.href());
        g.writeString(text, 0, d.text().length());
        if (d.sub() == null) {
            g.writeNull();
        } else {
            g.writeString(d.sub());
        }
        g.writeStartArray();
        for (int b : d.breaks()) {
            g.writeNumber(b);
        }
        g.writeEndArray();
        if (d.searchesPart()) {
            g.writeStartArray();
            g.writeNumber(d.from());
            g.writeNumber(d.to());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.flush();
    }

    /**
     * The file of chunk {@code c} made again from the group's documents (the same bytes as
     * {@link Maker#make} gives): an index made once keeps no chunk bytes, only where each starts.
     */
    byte[] chunkFile(List<SearchDoc> docs, int c, int base) {
        if (docs.size() != size) {
            throw new IllegalStateException("a group of " + size + " documents was given " + docs.size() + " to write chunk " + c);
        }
        int from = chunkStarts[c];
        int to = c + 1 < chunkStarts.length ? chunkStarts[c + 1] : size;
        Rows out = new Rows(16 * 1024);
        int[] ends = new int[to - from];
        char[] title = new char[256];
        char[] text = new char[4096];
        try (JsonGenerator g = JSON.createGenerator(out)) {
            for (int i = from; i < to; i++) {
                SearchDoc d = docs.get(i);
                title = Maker.chars(d.title(), title);
                text = Maker.chars(d.text(), text);
                writeRow(g, d, title, text);
                ends[i - from] = out.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write search documents", e);
        }
        return file(base + from, out.bytes(), ends, 0, to - from);
    }

    /** Drops the group's terms (an index made once needs them only until they are posted). */
    void dropAnalysis() {
        analysis = null;
    }

    /** True when the group holds its chunk files (else they are made again from its documents). */
    boolean keepsFiles() {
        return files != null;
    }

    /** A byte stream whose bytes are read in place. */
    private static final class Rows extends ByteArrayOutputStream {
        Rows() {
            this(64 * 1024);
        }

        Rows(int size) {
            super(size);
        }

        byte[] bytes() {
            return buf;
        }
    }

    private static byte[] head(int id) {
        return ("SB_SEARCH.add(\"d\"," + id + ",[").getBytes(StandardCharsets.US_ASCII);
    }

    /** Rows {@code [from, to)} as the chunk whose first row has id {@code id}. */
    private static byte[] file(int id, byte[] rows, int[] ends, int from, int to) {
        byte[] head = head(id);
        int start = from == 0 ? 0 : ends[from - 1];
        byte[] out = new byte[head.length + (ends[to - 1] - start) + (to - from - 1) + 4];
        System.arraycopy(head, 0, out, 0, head.length);
        int at = head.length;
        for (int r = from; r < to; r++) {
            if (r > from) {
                out[at++] = ',';
            }
            int rs = r == 0 ? 0 : ends[r - 1];
            System.arraycopy(rows, rs, out, at, ends[r] - rs);
            at += ends[r] - rs;
        }
        out[at++] = ']';
        out[at++] = ')';
        out[at++] = ';';
        out[at] = '\n';
        return out;
    }

    int size() {
        return size;
    }

    /** How many ids the group takes. */
    int ids() {
        return ids(size);
    }

    /** How many ids a group of {@code size} documents takes. */
    static int ids(int size) {
        return (size + ID_STEP - 1) / ID_STEP * ID_STEP;
    }

    int chunks() {
        return chunkStarts.length;
    }

    /** The first row of chunk {@code c} of the group. */
    int chunkStart(int c) {
        return chunkStarts[c];
    }

    /** The file of chunk {@code c} of the group when the group's ids start at {@code base} (renamed if they moved). */
    synchronized byte[] chunkFile(int c, int base) {
        if (base != this.base) {
            for (int k = 0; k < files.length; k++) {
                byte[] old = files[k];
                int skip = head(this.base + chunkStarts[k]).length;
                byte[] head = head(base + chunkStarts[k]);
                byte[] f = new byte[head.length + old.length - skip];
                System.arraycopy(head, 0, f, 0, head.length);
                System.arraycopy(old, skip, f, head.length, old.length - skip);
                files[k] = f;
            }
            this.base = base;
        }
        return files[c];
    }

    /** True when {@code o} holds the same rows in the same chunks (so the same documents). */
    boolean sameRows(Group o) {
        if (o.files.length != files.length || !Arrays.equals(o.chunkStarts, chunkStarts)) {
            return false;
        }
        for (int k = 0; k < files.length; k++) {
            int a = head(base + chunkStarts[k]).length;
            int b = head(o.base + chunkStarts[k]).length;
            if (!Arrays.equals(files[k], a, files[k].length, o.files[k], b, o.files[k].length)) {
                return false;
            }
        }
        return true;
    }
}
