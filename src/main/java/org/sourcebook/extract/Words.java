package org.sourcebook.extract;

import java.util.Arrays;
import java.util.Collection;

/**
 * The words of a text as {@code \p{L}+} finds them (maximal runs of letters), each with its
 * offsets, and whether it is one of a {@link Lexicon}'s words. A word's text is cut out only when
 * asked for.
 */
final class Words {
    private final String text;
    private final Lexicon lexicon;
    private int[] starts;
    private int[] ends;
    private boolean[] known;
    private String[] words;
    private int size;
    /** Whether a letter outside the Basic Multilingual Plane is followed by a letter inside it in some word. */
    private boolean splitStarts;

    private Words(String text, Lexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        int capacity = Math.max(16, text.length() / 5);   // about one word in five chars of English
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.known = new boolean[capacity];
        this.words = new String[capacity];
    }

    static Words of(String text, Lexicon lexicon) {
        return read(text, lexicon, false);
    }

    /**
     * The words as a pattern anchored with {@code (?<![\p{L}])} at an ASCII letter finds their starts:
     * java.util.regex looks one char back, so a letter right after a letter outside the BMP ("𝐀half")
     * starts a word there too. The same as {@code this} for nearly every text.
     */
    Words asLookbehindSees() {
        return splitStarts ? read(text, lexicon, true) : this;
    }

    private static Words read(String text, Lexicon lexicon, boolean split) {
        Words w = new Words(text, lexicon);
        char[] cs = text.toCharArray();
        int n = cs.length;
        int i = 0;
        while (i < n) {
            int c = cs[i] < Character.MIN_SURROGATE ? cs[i] : Character.codePointAt(cs, i);
            if (!isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int hash = 0;
            while (i < n && isLetter(c = cs[i] < Character.MIN_SURROGATE ? cs[i] : Character.codePointAt(cs, i))) {
                boolean afterSupplementary = i > start && Character.isLowSurrogate(cs[i - 1]) && !Character.isSupplementaryCodePoint(c);
                if (afterSupplementary && split) {
                    w.add(cs, start, i, hash);
                    start = i;
                    hash = 0;
                }
                w.splitStarts |= afterSupplementary;
                int width = Character.charCount(c);
                for (int k = i; k < i + width; k++) {
                    hash = 31 * hash + cs[k];
                }
                i += width;
            }
            w.add(cs, start, i, hash);
        }
        return w;
    }

    private static boolean isLetter(int c) {
        if (c < 128) {
            int lower = c | 0x20;
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(c);
    }

    /** Adds the word [start, end) of {@code cs}, whose {@link String#hashCode} is {@code hash}. */
    private void add(char[] cs, int start, int end, int hash) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            known = Arrays.copyOf(known, size * 2);
            words = Arrays.copyOf(words, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        known[size] = lexicon.contains(cs, start, end, hash);
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Whether word {@code i} is one of the lexicon's. */
    boolean known(int i) {
        return known[i];
    }

    /** The text of word {@code i}. */
    String get(int i) {
        if (words[i] == null) {
            words[i] = text.substring(starts[i], ends[i]);
        }
        return words[i];
    }

    /** Whether word {@code i + 1} follows word {@code i} with exactly one char of {@code joiners} between them ("twenty-first"). */
    boolean joined(int i, String joiners) {
        return i + 1 < size && starts[i + 1] == ends[i] + 1 && joiners.indexOf(text.charAt(ends[i])) >= 0;
    }

    /** Whether word {@code i + 1} is {@code next}, after one or more spaces and nothing else ("half of"). */
    boolean followedAfterSpaces(int i, String next) {
        int p = ends[i];
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p > ends[i] && i + 1 < size && starts[i + 1] == p && get(i + 1).equals(next);
    }

    /** A fixed set of words, looked up by a stretch of a text without cutting it out. */
    static final class Lexicon {
        private final String[] slots;

        Lexicon(Collection<String> words) {
            slots = new String[Integer.highestOneBit(Math.max(4, words.size() * 4)) * 2];
            for (String w : words) {
                int p = slot(w.hashCode());
                while (slots[p] != null && !slots[p].equals(w)) {
                    p = (p + 1) & (slots.length - 1);
                }
                slots[p] = w;
            }
        }

        private int slot(int hash) {
            return (hash ^ (hash >>> 16)) & (slots.length - 1);
        }

        /** Whether the chars [start, end) of {@code cs}, whose {@link String#hashCode} is {@code hash}, are one of the words. */
        boolean contains(char[] cs, int start, int end, int hash) {
            int len = end - start;
            for (int p = slot(hash); slots[p] != null; p = (p + 1) & (slots.length - 1)) {
                if (slots[p].length() == len && same(slots[p], cs, start)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean same(String word, char[] cs, int start) {
            for (int k = 0; k < word.length(); k++) {
                if (word.charAt(k) != cs[start + k]) {
                    return false;
                }
            }
            return true;
        }
    }
}
