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
    final Analyser.Analysis analysis;
    /** The first row of each chunk. */
    private final int[] chunkStarts;
    /** Each chunk's file, {@code SB_SEARCH.add("d",id,[row,row,…]);}, named by the id of its first row when the group starts at {@link #base}. */
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
            out.reset();
            int[] ends = new int[docs.size()];
            try (JsonGenerator g = JSON.createGenerator(out)) {
                for (int i = 0; i < docs.size(); i++) {
                    SearchDoc d = docs.get(i);
                    // each text copied once, then written and read from the copy
                    title = chars(d.title(), title);
                    text = chars(d.text(), text);
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
                    g.writeEndArray();
                    g.flush();
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
            byte[][] files = new byte[starts.size()][];
            for (int c = 0; c < files.length; c++) {
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

    /** A byte stream whose bytes are read in place. */
    private static final class Rows extends ByteArrayOutputStream {
        Rows() {
            super(64 * 1024);
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
        return files.length;
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
