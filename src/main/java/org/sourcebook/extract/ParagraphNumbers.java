package org.sourcebook.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads whether a number marks a place in the text, not a count: a paragraph, list item, section or keycap number, or a footnote marker. */
final class ParagraphNumbers {
    private static final Pattern PARAGRAPH_BEFORE = Pattern.compile("[\\s(>*-]*");
    private static final Pattern PARAGRAPH_AFTER = Pattern.compile("[.)] ?.*|[.)]");
    private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})+");
    private static final Pattern SECTION_BEFORE = Pattern.compile("[\\s#*]*");
    /** "[7]", "[3, 4]", "[12–14]": a reference mark, its brackets holding numbers only. */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^?\\d{1,4}(?:\\s*[,–-]\\s*\\d{1,4})*\\]");

    /** An item number inside a line: after its start, a space or a colon, then "." or ")" and a space. */
    private static final Pattern INLINE_ITEM = Pattern.compile("(?:^|[\\s:;])(\\d{1,2})[.)] ");

    /** A number opening a line (after {@link #PARAGRAPH_BEFORE}'s marks, which may span lines) before "." or ")". */
    private static final Pattern NUMBERED_LINE = Pattern.compile("(?m)^[\\s(>*-]*(\\d+)[.)]");

    private final Exclusions ex;
    /** {@link #lineNumbers} of the text, read once, when a paragraph number of three digits or more asks. */
    private Set<String> lineNumbers;

    ParagraphNumbers(Exclusions ex) {
        this.ex = ex;
    }

    /** "died.[7]", "[12] Letter from ...", a Markdown footnote "killed,[^2]" and its note "[^2]: Letter ...", "died.^7": a reference mark, never a count. */
    boolean footnote(NumberMention m) {
        if (caretMark(m)) {
            return true;
        }
        int floor = Math.max(0, m.start() - 12);
        int open = m.start();
        while (open >= floor && ex.body.charAt(open) != '[') {
            open--;
        }
        if (open < floor) {
            return false;   // no '[' within 12 chars back
        }
        Matcher f = FOOTNOTE_MARK.matcher(ex.body).region(open, Math.min(ex.body.length(), open + 30));
        return f.lookingAt() && f.end() >= m.end();
    }

    /**
     * "the rest of the country.^21", "in the forest^3": a reference mark written with a caret for the superscript, right
     * after a word or its stop, with no space before it and none but a stop, a space or the line's end after it.
     */
    private boolean caretMark(NumberMention m) {
        int s = m.start();
        if (!m.plain() || s < 2 || ex.body.charAt(s - 1) != '^' || Character.isWhitespace(ex.body.charAt(s - 2)) || Character.isDigit(ex.body.charAt(s - 2))) {
            return false;
        }
        return m.end() >= ex.body.length() || Character.isWhitespace(ex.body.charAt(m.end())) || ".,;:)".indexOf(ex.body.charAt(m.end())) >= 0;
    }

    /** "1. Reaffirms ...", "(a)", "2) Demands": the number of a paragraph at the start of its line. */
    boolean paragraphNumber(NumberMention m) {
        if (!m.plain() || m.end() >= ex.body.length() || ".)".indexOf(ex.body.charAt(m.end())) < 0) {
            return false;   // what the patterns below need
        }
        String before = ex.body.substring(Text.lineStart(ex.body, m.start(), 200), m.start());
        String after = ex.body.substring(m.end(), Math.min(ex.body.length(), m.end() + 2));
        if (!PARAGRAPH_BEFORE.matcher(before).matches() || !PARAGRAPH_AFTER.matcher(after).matches()) {
            return false;
        }
        // "580. Including 40 children ...": a figure of three digits or more opening a reply numbers no paragraph
        // unless a paragraph next to it in the sequence is numbered too ("114." after "113.")
        int n = m.value().intValue();
        return n < 100 || neighbourParagraph(n - 1) || neighbourParagraph(n + 1);
    }

    /**
     * "Key figures: 1. 402 killed 2. 1,020 hostages 3. 140 missing": a list a converter ran into one line; a small
     * number before "." or ")" and a space is an item's number when the line also numbers the item before or after it.
     */
    boolean inlineItemNumber(NumberMention m) {
        if (!m.plain() || m.end() + 1 >= ex.body.length() || ".)".indexOf(ex.body.charAt(m.end())) < 0 || ex.body.charAt(m.end() + 1) != ' ') {
            return false;
        }
        int n = m.value().intValue();
        if (n < 1 || n > 20 || m.start() > 0 && !Character.isWhitespace(ex.body.charAt(m.start() - 1)) && ":;".indexOf(ex.body.charAt(m.start() - 1)) < 0) {
            return false;
        }
        int ls = Text.lineStart(ex.body, m.start(), 2000);
        int le = ex.body.indexOf('\n', m.end());
        Matcher items = INLINE_ITEM.matcher(ex.body).region(ls, le < 0 ? ex.body.length() : le);
        char mark = ex.body.charAt(m.end());
        boolean first = n == 1;
        boolean neighbour = false;
        while (items.find()) {
            int k = Integer.parseInt(items.group(1));
            if (items.start(1) == m.start() || ex.body.charAt(items.end(1)) != mark) {
                continue;
            }
            first |= k == 1 && items.start(1) < m.start();   // the run opens with item 1: "The toll rose to 2. Then 3." numbers nothing
            neighbour |= k == n - 1 && items.start(1) < m.start() || k == n + 1 && items.start(1) > m.start();
        }
        return first && neighbour;
    }

    /** Whether a line of the text opens with paragraph number {@code n}: "113." or "(113)", as {@link #PARAGRAPH_BEFORE} allows before it. */
    private boolean neighbourParagraph(int n) {
        if (lineNumbers == null) {
            lineNumbers = lineNumbers(ex.body);
        }
        return lineNumbers.contains(Integer.toString(n));
    }

    /**
     * The numbers that open a line before "." or ")", after what {@link #PARAGRAPH_BEFORE} allows, each as written and, after
     * a "-", also with its minus sign: where a line start's marks may be followed by a number, only their longest run can be.
     */
    private static Set<String> lineNumbers(String body) {
        Set<String> numbers = new HashSet<>();
        Matcher m = NUMBERED_LINE.matcher(body);
        while (m.find()) {
            numbers.add(m.group(1));
            if (m.start(1) > m.start() && body.charAt(m.start(1) - 1) == '-') {
                numbers.add("-" + m.group(1));
            }
        }
        return numbers;
    }

    /** "1️⃣ 580 civilians killed": a keycap digit (the digit, an optional variation selector, U+20E3) numbering its line. */
    boolean keycapNumber(NumberMention m) {
        int e = m.end();
        if (e < ex.body.length() && ex.body.charAt(e) == '\uFE0F') {
            e++;
        }
        if (e >= ex.body.length() || ex.body.charAt(e) != '\u20E3') {
            return false;
        }
        return PARAGRAPH_BEFORE.matcher(ex.body.substring(Text.lineStart(ex.body, m.start(), 200), m.start())).matches();
    }

    /** A heading's naming words before its number: one or two capitalized words, after the line's marks ("## Room ", "**STOP "). */
    private static final Pattern HEADING_WORDS = Pattern.compile("[\\s#*>_]*(\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)?)\\s+");
    /** After a heading's number: nothing, or a dash or colon and a title with no figure ("— THE ROAD OUT", ": The night"). */
    private static final Pattern HEADING_TITLE = Pattern.compile("[*_]*\\s*(?:[—–:-]\\s*[*_]*[\\p{Lu}\"“‘'][^\\d\\n]{0,70})?\\s*");

    /**
     * "PANEL 4 — THE ROAD OUT", "## Room 2: The night", "STOP 3": a heading line that names its section by a word and
     * a small number, then a title with no figure; the word is no word of a fact's cues ("Killed 410" is a figure).
     */
    boolean headingNumber(NumberMention m) {
        if (!m.plain() || m.value().intValue() > 99) {
            return false;
        }
        int ls = Text.lineStart(ex.body, m.start(), 40);
        int le = ex.body.indexOf('\n', m.end());
        le = le < 0 ? ex.body.length() : le;
        if (ls > 0 && ex.body.charAt(ls - 1) != '\n') {
            return false;   // the line runs longer than a heading's naming words
        }
        Matcher words = HEADING_WORDS.matcher(ex.body).region(ls, m.start());
        if (!words.matches() || !HEADING_TITLE.matcher(ex.body).region(m.end(), le).matches()) {
            return false;
        }
        for (String w : ex.lower.substring(words.start(1), words.end(1)).split("\\s+")) {
            for (FactCues c : ex.v.cues) {
                if (c.nouns().contains(w) || c.words().contains(w) || c.scope().contains(w)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "3.2 Deaths", "## 4.1 The wounded": a dotted number opening its line before a capitalized heading word. */
    boolean sectionNumber(NumberMention m) {
        int s = m.start();
        int e = m.end();
        if (!SECTION_NUMBER.matcher(ex.body.substring(s, e)).matches() || e + 1 >= ex.body.length() || ex.body.charAt(e) != ' '
                || !Character.isUpperCase(ex.body.charAt(e + 1))) {
            return false;
        }
        return SECTION_BEFORE.matcher(ex.body.substring(Text.lineStart(ex.body, s, 200), s)).matches();
    }
}
