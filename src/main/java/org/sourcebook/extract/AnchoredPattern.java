package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where one of its matches can start (a digit that no digit comes before,
 * a parenthesis, a word's first letter), instead of at every char of a text: the matches are
 * those of {@link Matcher#find()}, found in a fraction of the time. Every match must start on
 * one of the pattern's first chars, where its {@link Start} holds.
 */
final class AnchoredPattern {
    /** Where in a text a match can start. */
    @FunctionalInterface
    interface Start {
        boolean at(char[] text, int i);
    }

    static final String DIGITS = "0123456789";

    /** A letter that no letter comes before: where the leftmost match of a pattern that starts with {@code \p{L}+} starts. */
    static final Start WORD_START = (t, i) -> Character.isLetter(Character.codePointAt(t, i)) && (i == 0 || !Character.isLetter(t[i - 1]));

    /** No digit comes right before ({@code (?<!\d)}). */
    static final Start NOT_AFTER_DIGIT = (t, i) -> i == 0 || !isDigit(t[i - 1]);

    private final Pattern pattern;
    private final boolean[] first = new boolean[128];
    /** Whether a match may start on a char outside ASCII. */
    private final boolean anyFirst;
    private final Start canStart;

    /** A pattern whose every match starts where {@code canStart} holds. */
    AnchoredPattern(String regex, Start canStart) {
        this(regex, null, canStart);
    }

    /** A pattern whose every match starts on one of {@code firstChars} (ASCII; null for any char), where {@code canStart} holds. */
    AnchoredPattern(String regex, String firstChars, Start canStart) {
        this.pattern = Pattern.compile(regex);
        this.anyFirst = firstChars == null;
        if (anyFirst) {
            Arrays.fill(first, true);
        } else {
            for (char c : firstChars.toCharArray()) {
                if (c >= first.length) {
                    throw new IllegalArgumentException("first chars must be ASCII: " + firstChars);
                }
                first[c] = true;
            }
        }
        this.canStart = canStart;
    }

    Pattern pattern() {
        return pattern;
    }

    /** A {@link Finder} over {@code text}. */
    Finder in(String text) {
        return new Finder(text, null);
    }

    /** A {@link Finder} over the text of {@code positions}, trying only those (which must cover this pattern's first chars). */
    Finder in(Positions positions) {
        for (int c = 0; c < first.length; c++) {
            if (anyFirst || first[c] && !positions.set[c]) {
                throw new IllegalArgumentException("the positions miss first chars of " + pattern);
            }
        }
        return new Finder(positions.text, positions);
    }

    /** The matches in the text of {@code positions}, as {@link #spans(String)} finds them in it. */
    List<int[]> spans(Positions positions) {
        List<int[]> out = new ArrayList<>();
        Finder f = in(positions);
        while (f.find()) {
            out.add(new int[] {f.start(), f.end()});
        }
        return out;
    }

    /** [start, end) of every match in {@code text}, in order. */
    List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        Finder f = in(text);
        while (f.find()) {
            out.add(new int[] {f.start(), f.end()});
        }
        return out;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Where in a text the (ASCII) chars of a set stand, found in one pass: the patterns that can only
     * start on them ({@link #in(Positions)}) share it instead of each reading the whole text.
     */
    static final class Positions {
        private final String text;
        private final char[] chars;
        private final boolean[] set = new boolean[128];
        private int[] at = new int[16];
        private int size;

        Positions(String text, String setChars) {
            this.text = text;
            this.chars = text.toCharArray();
            for (char c : setChars.toCharArray()) {
                set[c] = true;
            }
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] < 128 && set[chars[i]]) {
                    if (size == at.length) {
                        at = Arrays.copyOf(at, size * 2);
                    }
                    at[size++] = i;
                }
            }
        }
    }

    /** The matches one by one, as {@link Matcher#find()} gives them; the groups are read from {@link #matcher()}. */
    final class Finder {
        private final char[] text;
        /** The only places to try, or null for every char. */
        private final Positions positions;
        private final Matcher m;
        private int next;
        /** The next of {@link #positions} to try. */
        private int k;

        private Finder(String text, Positions positions) {
            this.text = positions != null ? positions.chars : text.toCharArray();
            this.positions = positions;
            this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        boolean find() {
            if (positions != null) {
                for (; k < positions.size; k++) {
                    if (positions.at[k] >= next && tryAt(positions.at[k])) {
                        return true;
                    }
                }
            } else {
                for (int i = next; i < text.length; i++) {
                    if (tryAt(i)) {
                        return true;
                    }
                }
            }
            next = text.length;
            return false;
        }

        private boolean tryAt(int i) {
            char c = text[i];
            if ((c < first.length ? first[c] : anyFirst) && canStart.at(text, i)) {
                m.region(i, text.length);
                if (m.lookingAt()) {
                    next = m.end() > m.start() ? m.end() : m.end() + 1;
                    return true;
                }
            }
            return false;
        }

        Matcher matcher() {
            return m;
        }

        int start() {
            return m.start();
        }

        int end() {
            return m.end();
        }

        String group(int g) {
            return m.group(g);
        }
    }
}
