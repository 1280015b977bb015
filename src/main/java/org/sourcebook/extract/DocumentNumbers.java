package org.sourcebook.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads whether a number names a document, page or row rather than a count: "Resolution 2334", "No. 12", "6:162", a cited page, a table row number. */
final class DocumentNumbers {
    /** A markdown heading's marks and their space, opening the line right before a figure. */
    private static final Pattern HEADING_MARKS = Pattern.compile("[ \\t>]*#{1,6}[ \\t]+[*_]*");
    private static final Pattern FINAL_POINT = Pattern.compile("\\.$");
    private static final Pattern HOLDS_DIGIT = Pattern.compile(".*\\d.*");
    /** "2 of " (or "2/") right before a number: the number is the total of a numbered part ("page 2 of 7"). */
    private static final Pattern OF_TOTAL_BEFORE = Pattern.compile("(?<![\\d,.])\\d{1,4}\\s+of\\s+$");
    private static final Pattern ROMAN_AFTER = Pattern.compile("^\\s*\\([IVXLC]+\\)");

    /** An author-date citation's page: "(Petrova 1997: 4)", "(van Dijk 2001: 112–14; Roe 2004: 9)", "(Roe et al. 1999, 31)". */
    private static final Pattern CITED_PAGE_BEFORE = Pattern.compile("\\((?:[^()\\n]{0,80}[;,]\\s*)?\\p{Lu}[^()\\n\\d]{0,60}\\s(?:1[6-9]|20)\\d\\d[a-z]?\\s*[:,]\\s*(?:pp?\\.\\s*)?(?:\\d{1,4}\\s*[–-]\\s*)?$");
    private static final Pattern CITED_PAGE_AFTER = Pattern.compile("^(?:\\s*[–-]\\s*\\d{1,4})?\\s*[;)]");

    private final Exclusions ex;

    DocumentNumbers(Exclusions ex) {
        this.ex = ex;
    }

    /**
     * "Article 6:162 of the Civil Code", "Genesis 4:10", "rule 12:3": a number joined by a colon to another number,
     * with no space between, is a reference (times of day are dates, read before this).
     */
    boolean colonJoined(NumberMention m) {
        int s = m.start();
        int e = m.end();
        return s >= 2 && ex.lower.charAt(s - 1) == ':' && Character.isDigit(ex.lower.charAt(s - 2))
                || e + 1 < ex.lower.length() && ex.lower.charAt(e) == ':' && Character.isDigit(ex.lower.charAt(e + 1));
    }

    /** A page cited after an author and a year in parentheses: no count. */
    boolean citedPage(NumberMention m) {
        if (!m.plain() || m.end() - m.start() > 4) {
            return false;
        }
        int lineStart = Text.lineStart(ex.lower, m.start(), 160);
        return CITED_PAGE_BEFORE.matcher(ex.body.substring(lineStart, m.start())).find()
                && CITED_PAGE_AFTER.matcher(ex.body.substring(m.end(), Math.min(ex.body.length(), m.end() + 40))).find();
    }

    /**
     * "witnesses report 90 civilian deaths": a document word written in lower case (a verb
     * here) before a number that a people noun or a unit of measure follows ("took our army 44 days") is not a
     * document's number.
     */
    private boolean countAfterVerb(NumberMention m, int wordAt) {
        if (wordAt < 0 || wordAt >= ex.body.length() || !Character.isLowerCase(ex.body.charAt(wordAt)) || m.start() != Math.max(0, wordAt)
                && HOLDS_DIGIT.matcher(ex.body.substring(wordAt, m.start())).matches()) {
            return false;
        }
        Matcher next = Exclusions.NEXT_WORD.matcher(ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 40)));
        // "it took our army 44 days": a span of time is no unit's number either
        return next.find() && (ex.grammar.list("noun_classes.people").contains(next.group(1))
                || ex.v.measures.values().stream().anyMatch(units -> units.contains(next.group(1))));
    }

    /**
     * "(Petrov 2003: 41)", "[Lind 1998: 12–14]": the page after an author's year and a colon, in the brackets of
     * a citation, is a reference. The brackets must open before the year on the same line, with a letter
     * (the author's name) between them and no closing bracket.
     */
    boolean citationPage(NumberMention m) {
        int i = m.start();
        while (i > 0 && ex.body.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == 0 || ex.body.charAt(i - 1) != ':') {
            return false;
        }
        i--;
        while (i > 0 && ex.body.charAt(i - 1) == ' ') {
            i--;
        }
        if (i > 0 && Character.isLowerCase(ex.body.charAt(i - 1))) {
            i--;   // "2003a: 41"
        }
        int yearEnd = i;
        while (i > 0 && Character.isDigit(ex.body.charAt(i - 1))) {
            i--;
        }
        if (yearEnd - i != 4 || i > 0 && Character.isLetterOrDigit(ex.body.charAt(i - 1))) {
            return false;
        }
        int year = Integer.parseInt(ex.body.substring(i, yearEnd));
        if (year < 1500 || year > 2100) {
            return false;
        }
        boolean letter = false;
        for (int j = i - 1; j >= Math.max(0, i - 120); j--) {
            char c = ex.body.charAt(j);
            if (c == '(' || c == '[') {
                return letter;
            }
            if (c == ')' || c == ']' || c == '\n') {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return false;
    }

    /** "| 1.2 | of whom children | 57 |" under "| No. | Category | Number |": the figure alone in a cell of a column that numbers the rows. */
    boolean rowNumber(NumberMention m) {
        if (m.start() == 0 || (ex.body.charAt(m.start() - 1) != ' ' && ex.body.charAt(m.start() - 1) != '|')) {
            return false;
        }
        int[] head = TableCells.columnHead(ex.lower, m.start(), m.end(), false);
        return head != null && ex.v.indexHeaders.contains(Exclusions.SPACES.matcher(ex.lower.substring(head[0], head[1])).replaceAll(" "));
    }

    boolean document(NumberMention m) {
        int s = m.start();
        int e = m.end();
        if (HEADING_MARKS.matcher(ex.lower.substring(Text.lineStart(ex.lower, s, 20), s)).matches()) {
            return false;   // "## 212 killed in night raid": a heading's marks, no number sign
        }
        if (s > 0 && (ex.body.charAt(s - 1) == '/' || ex.body.charAt(s - 1) == '№')) {
            return true;
        }
        if (e < ex.body.length() && ex.body.charAt(e) == '/') {
            return true;
        }
        if (s > 1 && ex.body.charAt(s - 1) == '(' && (Character.isDigit(ex.body.charAt(s - 2)) || ex.body.charAt(s - 2) == ')')
                && e < ex.body.length() && ex.body.charAt(e) == ')') {
            return true;   // "Article 7(1)(k)", "section 4(2)": a numbered sub-paragraph of the number before it
        }
        if (ROMAN_AFTER.matcher(ex.body.substring(e, Math.min(ex.body.length(), e + 8))).find()) {
            return true;
        }
        // walk back over a list of numbers ("Resolutions 822, 853, 874 and 884") to the word before it
        int p = s;
        while (true) {
            String before = ex.lower.substring(Math.max(0, p - 40), p);
            Matcher list = Exclusions.LIST_BEFORE.matcher(before);
            if (Exclusions.mayEndWithSeparator(before) && list.find()) {
                p = p - (before.length() - list.start());
                continue;
            }
            break;
        }
        // "page 2 of 7", "slide 3 of 12": the last of a numbered document's parts is a document number too
        Matcher ofTotal = OF_TOTAL_BEFORE.matcher(ex.lower.substring(Math.max(0, p - 16), p));
        if (ofTotal.find()) {
            p = p - (Math.min(p, 16) - ofTotal.start());
        }
        // "Articles 100 (waging war), 103 (genocide) and 107": a list whose items carry bracketed asides
        String asideText = ex.lower.substring(Math.max(0, p - 400), p);
        Matcher asides = Exclusions.ASIDE_LIST_BEFORE.matcher(asideText);
        if (Exclusions.mayEndAsideList(asideText) && asides.find()) {
            p = Math.max(0, p - 400) + asides.start();
        }
        // "four resolutions (822, 853, 874 and 884)": the list in brackets after its document word
        int q = p;
        while (q > 0 && Character.isWhitespace(ex.lower.charAt(q - 1))) {
            q--;
        }
        if (q > 0 && ex.lower.charAt(q - 1) == '(') {
            p = q - 1;
        }
        String word = Exclusions.documentWordBefore(ex.lower.substring(Math.max(0, p - 30), p));
        if (word == null) {
            return false;
        }
        String gap = ex.lower.substring(Math.max(0, p - 30), p);
        String gapAfter = gap.substring(gap.stripTrailing().length());
        if (gapAfter.contains("\n\n") || gap.stripTrailing().endsWith(".") && gapAfter.contains("\n")) {
            return false;   // "... but the steps.\n\nThirty years": a word that ends a sentence or paragraph names no number after it
        }
        Set<String> docs = ex.v.documentWords;
        if (docs.contains(word) || docs.contains(FINAL_POINT.matcher(word).replaceAll(""))) {
            String before = ex.lower.substring(Math.max(0, p - 30), p);
            return !countAfterVerb(m, p - before.length() + before.lastIndexOf(word));
        }
        return word.endsWith("#");
    }
}
