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

    /**
     * Each way of writing a date, with how to read its groups; longer forms win over shorter ones they
     * contain. A form starts with a digit (a day) or with words (its lead: a month, a season, a word).
     */
    private static final List<Form> FORMS = List.of(
            form(null, DAY + SPAN + DAY_END + "\\s+(?:of\\s+)?" + MONTH + TO_YEAR + YEAR,
                    m -> EventDate.days(year(m), month(m), num(m, "day"), num(m, "end"))),
            form(MONTH, MONTH + "\\s+" + DAY + SPAN + DAY_END + TO_YEAR + YEAR,
                    m -> EventDate.days(year(m), month(m), num(m, "day"), num(m, "end"))),
            form(null, DAY + "\\s+(?:of\\s+)?" + MONTH + TO_YEAR + YEAR,
                    m -> EventDate.day(year(m), month(m), num(m, "day"))),
            form(MONTH, MONTH + "\\s+" + DAY + TO_YEAR + YEAR,
                    m -> EventDate.day(year(m), month(m), num(m, "day"))),
            form(MONTH, MONTH + TO_YEAR + YEAR, m -> EventDate.month(year(m), month(m))),
            form("(?:the\\s+)?" + SEASON, "(?:the\\s+)?" + SEASON + "\\s+(?:of\\s+)?" + YEAR,
                    m -> new EventDate(year(m), 0, 0, 0, season(m.group("season")), null)),
            form(YEAR_WORDS, YEAR_WORDS + "\\s+(?:the\\s+year\\s+)?" + YEAR, m -> EventDate.year(year(m))));

    private DateReader() {
    }

    /** Every date the text states, in text order, none overlapping another. */
    public static List<DateMention> read(String text) {
        List<DateMention> found = new ArrayList<>();
        List<int[]> impossible = new ArrayList<>();
        WordStarts starts = WordStarts.of(text);
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            boolean[] lead = f.leadPairs();
            int[] at = lead == null ? starts.digits : starts.letters;
            int next = 0;
            for (int k = 0; k < at.length; k++) {
                int i = at[k];
                if (i < next || lead != null && starts.pairs[k] >= 0 && !lead[starts.pairs[k]]) {
                    continue;
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

    /** A form that starts with {@code lead} (words; null for a form that starts with a digit). */
    private static Form form(String lead, String regex, Function<Matcher, EventDate> reader) {
        return new Form(lead == null ? null : leadPairs(lead), Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), reader);
    }

    /**
     * The pairs of letters ("ja", "fe", ... for a month) that a match of {@code lead} can start with,
     * case-folded as the pattern compares them: index (first - 'a') * 26 + (second - 'a'). Found by
     * trying the pattern on each pair: it matches, or it runs out of text wanting more.
     */
    private static boolean[] leadPairs(String lead) {
        Pattern p = Pattern.compile(lead, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        boolean[] pairs = new boolean[26 * 26];
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                Matcher m = p.matcher("" + a + b);
                pairs[(a - 'a') * 26 + (b - 'a')] = m.lookingAt() || m.hitEnd();
            }
        }
        return pairs;
    }

    /** A char as the patterns compare it when they ignore case (Unicode): lower case of upper case. */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Where a form can match in a text: its first char is an ASCII digit (a day) or a letter (a month,
     * a season, a word), and no letter or digit comes before it ({@code (?<![\p{L}\p{N}])}). Trying the
     * forms only there finds what {@link Matcher#find()} finds, without trying every char. Each
     * letter start has the pair of letters there ({@link #pair}), found once for all forms.
     */
    private record WordStarts(int[] digits, int[] letters, int[] pairs) {
        /** ASCII letters and digits, as Character.isLetterOrDigit has them. */
        private static final boolean[] ASCII_WORD = new boolean[128];

        static {
            for (char c = 0; c < 128; c++) {
                ASCII_WORD[c] = Character.isLetterOrDigit(c);
            }
        }

        static WordStarts of(String text) {
            int[] digits = new int[16];
            int[] letters = new int[64];
            int nd = 0;
            int nl = 0;
            boolean afterWord = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
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
                } else if (c < 128 ? afterWord : Character.isLetter(text.codePointAt(i))) {
                    if (nl == letters.length) {
                        letters = Arrays.copyOf(letters, nl * 2);
                    }
                    letters[nl++] = i;
                }
            }
            int[] pairs = new int[nl];
            for (int k = 0; k < nl; k++) {
                pairs[k] = pair(text, letters[k]);
            }
            return new WordStarts(Arrays.copyOf(digits, nd), Arrays.copyOf(letters, nl), pairs);
        }

        /**
         * The pair of letters a to z (case-folded) at {@code i}, as an index of a form's lead pairs;
         * -1 when there are no two such letters there (then every form may start at {@code i}).
         */
        static int pair(String text, int i) {
            int a = fold(text.codePointAt(i));
            int next = i + Character.charCount(text.codePointAt(i));
            if (next >= text.length() || a < 'a' || a > 'z') {
                return -1;
            }
            int b = fold(text.codePointAt(next));
            return b < 'a' || b > 'z' ? -1 : (a - 'a') * 26 + (b - 'a');
        }
    }

    private record Form(boolean[] leadPairs, Pattern pattern, Function<Matcher, EventDate> reader) {
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
