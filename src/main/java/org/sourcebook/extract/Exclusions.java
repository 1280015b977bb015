package org.sourcebook.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.content.Source;

/**
 * Numbers that are not counts: years, dates, ordinals, unit and document numbers, addresses,
 * phone numbers, URLs, hashtags, titles in quotes, and anything inside page furniture. Each
 * reason is one of a small fixed vocabulary shown on the review page. {@link #reason} asks the rules in
 * order; URLs, hashtags, phones, furniture and engagement counters are read here, the rest by one
 * package-private class per construction: {@link YearsAndDates}, {@link AgesAndPersons},
 * {@link ParagraphNumbers}, {@link DocumentNumbers}, {@link AddressesAndTitles},
 * {@link RatiosAndAmounts} and {@link WithdrawnFigures}.
 */
final class Exclusions {
    /** Its leftmost match starts a word: a match inside a word would also match from the word's start. */
    static final AnchoredPattern WORD_BEFORE = new AnchoredPattern("(\\p{L}+)\\.?\\s+(?:the\\s+)?$", AnchoredPattern.WORD_START);
    static final Pattern LIST_BEFORE = Pattern.compile("(\\d+[\\w-]*(?:\\s*\\([^)]*\\))?)\\s*(?:,|and|&)\\s*$");
    static final Pattern DOC_WORD_BEFORE = Pattern.compile("([\\p{L}.#№§¶]+)\\s*$");
    static final Pattern WORDS_AFTER = Pattern.compile("^(?:\\s+[\\p{L}.]+){1,3}");
    static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}+)");
    static final String SAMPLE = "sample size";
    static final String MONEY = "amount of money";
    static final Pattern SPACES = Pattern.compile("\\s+");
    static final String FURNITURE = "furniture";
    static final String URL = "url";
    static final String NOTE = "translator's or editor's note";
    static final String HASHTAG = "hashtag";
    static final String PHONE = "phone";
    static final String DATE = "date";
    static final String YEAR = "year";
    static final String ORDINAL = "ordinal";
    static final String DOCUMENT = "document number";
    static final String ADDRESS = "address";
    static final String TITLE = "quoted title";
    static final String PARAGRAPH = "paragraph number";
    static final String AGE = "age";
    static final String FOOTNOTE = "footnote marker";
    static final String PERSONAL = "personal count";
    static final String SHOWN = "part of a group the page shows";
    static final String RATIO = "ratio";
    static final String WITHDRAWN = "withdrawn figure";
    static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");

    /** URLs, e-mail addresses, {@code <links>}: never white space inside, always one of {@link #URL_MARKS} (see {@link #inWordsAround}). */
    static final Pattern URLS = Pattern.compile("(?i)\\bhttps?://[^\\s<>)\\]]+|\\bwww\\.[^\\s<>)\\]]+|[\\w.+-]+@[\\w-]+\\.[\\w.]+|<[^<>\\s]+>|\\b[\\w-]+\\.(?:com|org|net|az|gov|int|info|io|ru|am|tr)(?:/[^\\s<>)]*)?");
    /** Every URL holds one of these: "://", "www.", "@", "<", ".com". */
    static final String URL_MARKS = ":.@<";
    /** Never white space inside (see {@link #inWordsAround}). */
    static final Pattern HASHTAGS = Pattern.compile("#[\\p{L}\\p{N}_]+");
    static final AnchoredPattern PHONES = new AnchoredPattern("\\(\\d{2,4}\\)\\s?\\d{3}[-\\s.]\\d{4}|\\+\\d{1,3}[\\s.-]?\\(?\\d{1,4}\\)?(?:[\\s.-]?\\d{2,4}){2,4}|(?<!\\d)\\d{3}[-.]\\d{3}[-.]\\d{4}(?!\\d)",
            "(+" + AnchoredPattern.DIGITS, (t, i) -> !AnchoredPattern.isDigit(t[i]) || AnchoredPattern.NOT_AFTER_DIGIT.at(t, i));
    static final AnchoredPattern NUMERIC_DATES = new AnchoredPattern("(?<![\\d.])(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?)(?![\\d])",
            AnchoredPattern.DIGITS, (t, i) -> i == 0 || !AnchoredPattern.isDigit(t[i - 1]) && t[i - 1] != '.');

    final String body;
    final String lower;
    final Vocabulary v;
    final Grammar grammar;
    private final Source source;
    private final List<int[]> phones;
    private final List<int[]> dates;
    final Set<String> countWords;
    /** Every phrase of the grammar's qualifier lists, in their order (read once, by {@link Vocabulary}). */
    final TrailingPhrases qualifierPhrases;

    private final YearsAndDates yearsAndDates;
    private final AgesAndPersons ages;
    private final ParagraphNumbers paragraphs;
    private final DocumentNumbers documents;
    private final AddressesAndTitles titles;
    private final WithdrawnFigures withdrawals;
    private final RatiosAndAmounts measures;

    Exclusions(String body, String lower, Vocabulary v, Source source, AnchoredPattern.Positions numberStarts) {
        this.body = body;
        this.lower = lower;
        this.v = v;
        this.grammar = v.grammar;
        this.source = source;
        this.phones = PHONES.spans(numberStarts);
        this.dates = NUMERIC_DATES.spans(numberStarts);
        this.countWords = v.countWords;
        this.qualifierPhrases = v.qualifierPhrases;
        this.yearsAndDates = new YearsAndDates(this);
        this.ages = new AgesAndPersons(this);
        this.paragraphs = new ParagraphNumbers(this);
        this.documents = new DocumentNumbers(this);
        this.titles = new AddressesAndTitles(this);
        this.withdrawals = new WithdrawnFigures(this);
        this.measures = new RatiosAndAmounts(this);
    }

    /**
     * Whether a match of {@code p} overlaps [s, e). For a pattern none of whose matches holds white
     * space ({@code \s}) and each holds one of {@code marks}, such as {@link #URLS} and {@link
     * #HASHTAGS}: its matches are then those found in the words around the number, when these hold
     * one of the marks.
     */
    static boolean inWordsAround(Pattern p, String marks, String body, int s, int e) {
        int from = s;
        while (from > 0 && !isRegexSpace(body.charAt(from - 1))) {
            from--;
        }
        int to = e;
        while (to < body.length() && !isRegexSpace(body.charAt(to))) {
            to++;
        }
        if (!holdsAny(body, from, to, marks)) {
            return false;
        }
        Matcher m = p.matcher(body).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find() && m.start() < e) {
            if (s < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAny(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} is white space as {@code \s} of java.util.regex reads it: [ \t\n\x0B\f\r]. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean inside(List<int[]> spans, int s, int e) {
        for (int i = 0; i < spans.size(); i++) {
            if (s < spans.get(i)[1] && e > spans.get(i)[0]) {
                return true;
            }
        }
        return false;
    }

    /** Why {@code m} is not a count, or empty when it may be one. */
    Optional<String> reason(NumberMention m) {
        int s = m.start();
        int e = m.end();
        if (source != null && source.inFurniture(s, e)) {
            return Optional.of(FURNITURE);
        }
        if (lower.charAt(s) == ' ' && !Character.isWhitespace(body.charAt(s))) {
            return Optional.of(NOTE);   // blank in the reading view: inside a translator's note ("[TN: ... 480 ...]")
        }
        if (inWordsAround(URLS, URL_MARKS, body, s, e)) {
            return Optional.of(URL);
        }
        if (inWordsAround(HASHTAGS, "#", body, s, e)) {
            return Optional.of(HASHTAG);
        }
        if (engagement(m)) {
            return Optional.of(FURNITURE);
        }
        if (inside(phones, s, e) || phoneLine(s)) {
            return Optional.of(PHONE);
        }
        if (inside(dates, s, e) || yearsAndDates.monthNear(m)) {
            return Optional.of(DATE);
        }
        if (paragraphs.footnote(m)) {
            return Optional.of(FOOTNOTE);
        }
        if (m.kind() == NumberMention.Kind.DECADE) {
            return Optional.of(YEAR);
        }
        if (m.kind() == NumberMention.Kind.ORDINAL) {
            return Optional.of(ORDINAL);
        }
        if (ages.age(m)) {
            return Optional.of(AGE);
        }
        if (ages.personal(m)) {
            return Optional.of(PERSONAL);
        }
        if (ages.shownHere(m)) {
            return Optional.of(SHOWN);
        }
        if (paragraphs.paragraphNumber(m) || paragraphs.sectionNumber(m) || paragraphs.headingNumber(m) || paragraphs.keycapNumber(m) || paragraphs.inlineItemNumber(m)) {
            return Optional.of(PARAGRAPH);
        }
        if (documents.document(m) || documents.rowNumber(m) || documents.colonJoined(m) || documents.citationPage(m) || documents.citedPage(m)) {
            return Optional.of(DOCUMENT);
        }
        if (titles.address(m)) {
            return Optional.of(ADDRESS);
        }
        if (titles.quotedTitle(m)) {
            return Optional.of(TITLE);
        }
        if (measures.ratio(m)) {
            return Optional.of(RATIO);
        }
        if (measures.money(m)) {
            return Optional.of(MONEY);
        }
        if (measures.sampleSize(m)) {
            return Optional.of(SAMPLE);
        }
        if (withdrawals.withdrawn(m)) {
            return Optional.of(WITHDRAWN);
        }
        if (yearsAndDates.year(m) || yearsAndDates.yearRangeEnd(m) || yearsAndDates.shortYear(m)) {
            return Optional.of(YEAR);
        }
        return Optional.empty();
    }

    /** The first figure of a ratio and its "to" before the second: "7 to ", "12-". */
    static final Pattern RATIO_SECOND = Pattern.compile("\\s\\d{1,4}\\s*(?:to|-|–|:)\\s*$");

    /** Whether {@code before} ends with "to", "-", "–" or ":" and then regex spaces only, as {@link #RATIO_SECOND} needs. */
    static boolean mayEndRatioSecond(String before) {
        int e = before.length();
        if (e > 0 && "\u0085\u2028\u2029".indexOf(before.charAt(e - 1)) >= 0) {
            e--;   // "$" also matches before a last line terminator that is no "\\s"
        }
        while (e > 0 && isRegexSpace(before.charAt(e - 1))) {
            e--;
        }
        if (e == 0) {
            return false;
        }
        char c = before.charAt(e - 1);
        return c == '-' || c == '–' || c == ':' || c == 'o' && e >= 2 && before.charAt(e - 2) == 't';
    }

    private boolean phoneLine(int s) {
        String before = lower.substring(Text.lineStart(lower, s, 40), s);   // the line, back at most 40 chars
        int lastLetter = before.length();
        while (lastLetter > 0 && !Character.isLetter(before.charAt(lastLetter - 1))) {
            lastLetter--;
        }
        for (String w : grammar.list("phone_words")) {
            if (before.indexOf(w, Math.max(0, lastLetter - w.length())) < 0) {
                continue;   // no letter may follow the word, so it cannot end before the last letter
            }
            int at = before.lastIndexOf(w);
            if (at >= 0 && (at == 0 || !Character.isLetter(before.charAt(at - 1))) && before.substring(at + w.length()).chars().noneMatch(Character::isLetter)) {
                return true;
            }
        }
        // "Helpline for displaced families: 1414", "- Hotline of the committee: 190": a label whose head is a phone word
        Matcher label = colonBefore(lower, s) ? SERVICE_LABEL.matcher(lower.substring(Text.lineStart(lower, s, 80), s)) : null;
        if (label != null && label.matches()) {
            for (String w : grammar.list("phone_words")) {
                if (label.group(1).equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line's label right before its figure: its first word, then at most six more, its colon ("Hotline for families: "). */
    /**
     * A necessary condition of {@link #SERVICE_LABEL} matching the text before {@code s}: that text ends with a ":" and
     * then only whitespace ({@code \\s}), "*" or "_" (cheap, where the regex is not, for each number).
     */
    private static boolean colonBefore(String lower, int s) {
        int i = s - 1;
        while (i >= 0 && " \t\n\013\f\r*_".indexOf(lower.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && lower.charAt(i) == ':';
    }

    private static final Pattern SERVICE_LABEL = Pattern.compile("[\\s>*_#•-]*(\\p{L}+)(?:[\\s-]+[\\p{L}.'’]+){0,6}\\s*:[\\s*_]*");

    /** "100 (planning a war), 103 (genocide) and ": items of a list of numbers, each with a bracketed aside. */
    static final Pattern ASIDE_LIST_BEFORE = Pattern.compile("(?:\\d+\\s*\\([^()\\n]{1,100}\\)\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s+))+$");

    /**
     * Group 1 of {@link #POSSESSIVE_BEFORE} found in {@code s} ({@code (\p{L}+)\s+$}), or null: the letters
     * right before the white space that ends it, read back by hand (FastPathTest compares it with the pattern).
     */
    static String wordBeforeSpace(String s) {
        int e = s.length();
        if (e > 0 && "\u0085\u2028\u2029".indexOf(s.charAt(e - 1)) >= 0) {
            e--;   // '$' also stands before a last line end, and these are no '\s'
        }
        int i = e;
        while (i > 0 && " \t\n\u000B\f\r".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        int j = i;
        while (i < e && j > 0 && Character.isLetter(s.codePointBefore(j))) {
            j -= Character.charCount(s.codePointBefore(j));
        }
        return j < i ? s.substring(j, i) : null;
    }

    /**
     * Whether {@link #ASIDE_LIST_BEFORE} may match {@code before}: but for white space (and a last line
     * end, which {@code $} may stand before) it ends on "," / "and" / "&amp;" after ")" and white space.
     * A cheap test that rules out what cannot match, so the pattern is tried at few numbers.
     */
    static boolean mayEndAsideList(String before) {
        int i = spaceBefore(before, before.length());
        if (i > 0 && before.charAt(i - 1) == '&') {
            i--;
        } else if (i >= 3 && before.startsWith("and", i - 3)) {
            i -= 3;
            int j = spaceBefore(before, i);
            if (j > 0 && before.charAt(j - 1) == ',') {
                i = j - 1;
            }
        } else if (i > 0 && before.charAt(i - 1) == ',') {
            i--;
        } else {
            return false;
        }
        i = spaceBefore(before, i);
        return i > 0 && before.charAt(i - 1) == ')';
    }

    /** The start of the white space (and line ends) that ends {@code s} before {@code end}. */
    private static int spaceBefore(String s, int end) {
        int i = end;
        while (i > 0 && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    /**
     * Whether {@link #LIST_BEFORE} may match {@code before}: it ends (but for white space) on ",",
     * "&amp;" or "and", or on a line end {@code $} matches before.
     */
    static boolean mayEndWithSeparator(String before) {
        int e = before.length();
        if (e > 0 && isOtherLineEnd(before.charAt(e - 1))) {
            return true;
        }
        while (e > 0 && isRegexSpace(before.charAt(e - 1))) {
            e--;
        }
        String b = before.substring(0, e);
        return b.endsWith(",") || b.endsWith("&") || b.endsWith("and");
    }

    /** A line end of java.util.regex that is not white space: {@code $} matches before it at the end of a text. */
    private static boolean isOtherLineEnd(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The word {@link #DOC_WORD_BEFORE} finds at the end of {@code before}, or null: the run of
     * letters, points, "#" and "№" that only white space follows.
     */
    static String documentWordBefore(String before) {
        if (!before.isEmpty() && isOtherLineEnd(before.charAt(before.length() - 1))) {
            Matcher w = DOC_WORD_BEFORE.matcher(before);
            return w.find() ? w.group(1) : null;
        }
        int end = before.length();
        while (end > 0 && isRegexSpace(before.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0) {
            int c = before.codePointBefore(start);
            if (!Character.isLetter(c) && c != '.' && c != '#' && c != '№' && c != '§' && c != '¶') {   // "§ 5", "¶¶ 12–19"
                break;
            }
            start -= Character.charCount(c);
        }
        return start < end ? before.substring(start, end) : null;
    }

    /**
     * A post's engagement counter: the figure right after a mark of {@code engagement_marks} ("💬 12 🔁 4 ❤️ 97"),
     * or right before a word of {@code engagement_words} ("88.4K views", "1,200 likes").
     */
    private boolean engagement(NumberMention m) {
        int b = m.start();
        while (b > 0 && (body.charAt(b - 1) == ' ' || body.charAt(b - 1) == '\u00A0' || body.charAt(b - 1) == '\uFE0F')) {
            b--;
        }
        String before = body.substring(Math.max(0, b - 2), b);
        for (String mark : grammar.list("engagement_marks")) {
            if (before.endsWith(mark)) {
                return true;
            }
        }
        for (String mark : grammar.list("engagement_row_marks")) {
            if (before.endsWith(mark)) {
                int ls = body.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
                int le = body.indexOf('\n', m.end());
                String line = body.substring(ls, le < 0 ? body.length() : le);
                return grammar.list("engagement_marks").stream().anyMatch(line::contains)
                        || grammar.list("engagement_row_marks").stream().filter(line::contains).count() > 1;
            }
        }
        Matcher w = WORDS_AFTER.matcher(lower.substring(m.end(), Math.min(lower.length(), m.end() + 20)));
        if (w.lookingAt() && w.start() <= 1) {   // the pattern opens with "^": find() could match at 0 only
            String word = w.group().strip();
            int sp = word.indexOf(' ');
            return grammar.list("engagement_words").contains(sp < 0 ? word : word.substring(0, sp));
        }
        return false;
    }

    /** {@code s.endsWith(word + " ")}, without making the string. */
    static boolean endsWithThenSpace(String s, String word) {
        int at = s.length() - 1 - word.length();
        return at >= 0 && s.charAt(s.length() - 1) == ' ' && s.startsWith(word, at);
    }
}
