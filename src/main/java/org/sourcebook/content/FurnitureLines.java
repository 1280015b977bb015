package org.sourcebook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tests {@link FurnitureDetector} makes of every line, by hand rather than by a regular
 * expression compiled for each line: each gives what the expression it replaces gives (named
 * beside it, and compared on random text in FurnitureLinesTest).
 */
final class FurnitureLines {
    /** Java's {@code \s} (without UNICODE_CHARACTER_CLASS): space, tab, LF, VT, FF, CR. */
    private static final long SPACE = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << 0x0B | 1L << '\f' | 1L << '\r';
    /** {@code [#>*_\-\s]} but {@code _}: what {@link #normalize} drops at the start of a line ({@code _}, past 63, is tested apart). */
    private static final long LEAD = SPACE | 1L << '#' | 1L << '>' | 1L << '*' | 1L << '-';
    /** {@code [*_\s]} but {@code _}: what {@link #normalize} drops at the end of a line. */
    private static final long TRAIL = SPACE | 1L << '*';
    private static final Pattern EDGES = Pattern.compile("^[#>*_\\-\\s]+|[*_\\s]+$");

    private FurnitureLines() {
    }

    /** {@code line.strip().replaceAll("^[#>*_\\-\\s]+|[*_\\s]+$", "").toLowerCase(Locale.ROOT)}. */
    static String normalize(String line) {
        String s = line.strip();
        int n = s.length();
        if (n > 0 && terminator(s.charAt(n - 1))) {
            // '$' also matches before a line terminator that ends the text: the expression decides
            return EDGES.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        }
        int from = 0;
        while (from < n && (in(LEAD, s.charAt(from)) || s.charAt(from) == '_')) {
            from++;
        }
        int to = n;
        while (to > from && (in(TRAIL, s.charAt(to - 1)) || s.charAt(to - 1) == '_')) {
            to--;
        }
        return s.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code text.split("\\s+").length} of the text whose chars {@code text} holds: the runs of other
     * chars, one more for a leading space, none if there is no other char.
     */
    static int words(char[] text) {
        int runs = 0;
        boolean inRun = false;
        boolean spaces = false;
        for (char c : text) {
            boolean space = in(SPACE, c);
            spaces |= space;
            if (!space && !inRun) {
                runs++;
            }
            inRun = !space;
        }
        if (!spaces) {
            return 1;
        }
        return runs == 0 ? 0 : runs + (in(SPACE, text[0]) ? 1 : 0);
    }

    /** {@code Pattern.compile("\\s[|•·»>/]\\s").matcher(raw).results().count()}: separators with a space either side, not overlapping. */
    static int menuSeparators(String raw) {
        int count = 0;
        int i = 0;
        while (i + 2 < raw.length()) {
            if (in(SPACE, raw.charAt(i)) && separator(raw.charAt(i + 1)) && in(SPACE, raw.charAt(i + 2))) {
                count++;
                i += 3;
            } else {
                i++;
            }
        }
        return count;
    }

    private static boolean separator(char c) {
        return c == '|' || c == '•' || c == '·' || c == '»' || c == '>' || c == '/';
    }

    private static boolean in(long set, char c) {
        return c < 64 && (set & 1L << c) != 0;
    }

    /** The chars after which {@code $} matches too, when they end the text (without UNIX_LINES). */
    private static boolean terminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Phrases looked for in a text in one pass: {@code phrases.stream().anyMatch(text::contains)}.
     * Texts and phrases are char arrays: String.charAt costs a call or more per char under C1 (the
     * build's compiler).
     */
    static final class Phrases {
        /** The phrases by their first char (ASCII), and those whose first char is not ASCII. */
        private final char[][][] byFirst = new char[128][][];
        /** The ASCII second chars of the phrases of each first char, as bits; null where any second char may do. */
        private final long[][] seconds = new long[128][];
        private final List<char[]> other = new ArrayList<>();
        private final boolean empty;

        Phrases(List<String> phrases) {
            boolean e = false;
            for (String p : phrases) {
                if (p.isEmpty()) {
                    e = true;
                } else if (p.charAt(0) < 128) {
                    char[][] was = byFirst[p.charAt(0)];
                    char[][] now = was == null ? new char[1][] : java.util.Arrays.copyOf(was, was.length + 1);
                    now[now.length - 1] = p.toCharArray();
                    char first = p.charAt(0);
                    if (was == null) {
                        seconds[first] = new long[2];
                    }
                    if (seconds[first] != null && p.length() > 1 && p.charAt(1) < 128) {
                        seconds[first][p.charAt(1) >> 6] |= 1L << p.charAt(1);
                    } else {
                        seconds[first] = null;
                    }
                    byFirst[first] = now;
                } else {
                    other.add(p.toCharArray());
                }
            }
            empty = e;
        }

        /** Whether the text whose chars {@code text} holds has one of the phrases. */
        boolean foundIn(char[] text) {
            if (empty) {
                return true;
            }
            boolean others = !other.isEmpty();
            for (int i = 0; i < text.length; i++) {
                char c = text[i];
                char[][] ps = c < 128 ? byFirst[c] : null;
                if (ps != null) {
                    long[] second = seconds[c];
                    if (second != null && (i + 1 == text.length || text[i + 1] >= 128
                            || (second[text[i + 1] >> 6] & 1L << text[i + 1]) == 0)) {
                        // no phrase of this first char has the next char second
                        continue;
                    }
                    for (char[] p : ps) {
                        if (at(text, i, p)) {
                            return true;
                        }
                    }
                } else if (others && c >= 128) {
                    for (char[] p : other) {
                        if (p[0] == c && at(text, i, p)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private static boolean at(char[] text, int i, char[] p) {
            if (i + p.length > text.length) {
                return false;
            }
            for (int k = 1; k < p.length; k++) {
                if (text[i + k] != p[k]) {
                    return false;
                }
            }
            return true;
        }
    }
}
