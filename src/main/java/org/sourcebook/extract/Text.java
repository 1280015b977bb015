package org.sourcebook.extract;

import java.util.List;
import java.util.Locale;

/** Small text helpers that keep UTF-16 offsets intact. */
final class Text {
    private Text() {
    }

    /** Lower case, char by char, so that offsets into the result are offsets into the input. */
    static String lower(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] < 128) {
                if (cs[i] >= 'A' && cs[i] <= 'Z') {
                    cs[i] += 'a' - 'A';
                }
                continue;
            }
            char c = Character.toLowerCase(cs[i]);
            cs[i] = Character.charCount(c) == 1 ? c : cs[i];
            if (cs[i] == '\u2019') {
                cs[i] = '\'';
            }
        }
        return new String(cs);
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** Where {@code phrase} (lower case) occurs in {@code lower} at word boundaries, from {@code from}, before {@code to}; -1 if not. */
    static int find(String lower, String phrase, int from, int to) {
        boolean prefix = phrase.endsWith("*");
        String p = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
        if (p.isEmpty()) {
            return -1;
        }
        int at = indexOf(lower, p, Math.max(0, from), to);
        while (at >= 0 && at + p.length() <= to) {
            if (boundedAt(lower, p, prefix, at)) {
                return at;
            }
            at = indexOf(lower, p, at + 1, to);
        }
        return -1;
    }

    /**
     * Whether {@code literal}, found at {@code at}, stands at word boundaries there: no word char
     * runs into its first one, nor (unless it is a {@code prefix}) out of its last one.
     */
    static boolean boundedAt(String lower, String literal, boolean prefix, int at) {
        boolean startOk = (at == 0 || !isWordChar(lower.charAt(at - 1)) || !isWordChar(literal.charAt(0)))
                && !(isWordChar(literal.charAt(0)) && afterTimePrefix(lower, at));
        int e = at + literal.length();
        return startOk && (prefix || e >= lower.length() || !isWordChar(lower.charAt(e)) || !isWordChar(literal.charAt(literal.length() - 1)));
    }

    /**
     * Whether the word at {@code at} is the second half of "pre-war", "post-war", "post-conflict": a time before or
     * after the thing, an adjective of its own that names neither the thing nor anything it counts.
     */
    static boolean afterTimePrefix(CharSequence lower, int at) {
        if (at < 4 || lower.charAt(at - 1) != '-') {
            return false;
        }
        int s = at - 1;
        while (s > 0 && isWordChar(lower.charAt(s - 1))) {
            s--;
        }
        int len = at - 1 - s;
        return len == 3 && lower.charAt(s) == 'p' && lower.charAt(s + 1) == 'r' && lower.charAt(s + 2) == 'e'
                || len == 4 && lower.charAt(s) == 'p' && lower.charAt(s + 1) == 'o' && lower.charAt(s + 2) == 's' && lower.charAt(s + 3) == 't';
    }

    /** {@code s.indexOf(p, from)} that looks no further than {@code to}. */
    static int indexOf(String s, String p, int from, int to) {
        int last = Math.min(to, s.length()) - p.length();
        if (p.isEmpty()) {
            return from <= last ? from : -1;
        }
        char first = p.charAt(0);
        for (int i = Math.max(0, from); i <= last; i++) {
            if (s.charAt(i) == first && s.startsWith(p, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Start of the line that holds {@code pos}, looking back at most {@code limit} chars. */
    static int lineStart(String s, int pos, int limit) {
        for (int i = pos - 1; i >= 0 && i >= pos - limit; i--) {
            if (s.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return Math.max(0, pos - limit);
    }

    /** End of the match of {@code phrase} at {@code at} (prefix phrases run to the end of their word). */
    static int matchEnd(String lower, String phrase, int at) {
        if (phrase.endsWith("*")) {
            int e = at + phrase.length() - 1;
            while (e < lower.length() && isWordChar(lower.charAt(e))) {
                e++;
            }
            return e;
        }
        return at + phrase.length();
    }

    /** The longest phrase of {@code phrases} that ends exactly at {@code end} (ignoring spaces before it), as its start; -1 if none. */
    static int phraseEndingAt(String lower, List<String> phrases, int end, int floor) {
        int e = end;
        while (e > floor && Character.isWhitespace(lower.charAt(e - 1))) {
            e--;
        }
        for (int k = 0; k < phrases.size(); k++) {
            String p = phrases.get(k);
            int s = e - p.length();
            if (s >= floor && lower.startsWith(p, s) && (s == 0 || !isWordChar(lower.charAt(s - 1)) || !isWordChar(p.charAt(0)))) {
                return s;
            }
        }
        return -1;
    }

    /** The phrase of {@code phrases} that starts at {@code start} (after spaces), or null. */
    static String phraseStartingAt(String lower, List<String> phrases, int start) {
        int s = start;
        while (s < lower.length() && lower.charAt(s) == ' ') {
            s++;
        }
        for (int k = 0; k < phrases.size(); k++) {
            String p = phrases.get(k);
            int e = s + p.length();
            if (lower.startsWith(p, s) && (e >= lower.length() || !isWordChar(lower.charAt(e)) || !isWordChar(p.charAt(p.length() - 1)))) {
                return p;
            }
        }
        return null;
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
