package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where one of its matches can start (a digit, a parenthesis),
 * instead of at every char of a text: the matches are those of {@link Matcher#find()}, found in
 * a fraction of the time. {@code canStart} must hold wherever a match can start.
 */
final class AnchoredPattern {
    /** Where in a text a match can start. */
    @FunctionalInterface
    interface Start {
        boolean at(String text, int i);
    }

    /** A match can start only on an ASCII digit ({@code \d}). */
    static final Start DIGIT = (t, i) -> isDigit(t.charAt(i));

    private final Pattern pattern;
    private final Start canStart;

    AnchoredPattern(Pattern pattern, Start canStart) {
        this.pattern = pattern;
        this.canStart = canStart;
    }

    AnchoredPattern(String regex, Start canStart) {
        this(Pattern.compile(regex), canStart);
    }

    Pattern pattern() {
        return pattern;
    }

    /** A {@link Finder} over {@code text}. */
    Finder in(String text) {
        return new Finder(text);
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

    /** The matches one by one, as {@link Matcher#find()} gives them; the groups are read from {@link #matcher()}. */
    final class Finder {
        private final String text;
        private final Matcher m;
        private int next;

        private Finder(String text) {
            this.text = text;
            this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        boolean find() {
            for (int i = next; i < text.length(); i++) {
                if (canStart.at(text, i)) {
                    m.region(i, text.length());
                    if (m.lookingAt()) {
                        next = m.end() > m.start() ? m.end() : m.end() + 1;
                        return true;
                    }
                }
            }
            next = text.length();
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
