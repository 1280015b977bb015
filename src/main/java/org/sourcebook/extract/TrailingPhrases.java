package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of phrases taken off the end of a text, each with the space after it, tried in the
 * list's order ({@link #stripPlain}): "cannot kill over " less "over " is "cannot kill ". Only
 * the phrases whose last letter is the one before the text's last space are tried
 * ({@link #strip}); the result is the same as trying every phrase in turn.
 */
final class TrailingPhrases {
    private final String[] phrases;
    /** For each ASCII character, the indexes (ascending) of the phrases that end with it. */
    private final int[][] byLast = new int[128][];
    /** The indexes (ascending) of the phrases that end with any other character. */
    private final int[] otherLast;
    /** Whether a phrase is empty (it matches any text that ends with a space): then every phrase is tried. */
    private final boolean hasEmpty;

    TrailingPhrases(List<String> phrases) {
        this.phrases = phrases.toArray(String[]::new);
        List<List<Integer>> ascii = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            ascii.add(new ArrayList<>());
        }
        List<Integer> other = new ArrayList<>();
        boolean empty = false;
        for (int i = 0; i < this.phrases.length; i++) {
            String p = this.phrases[i];
            if (p.isEmpty()) {
                empty = true;
                continue;
            }
            char last = p.charAt(p.length() - 1);
            (last < 128 ? ascii.get(last) : other).add(i);
        }
        for (int c = 0; c < 128; c++) {
            if (!ascii.get(c).isEmpty()) {
                byLast[c] = ascii.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }
        this.otherLast = other.stream().mapToInt(Integer::intValue).toArray();
        this.hasEmpty = empty;
    }

    List<String> phrases() {
        return List.of(phrases);
    }

    /** {@code s} less each phrase and its space that it ends with, the phrases tried in order (the same as {@link #stripPlain}). */
    String strip(String s) {
        if (hasEmpty) {
            return stripPlain(s);
        }
        int from = 0;
        while (true) {
            int n = s.length();
            if (n < 2 || s.charAt(n - 1) != ' ') {
                return s;   // no phrase ends the text: it must end with a letter of the phrase and a space
            }
            char c = s.charAt(n - 2);
            int[] tried = c < 128 ? byLast[c] : otherLast;
            int hit = -1;
            if (tried != null) {
                for (int i : tried) {
                    if (i >= from && Exclusions.endsWithThenSpace(s, phrases[i])) {
                        hit = i;
                        break;
                    }
                }
            }
            if (hit < 0) {
                return s;
            }
            s = s.substring(0, n - phrases[hit].length() - 1);
            from = hit + 1;   // the plain loop goes on with the phrases after the one taken off
        }
    }

    /** The plain way: every phrase in turn, each taken off when the text (as it is by then) ends with it and a space. */
    String stripPlain(String s) {
        for (String q : phrases) {
            if (Exclusions.endsWithThenSpace(s, q)) {
                s = s.substring(0, s.length() - q.length() - 1);
            }
        }
        return s;
    }
}
