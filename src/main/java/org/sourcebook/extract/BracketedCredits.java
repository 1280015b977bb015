package org.sourcebook.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.extract.Attribution.Credit;

/** Reads credits set off beside a figure: a body alone in parentheses or after a dash, a clause that leaves out its verb after a semicolon, an author-date citation. */
final class BracketedCredits {

    /**
     * "- Still missing: 150, among them 68 women (State Commission)": a body's name, alone in parentheses that close
     * the figure's line or sentence, credits the figures before it.
     */
    /** A figure and its own words, then a dash: "over 200 — ", "402 dead – ". Group 1 is where the name after the dash starts. */
    private static final Pattern FIGURE_DASH = Pattern.compile("[^;,.:()\\n—–]{1,40}?\\s[—–]\\s+()");

    /** A label's closing parenthetical: "Killed (Health Ministry, 1993)", "Dead (per Amnesty)"; the inside is group 1. */
    private static final Pattern LABEL_PARENS = Pattern.compile("\\(\\s*(?:(?:per|according to|by|source:|src\\.?:?)\\s+)?([^()\\d\\n,;]{2,70}?)\\s*(?:[,;]?\\s*(?:(?:est\\.|estimate|in|as of)\\s+)?(?:1[89]|20)\\d\\d)?\\s*\\)\\s*[*_]*\\s*$");

    /** An author-date citation: "(Petrova 1997: 4)", "(van Dijk and Roe 2001, p. 12)", "(Orlov et al. 1999)"; the author is group 1. */
    private static final Pattern CITATION = Pattern.compile("\\(\\s*(?:(?:see|cf\\.)\\s+)?((?:(?:de|van|von|der|den|da|di|du|le|la|al|el|ten|ter)\\s+)*\\p{Lu}[\\p{L}'’-]+"
            + "(?:\\s+(?:(?:and|&)\\s+)?(?:(?:de|van|von|der|den|da|di|du|le|la|al|el|ten|ter)\\s+)*\\p{Lu}[\\p{L}'’-]+){0,4})(?:\\s+et\\s+al\\.?)?,?\\s+"
            + "(?:1[6-9]|20)\\d\\d[a-z]?(?:\\s*[:,]\\s*(?:pp?\\.\\s*)?\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?)?\\s*\\)");

    private final Attribution a;

    BracketedCredits(Attribution a) {
        this.a = a;
    }

    /**
     * "The ministry gives 600 dead; Memorial, about 250; the Red Cross, 190": a clause after a semicolon that opens
     * with a body's name and a comma right before its first figure has the verb of the clause before left out; that
     * body credits the figures of its clause.
     */
    Credit gappedCredit(String text, String lower, int[] clause) {
        int start = clause[0];
        while (start < clause[1] && lower.charAt(start) == ' ') {
            start++;
        }
        int comma = lower.indexOf(',', start);
        if (comma < 0 || comma >= clause[1] || comma - start > 80) {
            return null;
        }
        int digit = comma + 1;
        int words = 0;
        while (digit < clause[1] && !Character.isDigit(lower.charAt(digit))) {
            char ch = lower.charAt(digit);
            if (ch == ' ' && digit + 1 < clause[1] && lower.charAt(digit + 1) != ' ' && !Character.isDigit(lower.charAt(digit + 1))) {
                words++;
            }
            if (!(Character.isLetter(ch) || ch == ' ' || ch == '.' || ch == '~') || words > 2) {
                return null;   // only a bound between the comma and the figure ("c.", "about", "at least")
            }
            digit++;
        }
        if (digit >= clause[1]) {
            return null;
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, start, comma, start);
        return p.isPresent() && lower.substring(p.get().end(), comma).isBlank() && !a.bodies.vague(text, p.get())
                && (a.bodies.isName(text, p.get()) || Character.isUpperCase(text.charAt(p.get().start())))
                ? new Credit(start, p.get()) : null;
    }

    /**
     * "Counts: 402 — the ministry; 140 — Amnesty; over 180 — Memorial": a body's name alone after a dash that follows
     * the figure and its own words, closing the figure's part of the line (before a semicolon, a comma, a full stop or
     * the end), credits that figure.
     */
    Credit dashedCredit(String text, String lower, int at, int sentenceEnd) {
        Matcher m = FIGURE_DASH.matcher(text).region(at, Math.min(sentenceEnd, text.length()));
        if (!m.lookingAt()) {
            return null;
        }
        int s = m.start(1);
        int e = s;
        while (e < sentenceEnd && ";,.\n()".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        int end = e;
        while (end > s && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= s || end - s > 80 || text.substring(s, end).chars().anyMatch(Character::isDigit)) {
            return null;
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, s, end, s);
        return p.isPresent() && p.get().start() == s && lower.substring(p.get().end(), end).isBlank() && a.bodies.isName(text, p.get())
                && !a.bodies.vague(text, p.get()) ? new Credit(s, p.get()) : null;
    }

    Credit closingParenthetical(String text, String lower, int at, int sentenceEnd) {
        int lineEnd = text.indexOf('\n', at);
        int e = Math.min(sentenceEnd, lineEnd < 0 ? text.length() : lineEnd);
        while (e > at && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
            e--;
        }
        if (e <= at || text.charAt(e - 1) != ')') {
            return null;
        }
        int open = text.lastIndexOf('(', e - 1);
        if (open <= at || e - open > 120 || text.indexOf(')', open) != e - 1 || text.lastIndexOf(')', open) > at) {
            return null;
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, open + 1, e - 1, open + 1);
        return p.isPresent() && lower.substring(p.get().end(), e - 1).isBlank() && a.bodies.isName(text, p.get())
                ? new Credit(open, p.get()) : null;
    }

    /**
     * "580 killed (Azerbaijani government); at least 172 (Human Rights Watch)", "20,000 dead (UN), 30,000 (other
     * estimates)": a body's name, alone in parentheses right after the figure's own words and closing its part of
     * the line (before a semicolon, a comma, a cell's bar or the end), credits that figure.
     */
    Credit figuresParenthetical(String text, String lower, int at, int sentenceEnd, boolean tight) {
        int limit = Math.min(sentenceEnd, Math.min(text.length(), at + 80));
        int open = openingBracket(text, at, limit);
        if (open < 0) {
            return null;
        }
        int space = text.indexOf(' ', at);
        if (space < 0 || space > open || text.substring(space, open).chars().anyMatch(Character::isDigit)) {
            return null;   // another figure stands between: the parentheses are its
        }
        int close = text.indexOf(')', open);
        if (close < 0 || close > sentenceEnd || close - open > 80 || text.substring(open + 1, close).indexOf('(') >= 0) {
            return null;
        }
        int after = close + 1;
        while (after < sentenceEnd && text.charAt(after) == ' ') {
            after++;
        }
        if (!tight && after < sentenceEnd && ";,|\n".indexOf(text.charAt(after)) < 0 && !(text.charAt(after) == '.' && after + 1 >= sentenceEnd)) {
            return null;   // right after the figure's digits the parentheses are its own wherever the sentence goes on
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, open + 1, close, open + 1);
        // a name, or a body named by a capitalized modifier and its head ("Azerbaijani government"), or a body's
        // noun after "the" ("the 1993 parliamentary commission")
        return p.isPresent() && lower.substring(p.get().end(), close).isBlank() && !a.bodies.vague(text, p.get())
                && (a.bodies.isName(text, p.get()) || Character.isUpperCase(text.charAt(p.get().start()))
                        && !a.ownedRecords.contains(Text.lower(Attribution.lastWord(p.get().name())))   // "(Azerbaijani data)" names no body
                    || lower.startsWith("the ", open + 1) && a.bodyHeads.contains(Text.lower(Attribution.lastWord(p.get().name())))
                        && !a.ownedRecords.contains(Text.lower(Attribution.lastWord(p.get().name()))))
                ? new Credit(open, p.get()) : null;
    }

    /**
     * "| Killed (Health Ministry) | 580 |", "- Dead (per Amnesty, 1993): 172+": a body named alone in parentheses that
     * close the label of the figure's table row or fact-sheet line credits the figure.
     */
    Credit labelParenthetical(String text, String lower, int at) {
        int ls = Text.lineStart(text, at, 400);
        String line = text.substring(ls, at);
        int labelEnd;
        if (line.stripLeading().startsWith("|")) {
            int bar = line.lastIndexOf('|');
            int prevBar = bar <= 0 ? -1 : line.lastIndexOf('|', bar - 1);
            if (bar < 0 || prevBar < 0 || !line.substring(bar + 1).isBlank() && !line.substring(bar + 1).matches("\\s*[~≈<>+]?\\s*(?:\\p{Ll}+\\s+){0,2}")) {
                return null;   // the figure's own cell holds words before it: no label's
            }
            labelEnd = ls + bar;
            int cellStart = ls + prevBar + 1;
            return parenthesizedBody(text, lower, cellStart, labelEnd);
        }
        int colon = line.lastIndexOf(':');
        if (colon < 0 || !line.substring(colon + 1).matches("\\s*[*_]*\\s*[~≈<>+]?\\s*(?:\\p{Ll}+\\s+){0,2}")) {
            return null;   // no "label: figure"
        }
        return parenthesizedBody(text, lower, ls, ls + colon);
    }

    private Credit parenthesizedBody(String text, String lower, int from, int to) {
        Matcher m = LABEL_PARENS.matcher(text).region(from, to);
        if (!m.find()) {
            return null;
        }
        int s = m.start(1);
        int e = m.end(1);
        if (a.cueWords.contains(Text.lower(text.substring(s, e)).strip())) {
            return null;   // "Killed (Velin)": a place the facts name, no body
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, s, e, s);
        return p.isPresent() && lower.substring(p.get().end(), e).isBlank() && !a.bodies.vague(text, p.get())
                && !a.bodies.labelWord(Text.lower(p.get().name()))
                && (a.bodies.isName(text, p.get()) || Character.isUpperCase(text.charAt(p.get().start()))
                        && !a.ownedRecords.contains(Text.lower(Attribution.lastWord(p.get().name()))))
                ? new Credit(m.start(), p.get()) : null;
    }

    /**
     * "only 2,100 residents remained (Petrova 1997: 4)", "claimed some 40,000 lives (van Dijk 2001: 112), yet ...": an
     * author-date citation right after a figure's own words, closing its part of the sentence, credits that figure to
     * its author when nothing else in the sentence credits it.
     */
    Credit citedAuthor(String text, int at, int sentenceEnd) {
        int limit = Math.min(sentenceEnd, Math.min(text.length(), at + 120));
        int open = openingBracket(text, at, limit);
        if (open < 0) {
            return null;
        }
        Matcher own = Attribution.OWN_FIGURE.matcher(text).region(at, limit);
        int space = text.indexOf(' ', own.lookingAt() ? own.end() : at);
        if (space < 0 || space > open || text.substring(space, open).chars().anyMatch(Character::isDigit)) {
            return null;   // another figure stands between: the citation is its
        }
        Matcher m = CITATION.matcher(text).region(open, limit);
        if (!m.lookingAt()) {
            return null;
        }
        int after = m.end();
        while (after < sentenceEnd && text.charAt(after) == ' ') {
            after++;
        }
        String author = m.group(1);
        if (after < sentenceEnd && ";,|\n".indexOf(text.charAt(after)) < 0 && !(text.charAt(after) == '.' && after + 1 >= sentenceEnd)
                || a.grammar.list("months").contains(Text.lower(author))) {
            return null;
        }
        return new Credit(open, author);
    }

    /** The first "(" from {@code at} before {@code limit}, or -1 when none, or a ";", line break, cell bar or ")" comes first (the figure's part of the line ends there). */
    private static int openingBracket(String text, int at, int limit) {
        for (int i = at; i < limit; i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                return i;
            }
            if (ch == ';' || ch == '\n' || ch == '|' || ch == ')') {
                return -1;
            }
        }
        return -1;
    }
}
