package org.sourcebook.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates an English text states, in the many ways texts write them: "26 February 2024",
 * "February 26, 2024", "25 to 26 February 1992", "February 25-26 in 1992", "25th to 26th
 * February of 1992", "27-28 may, 2015", "in February 1994", "since 2008", "the fall of 2020".
 * A bare number is read as a year only after a word that introduces one ("in 1992", "since
 * 2008", "from 1993"), so counts such as "1275 citizens" are never taken for years. Dates are
 * as precise as the text and no more; impossible dates (31 February) are not read.
 */
public final class DateReader {
    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String DAY_END = "(?<end>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String SPAN = "\\s*(?:-|\u2013|\u2014|to|and|until)\\s*";
    private static final String YEAR = "(?<year>1[0-9]{3}|2[0-9]{3})(?![0-9])";
    /** Between a month (or day) and its year: "February 1994", "February, 1994", "February of 1994", "25-26 in 1992". */
    private static final String TO_YEAR = "(?:\\s*,\\s*|\\s+of\\s+|\\s+in\\s+|\\s+)";
    /** Words after which a bare number is read as a year; "of" and "by" are left out ("a population of 2000"). */
    private static final String YEAR_WORDS = "(?<word>in|since|from|until|till|during|after|before|year)";
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])since\\s+$");
    private static final String SEASON = "(?<season>spring|summer|fall|autumn|winter)";

    /** The first letters of a word that can be a month, and a season (see {@link #leads}). */
    private static final boolean[] MONTH_WORD = leads(MONTH);
    private static final boolean[] SEASON_WORD = leads(SEASON);

    /**
     * Each way of writing a date, with how to read its groups; longer forms win over shorter ones they
     * contain. A form starts with a digit (a day) or with words (its lead: a month, a season, a word),
     * and may need a word a few words on (a day's month is one of the next three words: "25 to 26 of
     * February"); a form led by words needs a number soon after its first word, with at most so many
     * words between (none in "February 26", "of" in "February of 1994", "the year" in "in the year
     * 1992"). A form is tried only where its lead, the word it needs and its number can be.
     */
    private static final List<Form> FORMS = List.of(
            form(null, MONTH_WORD, 3, -1, DAY + SPAN + DAY_END + "\\s+(?:of\\s+)?" + MONTH + TO_YEAR + YEAR,
                    m -> EventDate.days(year(m), month(m), num(m, "day"), num(m, "end"))),
            form(MONTH_WORD, null, 0, 0, MONTH + "\\s+" + DAY + SPAN + DAY_END + TO_YEAR + YEAR,
                    m -> EventDate.days(year(m), month(m), num(m, "day"), num(m, "end"))),
            form(null, MONTH_WORD, 2, -1, DAY + "\\s+(?:of\\s+)?" + MONTH + TO_YEAR + YEAR,
                    m -> EventDate.day(year(m), month(m), num(m, "day"))),
            form(MONTH_WORD, null, 0, 0, MONTH + "\\s+" + DAY + TO_YEAR + YEAR,
                    m -> EventDate.day(year(m), month(m), num(m, "day"))),
            form(MONTH_WORD, null, 0, 1, MONTH + TO_YEAR + YEAR, m -> EventDate.month(year(m), month(m))),
            form(leads("(?:the\\s+)?" + SEASON), SEASON_WORD, 2, 2, "(?:the\\s+)?" + SEASON + "\\s+(?:of\\s+)?" + YEAR,
                    m -> new EventDate(year(m), 0, 0, 0, season(m.group("season")), null)),
            // the lead with the space after it: "in 1992", not "into" or "including"
            form(leads(YEAR_WORDS + "\\s"), null, 0, 2, YEAR_WORDS + "\\s+(?:the\\s+year\\s+)?" + YEAR,
                    m -> EventDate.year(year(m))));

    private DateReader() {
    }

    /** Every date the text states, in text order, none overlapping another. */
    public static List<DateMention> read(String text) {
        List<DateMention> found = new ArrayList<>();
        List<int[]> impossible = new ArrayList<>();
        WordStarts starts = WordStarts.of(text);
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            boolean[] lead = f.lead();
            int[] at = lead == null ? starts.digits : starts.letters;
            int next = 0;
            int word = 0;
            int number = 0;
            for (int k = 0; k < at.length; k++) {
                int i = at[k];
                if (i < next || lead != null && !starts.may(lead, k)) {
                    continue;
                }
                if (f.wordsToNumber() >= 0) {
                    // the first number after the lead's first word, before the words it may have between
                    while (number < starts.digits.length && starts.digits[number] < i) {
                        number++;
                    }
                    int limit = k + 1 + f.wordsToNumber();
                    if (number == starts.digits.length || limit < starts.letters.length && starts.digits[number] > starts.letters[limit]) {
                        continue;
                    }
                }
                if (f.needs() != null) {
                    // the first word at or after i: i's own for a lead, the next one for a day
                    while (word < starts.letters.length && starts.letters[word] < i) {
                        word++;
                    }
                    if (!starts.anyMay(f.needs(), word, f.within())) {
                        continue;
                    }
                }
                m.region(i, text.length());
                if (!m.lookingAt()) {
                    continue;
                }
                next = m.end();
                take(f, m, text, found, impossible);
            }
        }
        return chosen(found, impossible);
    }

    /** What {@link #read} reads, found by {@link Matcher#find()} over the whole text (the reference its word starts are tested against). */
    static List<DateMention> readByFind(String text) {
        List<DateMention> found = new ArrayList<>();
        List<int[]> impossible = new ArrayList<>();
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(text);
            while (m.find()) {
                take(f, m, text, found, impossible);
            }
        }
        return chosen(found, impossible);
    }

    private static void take(Form f, Matcher m, String text, List<DateMention> found, List<int[]> impossible) {
        Optional<EventDate> d = f.read(m);
        if (d.isPresent()) {
            found.add(trimmed(text, m, d.get()));
        } else {
            impossible.add(new int[] {m.start(), m.end()});
        }
    }

    private static List<DateMention> chosen(List<DateMention> found, List<int[]> impossible) {
        // "31 February 1992" is no date, and neither is its "February 1992".
        found.removeIf(d -> impossible.stream().anyMatch(x -> d.start() < x[1] && d.end() > x[0]));
        found.sort(Comparator.comparingInt(DateMention::start).thenComparing(Comparator.comparingInt(
                (DateMention d) -> d.end() - d.start()).reversed()));
        List<DateMention> out = new ArrayList<>();
        int reach = 0;
        for (DateMention d : found) {
            if (d.start() >= reach) {
                out.add(d);
                reach = d.end();
            }
        }
        return List.copyOf(out);
    }

    /**
     * The words of the date itself: a year-introducing word is dropped ("in 1992" → "1992"), as is a
     * leading "the" ("the fall of 2020"); a "since" just before the date is kept and bounds it.
     */
    private static DateMention trimmed(String text, Matcher m, EventDate d) {
        int start = m.start();
        if (groupPresent(m, "word")) {
            start = m.start("year");
        } else if (groupPresent(m, "season")) {
            start = m.start("season");
        }
        Matcher since = SINCE_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
        if (since.find()) {
            start = start - (since.end() - since.start());
            d = d.since();
        }
        return new DateMention(start, m.end(), text.substring(start, m.end()), d);
    }

    private static boolean groupPresent(Matcher m, String name) {
        try {
            return m.group(name) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(Matcher m) {
        String key = m.group("month").toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }

    private static String season(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        return s.equals("autumn") ? "fall" : s;
    }

    /**
     * A form that starts with a word whose first letters {@code lead} allows (null: with a digit), and
     * that needs a word {@code needs} allows among the {@code within} words from its start (i's own
     * word for a lead, the next one for a day); {@code needs} null: none. A form led by words needs
     * a number after its first word with at most {@code wordsToNumber} words between (-1: a day's form).
     */
    private static Form form(boolean[] lead, boolean[] needs, int within, int wordsToNumber, String regex,
                             Function<Matcher, EventDate> reader) {
        return new Form(lead, needs, within, wordsToNumber, Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), reader);
    }

    /**
     * The first three letters ("jan", "feb", ... for a month) that a match of {@code lead} can start
     * with, case-folded as the pattern compares them: index ((first - 'a') * 26 + (second - 'a')) * 27
     * + (third - 'a'), or + 26 where the third char is no letter a to z. Found by trying the pattern on
     * each three (or two) letters: it matches, or it runs out of text wanting more.
     */
    private static boolean[] leads(String lead) {
        Pattern p = Pattern.compile(lead, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        boolean[] leads = new boolean[26 * 26 * 27];
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                int at = ((a - 'a') * 26 + (b - 'a')) * 27;
                for (char c = 'a'; c <= 'z'; c++) {
                    leads[at + c - 'a'] = may(p, "" + a + b + c);
                }
                leads[at + 26] = may(p, "" + a + b);
            }
        }
        return leads;
    }

    private static boolean may(Pattern p, String start) {
        Matcher m = p.matcher(start);
        return m.lookingAt() || m.hitEnd();
    }

    /** A char as the patterns compare it when they ignore case (Unicode): lower case of upper case (ASCII at once). */
    private static int fold(int c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Where a form can match in a text: its first char is an ASCII digit (a day) or a letter (a month,
     * a season, a word), and no letter or digit comes before it ({@code (?<![\p{L}\p{N}])}). Trying the
     * forms only there finds what {@link Matcher#find()} finds, without trying every char. Each
     * letter start has its first letters ({@link #first}), found once for all forms.
     */
    private record WordStarts(int[] digits, int[] letters, int[] firsts) {
        /** ASCII letters and digits, as Character.isLetterOrDigit has them. */
        private static final boolean[] ASCII_WORD = new boolean[128];

        static {
            for (char c = 0; c < 128; c++) {
                ASCII_WORD[c] = Character.isLetterOrDigit(c);
            }
        }

        static WordStarts of(String text) {
            // a char array: String.charAt costs a call or more per char under C1 (the build's compiler)
            char[] t = text.toCharArray();
            int[] digits = new int[16];
            int[] letters = new int[64];
            int nd = 0;
            int nl = 0;
            boolean afterWord = false;
            for (int i = 0; i < t.length; i++) {
                char c = t[i];
                boolean start = !afterWord;
                afterWord = c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
                if (!start) {
                    continue;
                }
                if (c >= '0' && c <= '9') {
                    if (nd == digits.length) {
                        digits = Arrays.copyOf(digits, nd * 2);
                    }
                    digits[nd++] = i;
                } else if (c < 128 ? afterWord : Character.isLetter(Character.codePointAt(t, i))) {
                    if (nl == letters.length) {
                        letters = Arrays.copyOf(letters, nl * 2);
                    }
                    letters[nl++] = i;
                }
            }
            int[] firsts = new int[nl];
            for (int k = 0; k < nl; k++) {
                firsts[k] = first(t, letters[k]);
            }
            return new WordStarts(Arrays.copyOf(digits, nd), Arrays.copyOf(letters, nl), firsts);
        }

        /** Whether a word allowed by {@code leads} can start at letter start {@code k}. */
        boolean may(boolean[] leads, int k) {
            return firsts[k] < 0 || leads[firsts[k]];
        }

        /** Whether one of the {@code n} letter starts from the {@code k}th can start a word allowed by {@code leads}. */
        boolean anyMay(boolean[] leads, int k, int n) {
            for (int j = k; j < k + n && j < firsts.length; j++) {
                if (may(leads, j)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The first letters a to z (case-folded) at {@code i}, as an index of {@link #leads}; -1 when
         * the first two are not such letters (then every word may start at {@code i}).
         */
        static int first(char[] t, int i) {
            int c = Character.codePointAt(t, i);
            int a = fold(c);
            int next = i + Character.charCount(c);
            if (next >= t.length || a < 'a' || a > 'z') {
                return -1;
            }
            c = Character.codePointAt(t, next);
            int b = fold(c);
            if (b < 'a' || b > 'z') {
                return -1;
            }
            next += Character.charCount(c);
            int third = next < t.length ? fold(Character.codePointAt(t, next)) : -1;
            return ((a - 'a') * 26 + (b - 'a')) * 27 + (third >= 'a' && third <= 'z' ? third - 'a' : 26);
        }
    }

    private record Form(boolean[] lead, boolean[] needs, int within, int wordsToNumber, Pattern pattern,
                        Function<Matcher, EventDate> reader) {
        /** The date, or empty when the words name an impossible one (31 February, 28–27 May). */
        Optional<EventDate> read(Matcher m) {
            try {
                return Optional.of(reader.apply(m));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
