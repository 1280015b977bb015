package org.sourcebook.extract;

import java.util.Arrays;

/** The words of a text as {@code \p{L}+} finds them (maximal runs of letters), each with its offsets. */
final class Words {
    private final String text;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private String[] words = new String[64];
    private int size;
    /** Whether a letter outside the Basic Multilingual Plane is followed by a letter inside it in some word. */
    private boolean splitStarts;

    private Words(String text) {
        this.text = text;
    }

    static Words of(String text) {
        return read(text, false);
    }

    /**
     * The words as a pattern anchored with {@code (?<![\p{L}])} at an ASCII letter finds their starts:
     * java.util.regex looks one char back, so a letter right after a letter outside the BMP ("𝐀half")
     * starts a word there too. The same as {@code this} for nearly every text.
     */
    Words asLookbehindSees() {
        return splitStarts ? read(text, true) : this;
    }

    private static Words read(String text, boolean split) {
        Words w = new Words(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(c = text.codePointAt(i))) {
                boolean afterSupplementary = i > start && Character.isLowSurrogate(text.charAt(i - 1)) && !Character.isSupplementaryCodePoint(c);
                if (afterSupplementary && split) {
                    w.add(start, i);
                    start = i;
                }
                w.splitStarts |= afterSupplementary;
                i += Character.charCount(c);
            }
            w.add(start, i);
        }
        return w;
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            words = Arrays.copyOf(words, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        words[size] = text.substring(start, end);
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

    /** The text of word {@code i}. */
    String get(int i) {
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
        return p > ends[i] && i + 1 < size && starts[i + 1] == p && words[i + 1].equals(next);
    }
}
