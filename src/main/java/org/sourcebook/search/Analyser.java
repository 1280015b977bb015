package org.sourcebook.search;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentMap;

/**
 * Turns documents into their terms and weights (a title term weighs more), for one thread: the
 * terms it has met are kept in its own table, keyed by their folded characters, so a token costs
 * no String; a term new to the table is looked up once in the index's shared dictionary.
 */
final class Analyser {
    private static final double[] LOG = new double[1024];

    static {
        for (int i = 1; i < LOG.length; i++) {
            LOG[i] = StrictMath.log(i);
        }
    }

    /**
     * The terms and weights of a list of documents: document {@code k}'s pairs are
     * {@code terms[ends[k-1]..ends[k])} with {@code weights} at the same places. A weight is
     * at most about 1,100 (see {@link #add}), so it is kept in a short: an index made once holds
     * every document's pairs until they are posted (tens of millions in a large archive).
     */
    record Analysis(Term[] terms, short[] weights, int[] ends) {
        int docs() {
            return ends.length;
        }

        int start(int doc) {
            return doc == 0 ? 0 : ends[doc - 1];
        }
    }

    private final ConcurrentMap<String, Term> dictionary;
    private final Terms.Scanner scanner = new Terms.Scanner();
    // open addressing: the folded token, its hash, its term (null: not indexable)
    private char[][] keys = new char[1024][];
    private int[] hashes = new int[1024];
    private Term[] slotTerms = new Term[1024];
    private int[] titleCount = new int[1024];
    private int[] textCount = new int[1024];
    private int[] stamp = new int[1024];
    private int used;
    private int doc;
    private int[] touched = new int[256];
    private int touchedCount;
    private boolean inTitle;
    private final Terms.Scanner.Sink sink = this::count;
    /** The last quote's sub (its source's title) and the slots of its terms (moved when the table grows). */
    private String lastSub;
    private final IntList subSlots = new IntList();
    private boolean recording;

    Analyser(ConcurrentMap<String, Term> dictionary) {
        this.dictionary = dictionary;
    }

    /** The pairs of the group being read, and where each document's end (kept across groups: copied out at their size). */
    private Term[] terms = new Term[1024];
    private short[] weights = new short[1024];
    private int pairs;
    private int[] ends = new int[64];
    private int docs;

    /**
     * Reads a document: its title's and text's characters are in {@code title} and {@code text}
     * ({@code [0, length)}); they are read in place.
     */
    void add(SearchDoc d, char[] title, char[] text) {
        doc++;
        touchedCount = 0;
        // A passage is not found by its source's title: the source's own document is.
        if (!d.kind().equals("text")) {
            inTitle = true;
            scanner.scan(d.title(), title, d.title().length(), sink);
        }
        inTitle = false;
        if (d.searchesPart()) {
            // a quote: its own words only, not the context shown around it
            scanner.scan(d.text().substring(d.from(), d.to()), sink);
        } else {
            scanner.scan(d.text(), text, d.text().length(), sink);
        }
        if (d.sub() != null && d.kind().equals("quote")) {
            sub(d.sub());
        }
        if (pairs + touchedCount > terms.length) {
            int cap = Math.max(pairs + touchedCount, terms.length * 2);
            terms = Arrays.copyOf(terms, cap);
            weights = Arrays.copyOf(weights, cap);
        }
        int boost = d.titleBoost();
        for (int i = 0; i < touchedCount; i++) {
            int s = touched[i];
            int n0 = titleCount[s];
            int n1 = textCount[s];
            double w = (n0 > 0 ? boost * (1 + log(n0)) : 0) + (n1 > 0 ? 1 + log(n1) : 0);
            terms[pairs] = slotTerms[s];
            // at most 10 · (4 · (1 + ln 2^31) + 1 + ln 2^31) ≈ 1,125: a short holds it
            weights[pairs] = (short) Math.min(Short.MAX_VALUE, Math.max(1, (int) Math.round(10 * w)));
            pairs++;
        }
        if (docs == ends.length) {
            ends = Arrays.copyOf(ends, docs * 2);
        }
        ends[docs++] = pairs;
    }

    /** The documents read since the last call. */
    Analysis take() {
        Analysis a = new Analysis(Arrays.copyOf(terms, pairs), Arrays.copyOf(weights, pairs), Arrays.copyOf(ends, docs));
        Arrays.fill(terms, 0, pairs, null);
        pairs = 0;
        docs = 0;
        return a;
    }

    private static double log(int n) {
        return n < LOG.length ? LOG[n] : StrictMath.log(n);
    }

    /** Counts the terms of {@code sub}: a source's quotes all have its title, read once. */
    private void sub(String sub) {
        if (sub != lastSub) {
            lastSub = sub;
            subSlots.clear();
            recording = true;
            scanner.scan(sub, sink);
            recording = false;
        } else {
            for (int i = 0; i < subSlots.size(); i++) {
                countSlot(subSlots.get(i));
            }
        }
    }

    private void count(Terms.Scanner s) {
        int slot = slot(s.buf, s.len, s.hash);
        if (slotTerms[slot] == null) {
            return;
        }
        if (recording) {
            subSlots.add(slot);
        }
        countSlot(slot);
    }

    private void countSlot(int slot) {
        if (stamp[slot] != doc) {
            stamp[slot] = doc;
            titleCount[slot] = 0;
            textCount[slot] = 0;
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = slot;
        }
        if (inTitle) {
            titleCount[slot]++;
        } else {
            textCount[slot]++;
        }
    }

    /** The slot of the token {@code buf[0..len)}, made (with its term, or null if it is not indexable) when new. */
    private int slot(char[] buf, int len, int h) {
        int mask = keys.length - 1;
        int i = mix(h) & mask;
        while (true) {
            char[] k = keys[i];
            if (k == null) {
                break;
            }
            if (hashes[i] == h && same(k, buf, len)) {
                return i;
            }
            i = (i + 1) & mask;
        }
        char[] key = Arrays.copyOf(buf, len);
        keys[i] = key;
        hashes[i] = h;
        String text = new String(key);
        slotTerms[i] = Terms.indexable(text) ? dictionary.computeIfAbsent(text, Term::new) : null;
        stamp[i] = 0;
        if (++used * 2 > keys.length) {
            grow();
            return find(key, h);
        }
        return i;
    }

    private int find(char[] key, int h) {
        int mask = keys.length - 1;
        int i = mix(h) & mask;
        while (keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static boolean same(char[] k, char[] buf, int len) {
        if (k.length != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (k[i] != buf[i]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        Term[] oldTerms = slotTerms;
        int[] oldStamp = stamp;
        int[] oldTitle = titleCount;
        int[] oldText = textCount;
        int cap = oldKeys.length * 2;
        keys = new char[cap][];
        hashes = new int[cap];
        slotTerms = new Term[cap];
        stamp = new int[cap];
        titleCount = new int[cap];
        textCount = new int[cap];
        int mask = cap - 1;
        int[] moved = new int[oldKeys.length];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) {
                continue;
            }
            int i = mix(oldHashes[j]) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            hashes[i] = oldHashes[j];
            slotTerms[i] = oldTerms[j];
            stamp[i] = oldStamp[j];
            titleCount[i] = oldTitle[j];
            textCount[i] = oldText[j];
            moved[j] = i;
        }
        for (int t = 0; t < touchedCount; t++) {
            touched[t] = moved[touched[t]];
        }
        for (int t = 0; t < subSlots.size(); t++) {
            subSlots.set(t, moved[subSlots.get(t)]);
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] a = new int[32];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int get(int i) {
            return a[i];
        }

        void set(int i, int v) {
            a[i] = v;
        }

        int size() {
            return n;
        }

        void clear() {
            n = 0;
        }
    }
}
