package org.sourcebook.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads whether a number is a year or a day of a date: a month named near it, two days of one month, a year after a preposition or phrase of time, a year range's end, "in '92". */
final class YearsAndDates {
    private static final Set<String> FULL_MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\p{L}+");
    private static final Pattern DAY_SUFFIX_OF = Pattern.compile("^(?:st|nd|rd|th)?\\s*(?:of\\s+)?");
    private static final Pattern DAY_SUFFIX_OF_WORD = Pattern.compile("(?s)^(?:st|nd|rd|th)?\\s*(?:of\\s+)?\\p{L}.*");
    private static final Pattern WORD_THEN_YEAR = Pattern.compile("(?s)^\\s*\\p{L}+[ ,]+\\d{4}.*");
    /** " and 26 February", " or 27th March": a second day and its month after a first day. */
    private static final Pattern DAY_PAIR = Pattern.compile("\\s+(?:and|or|&)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(\\p{L}+)");

    /** "February 25 and ", "Feb. 3 or ": a month and a first day before a second day of that month. */
    private static final Pattern MONTH_DAY_PAIR_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:and|or|&)\\s+$");

    private final Exclusions ex;
    private final Set<String> predicateWords;
    private final Set<String> yearPrepositions;
    private final List<String> yearPhrases;

    YearsAndDates(Exclusions ex) {
        this.ex = ex;
        this.predicateWords = ex.v.predicateWords;
        this.yearPrepositions = Set.copyOf(ex.v.grammar.list("year_prepositions"));
        this.yearPhrases = ex.v.grammar.list("year_phrases");
    }

    /** "the war of 1988–94", "in 1992-93": two digits right after a year and a dash end a span of years. */
    boolean yearRangeEnd(NumberMention m) {
        int s = m.start();
        if (!m.plain() || m.end() - s != 2 || s < 5 || "–-—".indexOf(ex.lower.charAt(s - 1)) < 0) {
            return false;
        }
        String y = ex.lower.substring(s - 5, s - 1);
        if (!y.chars().allMatch(Character::isDigit) || s >= 6 && Character.isDigit(ex.lower.charAt(s - 6))) {
            return false;
        }
        int year = Integer.parseInt(y);
        return year >= 1000 && year <= 2100 && m.value().intValue() > year % 100;
    }

    /** "came out in May. Fifty-six people ...": a full month name and a full stop end a sentence, no "Feb. 26". */
    private static boolean sentenceEndAfterMonth(String before, AnchoredPattern.Finder bm) {
        return FULL_MONTHS.contains(bm.group(1)) && before.startsWith(".", bm.start() + bm.group(1).length());
    }

    boolean monthNear(NumberMention m) {
        if (!monthStemNear(m)) {
            return secondDayAfterMonth(m, ex.v.months);   // "February 25 and 26": the month is further back
        }
        Set<String> months = ex.v.months;
        String after = ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 16));
        String afterWord = DAY_SUFFIX_OF_WORD.matcher(after).matches() ? firstWord(DAY_SUFFIX_OF.matcher(after).replaceFirst("")) : null;
        if (afterWord != null && months.contains(afterWord)) {
            if (!afterWord.equals("may") && !afterWord.equals("march")) {
                return true;
            }
            String orig = ex.body.substring(m.end(), Math.min(ex.body.length(), m.end() + 16)).strip();
            return orig.startsWith("May") || orig.startsWith("March") || WORD_THEN_YEAR.matcher(after).matches();
        }
        // "on 25 and 26 February": the first of two days of one month
        Matcher pair = DAY_PAIR.matcher(ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 24)));
        if (m.value().compareTo(BigDecimal.valueOf(31)) <= 0 && pair.lookingAt() && months.contains(pair.group(1))
                && Character.isUpperCase(ex.body.charAt(m.end() + pair.start(1)))) {
            return true;
        }
        String before = ex.lower.substring(Math.max(0, m.start() - 14), m.start());
        AnchoredPattern.Finder bm = Exclusions.WORD_BEFORE.in(before);
        if (bm.find() && months.contains(bm.group(1)) && !sentenceEndAfterMonth(before, bm)) {
            String w = bm.group(1);
            if (w.equals("may") || w.equals("march")) {
                String orig = ex.body.substring(m.start() - (before.length() - bm.start()), m.start());
                return Character.isUpperCase(orig.charAt(0));
            }
            return m.value().compareTo(BigDecimal.valueOf(31)) <= 0 || m.plain();
        }
        return false;
    }

    /** "on February 25 and 26, 1992": the second of two days of one month named before the first. */
    private boolean secondDayAfterMonth(NumberMention m, Set<String> months) {
        if (m.value().compareTo(BigDecimal.valueOf(31)) > 0 || !m.plain() || m.start() < 8
                || !(ex.lower.startsWith("and ", m.start() - 4) || ex.lower.startsWith("or ", m.start() - 3) || ex.lower.startsWith("& ", m.start() - 2))) {
            return false;   // no "and ", "or " or "& " right before: no second day
        }
        int from = Math.max(0, m.start() - 24);
        Matcher pair = MONTH_DAY_PAIR_BEFORE.matcher(ex.lower.substring(from, m.start()));
        if (!pair.find() || !months.contains(pair.group(1))) {
            return false;
        }
        String w = pair.group(1);
        return !(w.equals("may") || w.equals("march")) || Character.isUpperCase(ex.body.charAt(from + pair.start(1)));
    }

    /**
     * Whether one of the months' stems (their first three letters) is within the 14 chars before or
     * the 16 after {@code m}: a month {@link #monthNear} reads holds its stem, so none near means none.
     */
    private boolean monthStemNear(NumberMention m) {
        int from = Math.max(0, m.start() - 14);
        int to = Math.min(ex.lower.length(), m.end() + 16);
        String[][] byFirst = ex.v.monthStemsByFirst;
        for (int i = from; i < to; i++) {
            String[] stems = byFirst[ex.lower.charAt(i)];
            if (stems != null) {
                for (String stem : stems) {
                    if (i + stem.length() <= to && ex.lower.startsWith(stem, i)) {
                        return true;
                    }
                }
            }
        }
        return ex.v.monthStems.contains("");
    }

    private static String firstWord(String s) {
        Matcher w = FIRST_WORD.matcher(s);
        return w.find() ? w.group() : "";
    }

    /** "in '92", "the winter of ’93": two digits right after an apostrophe that opens a word are a year. */
    boolean shortYear(NumberMention m) {
        int s = m.start();
        if (m.end() - s != 2 || !m.plain() || s < 1 || "'’".indexOf(ex.body.charAt(s - 1)) < 0) {
            return false;
        }
        boolean opens = s < 2 || !Character.isLetterOrDigit(ex.body.charAt(s - 2));
        boolean closed = m.end() < ex.body.length() && "'’".indexOf(ex.body.charAt(m.end())) >= 0;
        return opens && !closed;
    }

    /** "the war of autumn 2020 has created": a year right after a time's noun ({@code year_of_nouns}: a season, "year"). */
    private boolean afterTimeNoun(NumberMention m) {
        AnchoredPattern.Finder w = Exclusions.WORD_BEFORE.in(ex.lower.substring(Math.max(0, m.start() - 16), m.start()));
        return w.find() && ex.grammar.list("year_of_nouns").contains(w.group(1));
    }

    boolean year(NumberMention m) {
        boolean yearShape = m.plain() && inYearRange(m.value()) && (m.valueMax() == null || inYearRange(m.valueMax()))
                && m.unit() == null && m.bound() != org.sourcebook.model.Qualifier.AT_LEAST;
        if (!yearShape) {
            return false;
        }
        if (afterYearPhrase(m)) {
            return true;   // "as of 2024 legislatures in 18 countries"
        }
        if (countCell(m)) {
            return false;   // "| Hostages | 1140 |" under "| Metric | Value |": a count in a column no date heads
        }
        if (openingYearPreposition(m)) {
            return true;   // "By 2019 parliaments in 15 countries had ...": a sentence that opens on a year
        }
        String after = ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 30));
        Matcher w = Exclusions.NEXT_WORD.matcher(after);
        // "the war of 1988–1994 killed ...": two years of the last two centuries, the second after the first, are a span of
        // years even before a word that counts ("1,200–1,500 killed" is written with separators; "1900–2000 killed" is rare)
        boolean span = m.valueMax() != null && m.value().intValue() >= 1900 && m.valueMax().intValue() <= 2100
                && m.valueMax().compareTo(m.value()) > 0 && m.valueMax().subtract(m.value()).intValue() <= 60;
        if (!span && w.find() && ex.countWords.contains(w.group(1)) && !((afterYearPreposition(m) || ofABodyOrEvent(m) || afterTimeNoun(m)) && predicateWords.contains(w.group(1)))) {
            return false;   // "1992 were killed" may be a count; "taken hostage in 1992 are still missing" is a year
        }
        String before = ex.lower.substring(Math.max(0, m.start() - 25), m.start());
        for (String q : ex.grammar.list("qualifiers.approximately")) {
            if (Exclusions.endsWithThenSpace(before, q) && !q.equals("some")) {
                return false;
            }
        }
        for (String key : List.of("at-least", "more-than", "up-to")) {
            for (String q : ex.grammar.list("qualifiers." + key)) {
                if (Exclusions.endsWithThenSpace(before, q)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the figure stands alone in a table's cell under a header of words of which none is a date's
     * ({@code date_headers}: "Year", "Date"), in a row whose label is words: "| Hostages | 1140 |" under "| Metric | Value |".
     */
    private boolean countCell(NumberMention m) {
        int ls = Text.lineStart(ex.lower, m.start(), 2000);
        if (ex.lower.charAt(ls) != '|') {
            return false;
        }
        int[] head = TableCells.columnHead(ex.lower, m.start(), m.end());
        int[] row = head == null ? null : TableCells.rowLabel(ex.lower, m.start());
        if (row == null || row[1] > m.start()) {
            return false;
        }
        for (String w : ex.lower.substring(head[0], head[1]).split("[^\\p{L}]+")) {
            if (ex.grammar.list("date_headers").contains(w)) {
                return false;
            }
        }
        for (String w : ex.lower.substring(row[0], row[1]).split("[^\\p{L}]+")) {
            if (ex.grammar.list("date_headers").contains(w)) {
                return false;   // "| Founded | 1875 |" under "| Fact | Value |"
            }
        }
        return true;
    }

    /** Whether a phrase of {@code year_phrases} ends right before the number ("as of 2024"). */
    private boolean afterYearPhrase(NumberMention m) {
        if (m.bound() != null || m.start() < 2 || ex.lower.charAt(m.start() - 1) != ' ') {
            return false;
        }
        String before = ex.lower.substring(Math.max(0, m.start() - 20), m.start());
        for (String p : yearPhrases) {
            if (Exclusions.endsWithThenSpace(before, p) && (before.length() == p.length() + 1 || !Character.isLetter(before.charAt(before.length() - p.length() - 2)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "By 2019 parliaments in ...", "In 2021 legislatures in ...", "Since 2010 residents have ...": a year of the
     * twentieth or twenty-first century right after a preposition of time that opens its sentence (or line) places
     * what follows, whatever noun comes after it.
     */
    private boolean openingYearPreposition(NumberMention m) {
        int v = m.value().intValue();
        if (v < 1900 || v > 2100 || m.end() - m.start() != 4) {
            return false;
        }
        int s = yearPrepositionBefore(m);
        if (s < 0 || ex.lower.startsWith("from", s)) {
            return false;
        }
        int b = s;
        while (b > 0 && (ex.lower.charAt(b - 1) == ' ' || ex.lower.charAt(b - 1) == '*' || ex.lower.charAt(b - 1) == '_' || ex.lower.charAt(b - 1) == '>')) {
            b--;
        }
        return b == 0 || ex.lower.charAt(b - 1) == '\n' || ".!?:;".indexOf(ex.lower.charAt(b - 1)) >= 0;
    }

    /**
     * "the parliamentary commission of 1992 arrived at", "the census of 1989 recorded", "the war of 1988–1994 killed":
     * "of" right before the number, after a body's noun, a record's or an event's ({@code attribution_nouns},
     * {@code attribution_records}, {@code event_nouns}, a fact's scope word) or a time's ({@code year_of_nouns}: "the winter
     * of 1992 killed"): the year of that body, record, event or time.
     */
    private boolean ofABodyOrEvent(NumberMention m) {
        String before = ex.lower.substring(Math.max(0, m.start() - 40), m.start());
        if (!before.endsWith(" of ")) {
            return false;
        }
        String noun = NumberClause.lastWord(before, 0, before.length() - 4);
        return noun != null && (ex.grammar.list("attribution_nouns").contains(noun) || ex.grammar.list("attribution_records").contains(noun)
                || ex.grammar.list("event_nouns").contains(noun) || ex.grammar.list("year_of_nouns").contains(noun) || ex.v.allScopes.stream().anyMatch(sc -> Text.lower(sc).equals(noun)));
    }

    /** Whether the word right before the number is a preposition of time ("in 1992", "since 1994"). */
    private boolean afterYearPreposition(NumberMention m) {
        return yearPrepositionBefore(m) >= 0;
    }

    /** Where the preposition of time right before the number starts, spaces between ("in 1992"); -1 when the word there is none. */
    private int yearPrepositionBefore(NumberMention m) {
        int e = m.start();
        while (e > 0 && ex.lower.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(ex.lower.charAt(s - 1))) {
            s--;
        }
        return e < m.start() && s < e && yearPrepositions.contains(ex.lower.substring(s, e)) ? s : -1;
    }

    private static boolean inYearRange(BigDecimal v) {
        return v.compareTo(BigDecimal.valueOf(1000)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0 && v.scale() <= 0;
    }
}
