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

    /**
     * The text as the readers see it: lower case ({@link #lower}), Markdown emphasis blank ({@link #unemphasized}),
     * and a hard line break inside a sentence of running text a space ("including 98\nwomen", "supports at\nleast
     * 400", as a PDF's or a mail's fixed width leaves them). Offsets are the text's.
     */
    static String readingView(String body) {
        String lower = unemphasized(lower(body));
        char[] cs = null;
        for (int nl = body.indexOf('\n'); nl >= 0; nl = body.indexOf('\n', nl + 1)) {
            int ls = body.lastIndexOf('\n', nl - 1) + 1;
            if (lower.charAt(nl) == '\n' && wrapped(body, ls, nl)) {
                if (cs == null) {
                    cs = lower.toCharArray();
                }
                cs[nl] = ' ';
            }
        }
        String out = cs == null ? lower : new String(cs);
        return out.contains("<br") ? htmlBreaks(out) : out;
    }

    /** The longest note in square brackets read as one: a translator's gloss of a word or two. */
    private static final int NOTE_LENGTH = 300;

    /**
     * The reading view with a translator's or an editor's note in square brackets blank ({@code openers}: "[tn:",
     * "[translator's note:"): "480 persons [TN: the original has a counting word] were killed" reads as the sentence
     * without its gloss; a note that opens its line is left (it says what it says). Offsets are the text's.
     */
    static String blankNotes(String lower, List<String> openers) {
        if (lower.indexOf('[') < 0) {
            return lower;
        }
        char[] cs = null;
        for (int open = lower.indexOf('['); open >= 0; open = lower.indexOf('[', open + 1)) {
            boolean note = false;
            for (String o : openers) {
                if (lower.startsWith(o, open)) {
                    note = true;
                    break;
                }
            }
            // (a note that opens its line is a statement of its own: "[TN: Later counts gave 480 dead.]")
            int close = note && !opensLine(lower, open) ? lower.indexOf(']', open) : -1;
            if (close < 0 || close - open > NOTE_LENGTH || lower.indexOf('\n', open) >= 0 && lower.indexOf('\n', open) < close) {
                continue;
            }
            if (cs == null) {
                cs = lower.toCharArray();
            }
            for (int k = open; k <= close; k++) {
                cs[k] = ' ';
            }
            open = close;
        }
        return cs == null ? lower : new String(cs);
    }

    private static boolean opensLine(String s, int at) {
        int k = at - 1;
        while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '>' || s.charAt(k) == '*' || s.charAt(k) == '_')) {
            k--;
        }
        return k < 0 || s.charAt(k) == '\n';
    }

    /** {@code body} with a space wherever {@code blanked} has one that {@code view} has not (a note {@link #blankNotes} blanked). */
    static String blankWhere(String body, String view, String blanked) {
        char[] cs = body.toCharArray();
        for (int k = 0; k < cs.length; k++) {
            if (blanked.charAt(k) != view.charAt(k)) {
                cs[k] = ' ';
            }
        }
        return new String(cs);
    }

    /** An HTML line break a converter left in a table cell or a line: "172 (HRW)<br>590 (government)". */
    private static final java.util.regex.Pattern HTML_BREAK = java.util.regex.Pattern.compile("<br\\s*/?>");

    /**
     * "172 (HRW)<br>590 (government)": an HTML line break read as the separator of the items it parts, a semicolon
     * ("172 (HRW)   ; 590 ..."), its other chars blank, so no "&gt;" is read as a bound.
     */
    private static String htmlBreaks(String lower) {
        java.util.regex.Matcher m = HTML_BREAK.matcher(lower);
        char[] cs = null;
        while (m.find()) {
            if (cs == null) {
                cs = lower.toCharArray();
            }
            for (int k = m.start(); k < m.end(); k++) {
                cs[k] = ' ';
            }
            cs[m.start()] = ';';
        }
        return cs == null ? lower : new String(cs);
    }

    /** Chars a line of running text a fixed width wrapped has at least: a fact sheet's or a list's short line is no such line. */
    private static final int WRAPPED_LINE = 45;
    private static final java.util.regex.Pattern LABEL_START = java.util.regex.Pattern.compile("[\\p{L}][\\p{L} '’-]{0,40}:\\s*[~≈<>+]?\\d");

    /**
     * Whether the line {@code [ls, nl)} is running text wrapped at a fixed width: long, of words (no table row, list
     * mark or heading), ending without a stop, with the sentence going on in lower case on the next line, which is
     * no label of its own ("women: 98").
     */
    private static boolean wrapped(String body, int ls, int nl) {
        int p = nl;
        while (p > ls && Character.isWhitespace(body.charAt(p - 1))) {
            p--;
        }
        if (p - ls < WRAPPED_LINE || ".!?:;\"”*|".indexOf(body.charAt(p - 1)) >= 0) {
            return false;
        }
        int a = ls;
        while (a < p && (body.charAt(a) == ' ' || body.charAt(a) == '\t' || body.charAt(a) == '>')) {
            a++;
        }
        if (a >= p || "-*•#|+".indexOf(body.charAt(a)) >= 0) {
            return false;
        }
        int k = nl + 1;
        while (k < body.length() && (body.charAt(k) == ' ' || body.charAt(k) == '\t')) {
            k++;
        }
        if (k >= body.length() || !Character.isLowerCase(body.charAt(k))) {
            return false;
        }
        int le = body.indexOf('\n', k);
        return !LABEL_START.matcher(body).region(k, le < 0 ? body.length() : le).lookingAt();
    }

    /**
     * Markdown emphasis made blank, offsets kept: the runs of '*' and the '_' runs at a word's edge that bold or
     * italicize a label or a figure ("**Killed:** **412**", "_about_ 90") become spaces, so a figure reads its
     * noun and its label across them. A line's bullet ("* item") and a '_' inside a word (a handle, a URL) stay.
     */
    static String unemphasized(String lower) {
        char[] cs = null;
        int n = lower.length();
        java.util.BitSet kept = wholeLineEmphasis(lower);
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            if (c != '*' && c != '_' || kept.get(i)) {
                continue;
            }
            int e = i;
            while (e < n && lower.charAt(e) == c) {
                e++;
            }
            boolean before = i > 0 && isWordChar(lower.charAt(i - 1));
            boolean after = e < n && isWordChar(lower.charAt(e));
            boolean bullet = c == '*' && e - i == 1 && (e >= n || lower.charAt(e) == ' ' || lower.charAt(e) == '\t')
                    && lower.substring(lineStart(lower, i, i + 1), i).isBlank();
            boolean blank = c == '*' ? !bullet && e - i <= 3 : !(before && after) && e - i <= 2;
            if (blank) {
                if (cs == null) {
                    cs = lower.toCharArray();
                }
                for (int k = i; k < e; k++) {
                    cs[k] = ' ';
                }
            }
            i = e - 1;
        }
        for (int nl = lower.indexOf('\n'); nl >= 0; nl = lower.indexOf('\n', nl + 1)) {
            int ls = lower.lastIndexOf('\n', nl - 1) + 1;
            if (figureLine(lower, ls, nl) && captionFollows(lower, nl)) {
                if (cs == null) {
                    cs = lower.toCharArray();
                }
                cs[nl] = ' ';   // "**412**" over "people killed": the caption is the figure's noun
            }
        }
        String joined = cs == null ? lower : new String(cs);
        return statRun(joined);
    }

    /**
     * The marks of a line set in emphasis as a whole, by one pair ("**Death toll**", "*Q: how many were taken?*"): a
     * heading, a prompt or a signature, whose marks say so to the readers and stay. A figure's own line
     * ("**412**") is no heading: its marks go.
     */
    private static java.util.BitSet wholeLineEmphasis(String lower) {
        java.util.BitSet kept = new java.util.BitSet();
        int n = lower.length();
        for (int s = 0; s < n; ) {
            int e = lower.indexOf('\n', s);
            e = e < 0 ? n : e;
            int a = s;
            while (a < e && (lower.charAt(a) == ' ' || lower.charAt(a) == '\t' || lower.charAt(a) == '>')) {
                a++;
            }
            int b = e;
            while (b > a && Character.isWhitespace(lower.charAt(b - 1))) {
                b--;
            }
            if (b - a > 2 && (lower.charAt(a) == '*' || lower.charAt(a) == '_') && lower.charAt(b - 1) == lower.charAt(a)) {
                char c = lower.charAt(a);
                int open = a;
                while (open < b && lower.charAt(open) == c) {
                    open++;
                }
                int close = b;
                while (close > open && lower.charAt(close - 1) == c) {
                    close--;
                }
                boolean onePair = close > open && lower.substring(open, close).indexOf(c) < 0 && open - a == b - close;
                if (onePair && !(c == '*' && open - a == 1 && lower.charAt(open) == ' ') && !figureLine(lower, s, e)) {
                    kept.set(a, open);
                    kept.set(close, b);
                }
            }
            s = e + 1;
        }
        return kept;
    }

    /**
     * Figures set one to a paragraph ("412 civilians killed", blank line, "98 women", blank line, "37 children"),
     * as an infographic or a slide gives them, read as the lines of one block: the blank line between two such
     * paragraphs becomes a line break, so the parts under a total stay its parts. A paragraph of running text
     * (more than {@link #STAT_WORDS} words, or not opening with its figure) ends the run.
     */
    private static String statRun(String lower) {
        char[] cs = null;
        int prevEnd = -1;
        int n = lower.length();
        int s = 0;
        while (s < n) {
            int e = lower.indexOf('\n', s);
            e = e < 0 ? n : e;
            if (!lower.substring(s, e).isBlank()) {
                boolean stat = statLine(lower, s, e);
                if (stat && prevEnd >= 0 && lower.substring(prevEnd, s).isBlank() && lower.substring(prevEnd + 1, s).indexOf('\n') >= 0
                        && lower.substring(prevEnd + 1, s).chars().filter(ch -> ch == '\n').count() == 1) {
                    if (cs == null) {
                        cs = lower.toCharArray();
                    }
                    cs[prevEnd] = ' ';   // the blank line after the figure before: one block
                }
                prevEnd = stat ? e : -1;
            }
            s = e + 1;
        }
        return cs == null ? lower : new String(cs);
    }

    /** Words a figure's own paragraph may hold and still be a stat of a run: the figure's caption only. */
    private static final int STAT_WORDS = 7;

    /** A line that opens with a figure (past emphasis blanks and a bound mark) and holds a short caption at most. */
    private static boolean statLine(String lower, int s, int e) {
        int i = s;
        while (i < e && (lower.charAt(i) == ' ' || lower.charAt(i) == '\t' || "~≈<>".indexOf(lower.charAt(i)) >= 0)) {
            i++;
        }
        if (i >= e || !Character.isDigit(lower.charAt(i))) {
            return false;
        }
        String line = lower.substring(i, e).strip();
        return line.split("\\s+").length <= STAT_WORDS + 1 && line.indexOf(". ") < 0;
    }

    /**
     * A line that holds a figure and nothing else but its emphasis and bound marks ("**412**", "~90", "1,200+",
     * "**35%**"): an infographic's or a slide's big number, whose caption is the line under it.
     */
    static boolean figureLine(String text, int s, int e) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || "*_~≈<>".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || "*_+%".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        if (s == e || !Character.isDigit(text.charAt(s)) || !Character.isDigit(text.charAt(e - 1)) || e - s > 12) {
            return false;
        }
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != ',' && c != ' ' && c != '\u00A0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * The line after a figure's own line is its caption: it opens with a word and is short (up to six words, no
     * full stop before its end), as the label under an infographic's number is ("civilians killed", "Hostages").
     */
    static boolean captionFollows(String text, int nl) {
        int k = nl + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '*' || text.charAt(k) == '_')) {
            k++;
        }
        if (k >= text.length() || !Character.isLetter(text.charAt(k))) {
            return false;
        }
        int e = text.indexOf('\n', k);
        e = e < 0 ? text.length() : e;
        String line = text.substring(k, e).strip();
        if (line.isEmpty() || line.split("\\s+").length > 6) {
            return false;
        }
        int stop = line.indexOf(". ");
        return stop < 0;
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
        if (limit > 64 && pos <= s.length()) {
            // a long look back: String's own loop over its bytes (cheaper under C1 than charAt on each char), which may
            // look past the limit to the line's start
            int nl = s.lastIndexOf('\n', pos - 1);
            return nl >= 0 && nl >= pos - limit ? nl + 1 : Math.max(0, pos - limit);
        }
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
