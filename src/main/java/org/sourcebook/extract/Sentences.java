package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Cuts a text into sentences (and every line on its own), keeping offsets. */
final class Sentences {
    private Sentences() {
    }

    /** [start, end) of each sentence, in order; blank stretches are left out. */
    static List<int[]> split(String text, Collection<String> abbreviations) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (continues(text, start, i)) {
                    continue;
                }
                add(out, text, start, i);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && ends(text, i, abbreviations)) {
                int e = closingMarksEnd(text, i + 1);
                add(out, text, start, e);
                start = e;
                i = e - 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    /** A line break inside a sentence: the line has no closing punctuation and the text goes on in lower case. */
    private static boolean continues(String text, int start, int nl) {
        int p = nl;
        while (p > start && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        if (p == start) {
            return false;
        }
        if (Text.figureLine(text, start, p)) {
            return Text.captionFollows(text, nl);
        }
        if (".!?:;\"”*".indexOf(text.charAt(p - 1)) >= 0) {
            return false;
        }
        int k = nl;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && Character.isLowerCase(text.charAt(k));
    }

    /** Whether the mark at {@code i} ends a run of three or more dots, or is an ellipsis character. */
    private static boolean dotLeader(String text, int i) {
        return text.charAt(i) == '…' || i >= 2 && text.charAt(i) == '.' && text.charAt(i - 1) == '.' && text.charAt(i - 2) == '.';
    }

    /** A bound's mark right before a digit: "~90", "≈90", ">200", "<50". */
    private static boolean boundMark(String text, int k) {
        return "~≈<>".indexOf(text.charAt(k)) >= 0 && k + 1 < text.length() && Character.isDigit(text.charAt(k + 1));
    }

    private static boolean ends(String text, int i, Collection<String> abbreviations) {
        int j = closingMarksEnd(text, i + 1);
        if (j < text.length() && text.charAt(j) != ' ' && text.charAt(j) != '\n' && text.charAt(j) != '\u00A0') {
            return false;
        }
        int k = j;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        if (k < text.length()) {
            char next = text.charAt(k);
            if (Character.isLowerCase(next) || (Character.isDigit(next) || boundMark(text, k)) && dotLeader(text, i)) {
                return false;   // "Women .......... 98", "Missing ...... ~90": dot leaders join a label to its figure
            }
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return false;
        }
        return !abbreviations.contains(word);
    }

    /**
     * The sentences of {@code text} with the {@code furniture} spans cut out: furniture is not running
     * text, so no sentence (and no quote) reaches into it, even where a mark starts mid-sentence.
     */
    static List<int[]> split(String text, Collection<String> abbreviations, List<org.sourcebook.content.TextSpan> furniture) {
        List<int[]> sentences = split(text, abbreviations);
        if (furniture.isEmpty()) {
            return sentences;
        }
        List<int[]> out = new ArrayList<>(sentences.size());
        for (int[] s : sentences) {
            int from = s[0];
            for (org.sourcebook.content.TextSpan f : furniture) {
                if (f.end() <= from || f.start() >= s[1]) {
                    continue;
                }
                if (f.start() > from) {
                    add(out, text, from, f.start());
                }
                from = Math.max(from, f.end());
            }
            if (from < s[1]) {
                add(out, text, from, s[1]);
            }
        }
        return out;
    }

    /** Past the closing quotes, brackets and reference marks after a full stop: "died.”", "fled.[7]", "fled.²", "fled.^7". */
    private static int closingMarksEnd(String text, int j) {
        int n = text.length();
        while (j < n) {
            char c = text.charAt(j);
            if ("\"”’')»*".indexOf(c) >= 0 || isSuperscriptDigit(c)) {
                j++;
            } else if (c == '^' && j + 1 < n && Character.isDigit(text.charAt(j + 1))) {
                j++;   // a caret's superscript footnote: "fled.^7"
                while (j < n && Character.isDigit(text.charAt(j))) {
                    j++;
                }
            } else if (c == '[') {
                int k = j + 1 < n && text.charAt(j + 1) == '^' ? j + 2 : j + 1;   // a Markdown footnote: "fled.[^7]"
                int digits = k;
                while (k < n && k - j <= 12 && (Character.isDigit(text.charAt(k)) || ", –-".indexOf(text.charAt(k)) >= 0)) {
                    k++;
                }
                if (k < n && text.charAt(k) == ']' && k > digits && Character.isDigit(text.charAt(digits))) {
                    j = k + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return j;
    }

    /** A footnote mark written as a superscript digit: "conservative.² The commission ...". */
    static boolean isSuperscriptDigit(char c) {
        return c == '¹' || c == '²' || c == '³' || c == '⁰' || c >= '⁴' && c <= '⁹';
    }

    /**
     * A footnote's text after its mark: "³ The commission recorded ..." starts at "The" (the mark, superscript
     * digits and a space, says nothing), so what opens the sentence is its subject.
     */
    static int pastNoteMark(String text, int s, int e) {
        int i = s;
        while (i < e && isSuperscriptDigit(text.charAt(i))) {
            i++;
        }
        if (i == s || i >= e || !Character.isWhitespace(text.charAt(i))) {
            return s;
        }
        while (i < e && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Longer stretches without a full stop are cut at a comma or space, so reading stays linear. */
    static final int MAX_SENTENCE = 1500;

    private static void add(List<int[]> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        s = pastNoteMark(text, s, e);
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        while (e - s > MAX_SENTENCE) {
            int cut = -1;
            for (int i = s + MAX_SENTENCE; i > s + MAX_SENTENCE / 2 && cut < 0; i--) {
                char c = text.charAt(i);
                if (c == ';' || c == ',') {
                    cut = i + 1;
                }
            }
            if (cut < 0) {
                cut = text.lastIndexOf(' ', s + MAX_SENTENCE);
                cut = cut <= s ? s + MAX_SENTENCE : cut;
            }
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            out.add(new int[] {s, cut});
            s = cut;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
        }
        if (e > s) {
            out.add(new int[] {s, e});
        }
    }
}
