package org.sourcebook.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One term of the index: its postings (documents ascending, each with the term's weight there)
 * and its entry as the shard file writes it, {@code "term":[df,doc,weight,docDelta,weight,…]}.
 * Owned by one {@link SearchIndex}; changed only by it, on one thread at a time.
 */
final class Term implements Comparable<Term> {
    private static final int[] NONE = new int[0];

    final String text;
    /** {@code "term":[} in UTF-8 (a term is letters and digits only: nothing to escape). */
    private final byte[] head;
    private int[] docs = NONE;
    private int[] weights = NONE;
    private int size;
    /**
     * The bytes the postings take in the entry when all are kept, each {@code ,delta,weight}:
     * kept as postings are added and replaced, so that an entry over {@code termMax} is not read
     * whole once more to learn its size ({@link #make}).
     */
    private int body;
    private int expected;
    /** The entry, or null when the postings changed since it was made. */
    private byte[] entry;

    Term(String text) {
        this.text = text;
        this.head = ("\"" + text + "\":[").getBytes(StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    /** Adds a posting after every other (documents must come in ascending order); the entry must be made again ({@link #clear} first). */
    void add(int doc, int weight) {
        int n = size;
        if (n == docs.length) {
            // grown as postings come, up to the count expected ({@link #allocate})
            int cap = Math.max(4, n * 2);
            if (expected > n) {
                cap = Math.min(cap, expected);
            }
            docs = Arrays.copyOf(docs, cap);
            weights = Arrays.copyOf(weights, cap);
        }
        docs[n] = doc;
        weights[n] = weight;
        body += 2 + digits(doc - (n == 0 ? 0 : docs[n - 1])) + digits(weight);
        size = n + 1;
    }

    /** What posting {@code i} adds to {@link #body}. */
    private int cost(int i) {
        return 2 + digits(docs[i] - (i == 0 ? 0 : docs[i - 1])) + digits(weights[i]);
    }

    /** No postings (and none expected). */
    void clear() {
        size = 0;
        body = 0;
        expected = 0;
        entry = null;
    }

    /** One more posting will be {@link #add}ed. */
    void expect() {
        expected++;
    }

    /**
     * Room for the postings expected: arrays that do not fit are dropped, and {@link #add} grows
     * new ones as postings come, to the count expected at most. Not made whole here: the terms a
     * large archive's first documents hold are most of its postings, and the documents' terms
     * not yet posted are still held while the postings are added (see SearchIndex#postAll).
     */
    void allocate() {
        if (docs.length < expected || docs.length > 2 * expected + 16) {
            docs = NONE;
            weights = NONE;
        }
    }

    /** Replaces the postings of documents in {@code [from, to)} by {@code n} new ones (ascending, inside that range). */
    void replace(int from, int to, int[] newDocs, int[] newWeights, int n) {
        int lo = lowerBound(from);
        int hi = lowerBound(to);
        int tail = size - hi;
        int newSize = lo + n + tail;
        // the replaced postings, and the one after them (its delta is from the posting before it)
        for (int i = lo; i < Math.min(hi + 1, size); i++) {
            body -= cost(i);
        }
        if (newSize > docs.length) {
            docs = Arrays.copyOf(docs, Math.max(newSize, docs.length * 2));
            weights = Arrays.copyOf(weights, docs.length);
        }
        System.arraycopy(docs, hi, docs, lo + n, tail);
        System.arraycopy(weights, hi, weights, lo + n, tail);
        System.arraycopy(newDocs, 0, docs, lo, n);
        System.arraycopy(newWeights, 0, weights, lo, n);
        size = newSize;
        for (int i = lo; i < Math.min(lo + n + 1, size); i++) {
            body += cost(i);
        }
        entry = null;
    }

    private int lowerBound(int doc) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (docs[mid] < doc) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Drops the postings, keeping the entry made from them (an index made once needs no more). */
    void dropPostings() {
        if (entry == null) {
            throw new IllegalStateException("the postings of '" + text + "' are dropped before its entry is made");
        }
        docs = NONE;
        weights = NONE;
    }

    boolean fresh() {
        return entry != null;
    }

    /**
     * The entry, made again if the postings changed. Over {@code termMax} bytes it keeps only the
     * best-weighted documents (ties: the first ones), fewer each try until it fits; df stays the
     * true count.
     */
    byte[] entry(int termMax) {
        if (entry == null) {
            entry = make(termMax);
        }
        return entry;
    }

    private byte[] make(int termMax) {
        int all = head.length + digits(size) + 1 + body;
        if (all <= termMax) {
            return write(docs, weights, size, 0, 0, all);
        }
        int[] count = weightCounts();
        int keep = (int) ((long) size * termMax / all);
        // the postings read: all of them at first, then those the first try kept (every later try keeps fewer of them)
        int[] ds = docs;
        int[] ws = weights;
        int n = size;
        while (true) {
            int threshold = threshold(count, keep);
            int ties = ties(count, keep, threshold);
            int bytes = bytes(ds, ws, n, threshold, ties);
            if (bytes <= termMax) {
                return write(ds, ws, n, threshold, ties, bytes);
            }
            if (ds == docs) {
                int[][] kept = kept(threshold, ties);
                ds = kept[0];
                ws = kept[1];
                n = ds.length;
            }
            keep = keep * 9 / 10;
        }
    }

    /** How many postings have each weight, by weight (weights are small: a few hundred at most). */
    private int[] weightCounts() {
        int max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, weights[i]);
        }
        int[] count = new int[max + 1];
        for (int i = 0; i < size; i++) {
            count[weights[i]]++;
        }
        return count;
    }

    /** The weight of the keep-th best posting (none kept: above every weight); the best {@code keep} are every posting above it and the first ties at it. */
    private static int threshold(int[] count, int keep) {
        if (keep <= 0) {
            return Integer.MAX_VALUE;
        }
        int threshold = count.length - 1;
        for (int above = 0; above + count[threshold] < keep; threshold--) {
            above += count[threshold];
        }
        return threshold;
    }

    /** How many postings at {@code threshold} the best {@code keep} take (the first ones). */
    private static int ties(int[] count, int keep, int threshold) {
        int above = 0;
        for (int w = count.length - 1; w > threshold; w--) {
            above += count[w];
        }
        return keep - above;
    }

    /** The postings with a weight above {@code threshold} and the first {@code ties} at it, in order: documents, weights. */
    private int[][] kept(int threshold, int ties) {
        int n = 0;
        int t = ties;
        for (int i = 0; i < size; i++) {
            int w = weights[i];
            if (w > threshold || (w == threshold && t-- > 0)) {
                n++;
            }
        }
        int[] ds = new int[n];
        int[] ws = new int[n];
        for (int i = 0, k = 0; i < size; i++) {
            int w = weights[i];
            if (w > threshold || (w == threshold && ties-- > 0)) {
                ds[k] = docs[i];
                ws[k++] = w;
            }
        }
        return new int[][] {ds, ws};
    }

    /** The entry's size keeping, of postings {@code ds}/{@code ws}, those with a weight above {@code threshold} and the first {@code ties} at it (threshold 0: all); df is {@link #size}. */
    private int bytes(int[] ds, int[] ws, int n, int threshold, int ties) {
        int bytes = head.length + digits(size) + 1;
        int last = 0;
        for (int i = 0; i < n; i++) {
            int w = ws[i];
            if (w > threshold || (w == threshold && ties-- > 0)) {
                int d = ds[i];
                bytes += 2 + digits(d - last) + digits(w);
                last = d;
            }
        }
        return bytes;
    }

    /** The size of the entry keeping every posting, read from the postings (what {@link #body} keeps up to date; tested). */
    int bytesOfAll() {
        return bytes(docs, weights, size, 0, 0);
    }

    /** The entry made the plain way, every posting read (to test {@link #entry}'s shortcuts against). */
    byte[] plainEntry(int termMax) {
        int all = bytesOfAll();
        if (all <= termMax) {
            return write(docs, weights, size, 0, 0, all);
        }
        int[] count = weightCounts();
        int keep = (int) ((long) size * termMax / all);
        while (true) {
            int threshold = threshold(count, keep);
            int ties = ties(count, keep, threshold);
            int bytes = bytes(docs, weights, size, threshold, ties);
            if (bytes <= termMax) {
                return write(docs, weights, size, threshold, ties, bytes);
            }
            keep = keep * 9 / 10;
        }
    }

    private byte[] write(int[] ds, int[] ws, int n, int threshold, int ties, int bytes) {
        byte[] out = new byte[bytes];
        System.arraycopy(head, 0, out, 0, head.length);
        int at = putInt(out, head.length, size);
        int last = 0;
        for (int i = 0; i < n; i++) {
            int w = ws[i];
            if (w > threshold || (w == threshold && ties-- > 0)) {
                int d = ds[i];
                out[at++] = ',';
                at = putInt(out, at, d - last);
                out[at++] = ',';
                at = putInt(out, at, w);
                last = d;
            }
        }
        out[at++] = ']';
        if (at != bytes) {
            throw new IllegalStateException("entry of '" + text + "' has " + at + " bytes, " + bytes + " expected");
        }
        return out;
    }

    /** Decimal digits of {@code v} (≥ 0). */
    static int digits(int v) {
        if (v < 100_000) {
            return v < 100 ? (v < 10 ? 1 : 2) : v < 1_000 ? 3 : v < 10_000 ? 4 : 5;
        }
        return v < 10_000_000 ? (v < 1_000_000 ? 6 : 7) : v < 100_000_000 ? 8 : v < 1_000_000_000 ? 9 : 10;
    }

    /** Writes {@code v} (≥ 0) in decimal at {@code at}; returns the position after it. */
    static int putInt(byte[] out, int at, int v) {
        int end = at + digits(v);
        int p = end;
        do {
            out[--p] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        return end;
    }

    @Override
    public int compareTo(Term o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text + "(" + size + ")";
    }
}
