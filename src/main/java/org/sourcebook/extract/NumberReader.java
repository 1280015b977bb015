package org.sourcebook.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.model.Qualifier;

/**
 * Finds every number written in a text: digits with separators (1,140 · 1 140 · 1.5 million),
 * number words (six · forty-four · twenty six · six hundred and thirteen · two dozen), fractions
 * ("a fifth of" → 20 percent), percent, "580+", ordinals, and two-bound ranges ("500-1000",
 * "between 500 and 1,000", "from 500 to 1,000").
 */
public final class NumberReader {
    static final AnchoredPattern DIGITS = new AnchoredPattern(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+(?![\\d])|(?<!/)\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d,])|\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d])(?!\\.\\d)"
            + "|\\d{1,3},\\d{1,2}(?=[ \\u00A0]+(?:million|thousand|billion|mln)s?(?![\\p{L}]))|\\d+(?:\\.\\d+)?)",
            AnchoredPattern.DIGITS, AnchoredPattern.NOT_AFTER_DIGIT);
    /** "3,5 thousand", "2,5 million": a decimal comma before a scale word, as translated texts write it. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3},\\d{1,2}");
    /** "1.000.000", "20.000.000": thousands points in two groups or more. */
    private static final Pattern POINT_GROUPS = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}");
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile("^(?:st|nd|rd|th)(?![\\p{L}])");
    private static final Pattern MULTIPLIER = Pattern.compile("^[ \\u00A0]+(million|thousand|billion|mln|mn|bn)s?(?![\\p{L}])");
    private static final Pattern PERCENT = Pattern.compile("^(?:[ \\u00A0]?%|[ \\u00A0]+(?:percent|per cent|pct)(?![\\p{L}]))");
    /** What makes "1.275" a decimal number rather than 1,140 with a thousands point. */
    private static final Pattern SCALE_AFTER = Pattern.compile("^\\s*(?:%|per(?:\\s?cent)?(?![\\p{L}])|million|billion|thousand|mln|mn|bn)");
    /** The separators of digit groups: "1,140", "1 140". */
    private static final String GROUP_SEPARATORS = ", \u00A0\u202F";
    /** "3 of " right before a number: the number is a total of numbered parts ("page 3 of 5"), no range's start. */
    private static final Pattern OF_TOTAL = Pattern.compile("(?<![\\d,.])\\d{1,4}\\s+of\\s+$");
    /** A hedge between two guesses at one count whose scale is said once: ", maybe ", " or perhaps ". */
    private static final Pattern HEDGED_GAP = Pattern.compile(",?\\s(?:or\\s)?(?:maybe|perhaps|possibly|probably)\\s");
    private static final Pattern RANGE_DASH = Pattern.compile("\\s?[\u2013\u2014]\\s?|-");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("^[-\\u2010\\u2011](year|decade|day|month|week|hour)s?(?:[-\\u2010\\u2011](?:long|old))?(?![\\p{L}])");
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    /** "a fifth (", "one quarter (": a fraction in words right before a bracket. */
    private static final Pattern FRACTION_BEFORE_BRACKET = Pattern.compile("\\b(?:a|an|one)[ -](?:half|third|quarter|fifth|sixth|tenth) \\($");
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
    /** After a fraction: a span of time it is a part of ("a quarter of a century", "half of the year"). */
    private static final Pattern OF_A_TIME = Pattern.compile("\\s+of\\s+(?:a|an|the)\\s+(century|decade|year|month|week|day|hour|lifetime|generation)\\b");
    /** Years in the spans of time a fraction of which is a whole number of years ("a quarter of a century": 25). */
    private static final Map<String, Integer> YEARS_IN = Map.of("century", 100, "decade", 10);
    private static final Map<String, Integer> DENOMINATORS = Map.of("half", 2, "third", 3, "quarter", 4, "fifth", 5, "sixth", 6, "tenth", 10);
    /** Words a fraction may start with before its denominator ("a fifth", "one-third"). */
    private static final Set<String> NUMERATORS = Set.of("a", "one", "two", "three", "four");
    private static final Set<String> FRACTION_WORDS = Set.of("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
            "tenth", "tenths");
    /** The ordinals that follow a ten ("thirty-first"). */
    private static final Set<String> UNIT_ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");
    /** The ordinals written as one word ("tenth", "twentieth", "hundredth"). */
    private static final Set<String> ORDINALS = Set.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
            "ninetieth", "hundredth", "thousandth");
    /** Every word a number, fraction or ordinal written in words starts with: no other word needs a closer look. */
    private static final Words.Lexicon FIRST_WORDS = new Words.Lexicon(firstWords());

    private NumberReader() {
    }

    /** The words of {@code lower}, those a number in words may start with marked. */
    static Words words(String lower) {
        return Words.of(lower, FIRST_WORDS);
    }

    private static Set<String> firstWords() {
        Set<String> all = new java.util.HashSet<>(SMALL.keySet());
        all.addAll(TENS.keySet());
        all.add("a");
        all.addAll(NUMERATORS);
        all.addAll(FRACTION_WORDS);
        all.addAll(ORDINALS);
        return all;
    }

    /** Every number of {@code text}, in order of position. */
    public static List<NumberMention> read(String text) {
        return read(text, Text.lower(text), starts(text));
    }

    /** Where in {@code text} a number, a phone number or a date can start: digits, "(", "+". */
    static AnchoredPattern.Positions starts(String text) {
        return new AnchoredPattern.Positions(text, AnchoredPattern.DIGITS + "(+");
    }

    /** The same, given the text's {@link Text#lower} form and its {@link #starts}. */
    static List<NumberMention> read(String text, String lower, AnchoredPattern.Positions starts) {
        List<NumberMention> raw = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Words words = words(lower);
        Words forms = words.asLookbehindSees();
        for (int[] f : spans(forms, NumberReader::fractionAt)) {
            String num = f[3] > f[2] ? forms.get(f[2]) : null;
            int n = num == null || num.equals("a") ? 1 : SMALL.get(num);
            String den = forms.get(f[3]).replaceAll("s$", "");
            if (den.equals("half") && n != 1) {
                continue;
            }
            Matcher time = OF_A_TIME.matcher(lower).region(f[1], lower.length());
            if (time.lookingAt()) {
                timeFraction(raw, taken, f[0], n, DENOMINATORS.get(den), time);
                continue;   // "a quarter of a century" is a time, no share of anything
            }
            BigDecimal pct = BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(DENOMINATORS.get(den)), 1, RoundingMode.HALF_UP).stripTrailingZeros();
            raw.add(new NumberMention(f[0], f[1], plain(pct), null, NumberMention.Kind.FRACTION, "percent", Qualifier.APPROXIMATELY, false, false));
            mark(taken, f[0], f[1]);
        }
        for (int[] f : spans(forms, NumberReader::oneInAt)) {
            if (taken[f[0]]) {
                continue;
            }
            // "one in five acres", "one in every four residents": a share, as "a fifth of" is
            BigDecimal pct = BigDecimal.valueOf(100L).divide(BigDecimal.valueOf(SMALL.get(forms.get(f[3]))), 1, RoundingMode.HALF_UP).stripTrailingZeros();
            raw.add(new NumberMention(f[0], f[1], plain(pct), null, NumberMention.Kind.FRACTION, "percent", Qualifier.APPROXIMATELY, false, false));
            mark(taken, f[0], f[1]);
        }
        for (int[] o : spans(forms, NumberReader::ordinalAt)) {
            if (!taken[o[0]]) {
                raw.add(new NumberMention(o[0], o[1], BigDecimal.ZERO, null, NumberMention.Kind.ORDINAL, null, null, false, false));
                mark(taken, o[0], o[1]);
            }
        }
        readWords(lower, words, raw, taken);
        AnchoredPattern.Finder d = DIGITS.in(starts);
        while (d.find()) {
            if (taken[d.start()]) {
                continue;
            }
            String digits = d.group(1);
            String clean = DECIMAL_COMMA.matcher(digits).matches() ? digits.replace(',', '.') : withoutGroupSeparators(digits);
            if (isThousandsPoint(digits) && !after(SCALE_AFTER, lower, d.end()).find() || POINT_GROUPS.matcher(digits).matches()) {
                clean = clean.replace(".", "");   // "1.275 people", "1.000.000": thousands points, as translated texts write them
            }
            BigDecimal v = new BigDecimal(clean);
            boolean plain = isBareDigits(digits);
            NumberMention m = new NumberMention(d.start(), d.end(), plain(v), null, NumberMention.Kind.CARDINAL, null, null, plain, false);
            raw.add(suffixes(lower, abbreviatedScale(text, m)));
        }
        raw.sort(Comparator.comparingInt(NumberMention::start));
        return percentColumns(lower, tableScaled(lower, ranges(lower, restated(lower, fractionsRestated(lower, raw)))));
    }

    /** A table column's header that says its cells are shares: "%", "Share, %", "Per cent of total", "Percentage". */
    private static final Pattern PERCENT_HEADER = Pattern.compile("%|\\bper ?cent|\\bpercentage\\b|\\bshare\\b|\\bproportion\\b");

    /**
     * "| Women | 98 | 23.9 |" under "| Group | Number | Share of total, % |": a figure alone in a cell of a column whose
     * header says it holds shares is a percentage, not a count.
     */
    static List<NumberMention> percentColumns(String lower, List<NumberMention> in) {
        if (lower.indexOf('|') < 0 || lower.indexOf('%') < 0 && !lower.contains("per") && !lower.contains("share") && !lower.contains("proportion")) {
            return in;
        }
        List<NumberMention> out = null;
        for (int k = 0; k < in.size(); k++) {
            NumberMention m = in.get(k);
            if (m.kind() != NumberMention.Kind.CARDINAL || m.unit() != null || !aloneInBodyCell(lower, m)) {
                continue;
            }
            int[] head = TableCells.columnHead(lower, m.start(), m.end(), false);
            if (head == null || !PERCENT_HEADER.matcher(lower.substring(head[0], head[1])).find()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(in);
            }
            out.set(k, m.withUnit("percent", m.end()));
        }
        return out == null ? in : out;
    }

    /** A table's unit of thousands, in brackets on a caption line over it: "(thousand persons)", "(in thousands)", "('000)". */
    private static final Pattern THOUSANDS_CAPTION = Pattern.compile(
            "\\((?:in |figures in |numbers in )?(?:thousands?|'000|’000|000s|thous\\.)(?: of)?(?: persons| people| inhabitants| individuals)?\\)");

    /**
     * "| Refugees | 353.5 |" under a caption "(thousand persons)": a figure alone in a cell of a table's body counts
     * thousands. The caption is one of the two lines right over the table (a blank line may stand between).
     */
    static List<NumberMention> tableScaled(String lower, List<NumberMention> in) {
        if (!lower.contains("thous") && !lower.contains("000)") && !lower.contains("000s)")) {
            return in;
        }
        List<NumberMention> out = null;
        for (int k = 0; k < in.size(); k++) {
            NumberMention m = in.get(k);
            if (m.kind() != NumberMention.Kind.CARDINAL || m.unit() != null || !aloneInBodyCell(lower, m) || !thousandsTable(lower, m.start())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(in);
            }
            BigDecimal thousand = BigDecimal.valueOf(1000);
            NumberMention scaled = m.withValue(m.value().multiply(thousand).stripTrailingZeros(), m.end());
            if (m.valueMax() != null) {
                scaled = new NumberMention(scaled.start(), scaled.end(), scaled.value(), m.valueMax().multiply(thousand).stripTrailingZeros(),
                        scaled.kind(), scaled.unit(), scaled.bound(), false, false);
            }
            out.set(k, new NumberMention(scaled.start(), scaled.end(), plain(scaled.value()),
                    scaled.valueMax() == null ? null : plain(scaled.valueMax()), scaled.kind(), scaled.unit(), scaled.bound(), false, false));
        }
        return out == null ? in : out;
    }

    /** Whether {@code m} is all its cell holds (but for a bound's signs and a decimal tail), in a row under a table's separator. */
    private static boolean aloneInBodyCell(String lower, NumberMention m) {
        int ls = lower.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
        if (ls >= lower.length() || lower.charAt(ls) != '|') {
            return false;
        }
        int a = m.start();
        while (a > ls && " ~≈<>+c.".indexOf(lower.charAt(a - 1)) >= 0) {
            a--;
        }
        int b = m.end();
        while (b < lower.length() && (" .0+*".indexOf(lower.charAt(b)) >= 0)) {
            b++;
        }
        if (a <= ls || lower.charAt(a - 1) != '|' || b >= lower.length() || lower.charAt(b) != '|') {
            return false;
        }
        // a body row: some line above it in the same table is the separator ("| --- | --- |")
        int p = ls;
        while (p > 0) {
            int prev = lower.lastIndexOf('\n', p - 2) + 1;
            if (prev >= p || lower.charAt(prev) != '|') {
                return false;
            }
            if (lower.substring(prev, p).matches("\\|[\\s|:-]*-[\\s|:-]*\\n?")) {
                return true;
            }
            p = prev;
        }
        return false;
    }

    /** Whether one of the two lines over the table that holds {@code at} (past one blank line) gives its unit as thousands. */
    private static boolean thousandsTable(String lower, int at) {
        int p = lower.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        while (p > 0) {
            int prev = lower.lastIndexOf('\n', p - 2) + 1;
            if (lower.charAt(prev) != '|') {
                break;
            }
            p = prev;
        }
        int seen = 0;
        int blanks = 0;
        while (p > 0 && seen < 2) {
            int prev = lower.lastIndexOf('\n', p - 2) + 1;
            String line = lower.substring(prev, p - 1).strip();
            p = prev;
            if (line.isEmpty()) {
                if (++blanks > 1) {
                    return false;
                }
                continue;
            }
            seen++;
            if (THOUSANDS_CAPTION.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** A form of words that may start at word {@code i}: the index of its last word, or -1. */
    interface WordForm {
        int lastWord(Words w, int i);
    }

    /** Each stretch of words {@code form} reads, in order and none inside another: {start, end, first word, last word}. */
    static List<int[]> spans(Words w, WordForm form) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            int last = form.lastWord(w, i);
            if (last >= 0) {
                out.add(new int[] {w.start(i), w.end(last), i, last});
                i = last;
            }
        }
        return out;
    }

    /**
     * A fraction of something that starts at word {@code i} ("a fifth of", "one-third of", "half of"):
     * the index of its denominator's word, or -1.
     */
    static int fractionAt(Words w, int i) {
        if (!w.known(i)) {
            return -1;
        }
        if (NUMERATORS.contains(w.get(i)) && w.joined(i, " -") && FRACTION_WORDS.contains(w.get(i + 1)) && w.followedAfterSpaces(i + 1, "of")) {
            return i + 1;
        }
        // a denominator with no numerator is a fraction only as "half of": "the old quarter of the town" is a district
        return w.get(i).equals("half") && w.followedAfterSpaces(i, "of") ? i : -1;
    }

    /** "one in five", "one in every four" (two to ten) that starts at word {@code i}: the index of its denominator's word, or -1. */
    static int oneInAt(Words w, int i) {
        if (!w.known(i) || !w.get(i).equals("one") || !w.followedAfterSpaces(i, "in")) {
            return -1;
        }
        int d = w.followedAfterSpaces(i + 1, "every") ? i + 3 : i + 2;
        if (d >= w.size() || !w.known(d) || w.start(d) - w.end(d - 1) < 1 || !w.followedAfterSpaces(d - 1, w.get(d))) {
            return -1;
        }
        Integer den = SMALL.get(w.get(d));
        return den != null && den >= 2 && den <= 10 && !w.joined(d, "-") ? d : -1;
    }

    /** An ordinal written in words that starts at word {@code i} ("thirty-first", "twentieth"): the index of its last word, or -1. */
    static int ordinalAt(Words w, int i) {
        if (!w.known(i)) {
            return -1;
        }
        if (TENS.containsKey(w.get(i)) && w.joined(i, " -") && UNIT_ORDINALS.contains(w.get(i + 1))) {
            return i + 1;
        }
        return ORDINALS.contains(w.get(i)) ? i : -1;
    }

    /** {@code digits} without its group separators. */
    private static String withoutGroupSeparators(String digits) {
        StringBuilder out = null;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (GROUP_SEPARATORS.indexOf(c) >= 0) {
                if (out == null) {
                    out = new StringBuilder(digits.substring(0, i));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? digits : out.toString();
    }

    /** "1.275": one to three digits, a point, three digits ({@code \d{1,3}\.\d{3}}). */
    private static boolean isThousandsPoint(String digits) {
        int point = digits.indexOf('.');
        return point >= 1 && point <= 3 && digits.length() == point + 4 && isBareDigits(digits.substring(0, point)) && isBareDigits(digits.substring(point + 1));
    }

    /** Only ASCII digits, at least one ({@code \d+}). */
    private static boolean isBareDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!AnchoredPattern.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /**
     * "a quarter of a century", "three quarters of a century": a whole number of years, the span from
     * the fraction through its time word; a fraction of any other time, or not a whole number of years, is no figure.
     */
    private static void timeFraction(List<NumberMention> raw, boolean[] taken, int start, int n, int den, Matcher time) {
        Integer years = YEARS_IN.get(time.group(1));
        if (years == null || n <= 0 || n >= den || (years * n) % den != 0) {
            return;
        }
        raw.add(new NumberMention(start, time.end(), BigDecimal.valueOf((long) years * n / den), null, NumberMention.Kind.CARDINAL, "years", null, false, false));
        mark(taken, start, time.end());
    }

    /** What a number carries right after it: an ordinal suffix, a decade's "s", a multiplier, "%", "-year", "+". */
    private static NumberMention suffixes(String lower, NumberMention m) {
        Matcher ord = matchAfter(ORDINAL_SUFFIX, "snrt", lower, m.end());
        if (m.plain() && ord != null) {
            return new NumberMention(m.start(), ord.end(), m.value(), null, NumberMention.Kind.ORDINAL, null, null, false, false);
        }
        int e = m.end();
        if (m.plain() && e - m.start() == 4 && lower.startsWith("s", e) && (e + 1 == lower.length() || !Character.isLetter(lower.charAt(e + 1)))) {
            return new NumberMention(m.start(), e + 1, m.value(), null, NumberMention.Kind.DECADE, null, null, false, false);
        }
        Matcher mul = spacesThen(lower, m.end(), "mtb") ? matchAfter(MULTIPLIER, " \u00A0", lower, m.end()) : null;
        if (mul != null) {
            m = m.withValue(plain(m.value().multiply(BigDecimal.valueOf(SCALES.getOrDefault(mul.group(1), mul.group(1).startsWith("b") ? 1_000_000_000L : 1_000_000L)))), mul.end());
        }
        Matcher pct = spacesThen(lower, m.end(), "%p") ? matchAfter(PERCENT, "% \u00A0", lower, m.end()) : null;
        if (pct != null) {
            return m.withUnit("percent", pct.end());
        }
        Matcher unit = matchAfter(UNIT_SUFFIX, "-\u2010\u2011", lower, m.end());
        if (unit != null && unit.group(1).equals("decade")) {
            // "a three-decade occupation": thirty years
            return m.withValue(plain(m.value().multiply(BigDecimal.TEN)), m.end()).withUnit("years", unit.end());
        }
        if (unit != null) {
            return m.withUnit(unit.group(1) + "s", unit.end());
        }
        if (lower.startsWith("+", m.end())) {
            return m.withBound(Qualifier.AT_LEAST, m.end() + 1);
        }
        return m;
    }

    /**
     * {@code p} (anchored with ^) matched against the rest of {@code lower} from {@code from}, as on
     * {@code lower.substring(from)}, when the next char is one of {@code firstChars}, the chars a
     * match of {@code p} starts with; null when it does not match.
     */
    private static Matcher matchAfter(Pattern p, String firstChars, String lower, int from) {
        if (from >= lower.length() || firstChars.indexOf(lower.charAt(from)) < 0) {
            return null;
        }
        Matcher m = after(p, lower, from);
        return m.find() ? m : null;
    }

    /** Whether the first char after the spaces at {@code from} is one of {@code next} ("million" after "1.5 ", "%" after "20"). */
    private static boolean spacesThen(String lower, int from, String next) {
        int k = from;
        while (k < lower.length() && (lower.charAt(k) == ' ' || lower.charAt(k) == '\u00A0')) {
            k++;
        }
        return k < lower.length() && next.indexOf(lower.charAt(k)) >= 0;
    }

    /** {@code p} (anchored with ^) matched against the rest of {@code lower} from {@code from}, as on {@code lower.substring(from)}. */
    private static Matcher after(Pattern p, String lower, int from) {
        return p.matcher(lower).region(from, lower.length());
    }

    /**
     * "1M+", "24K": a capital M or K right after the digits (no letter after it) multiplies by a
     * million or a thousand. A small "k" does only before a word ("7k people", "10k refugees"):
     * alone, "5m" and "2k" are as often metres and kilometres.
     */
    private static NumberMention abbreviatedScale(String text, NumberMention m) {
        int e = m.end();
        if (e >= text.length() || (text.charAt(e) != 'M' && text.charAt(e) != 'K' && !(text.charAt(e) == 'k' && wordAfter(text, e + 1)))
                || e + 1 < text.length() && Character.isLetterOrDigit(text.charAt(e + 1))) {
            return m;
        }
        long scale = text.charAt(e) == 'M' ? 1_000_000L : 1_000L;
        return m.withValue(plain(m.value().multiply(BigDecimal.valueOf(scale))), e + 1);
    }

    /** A space and then a word of letters at {@code from}: "7k people". */
    private static boolean wordAfter(String text, int from) {
        return from + 1 < text.length() && text.charAt(from) == ' ' && Character.isLetter(text.charAt(from + 1));
    }

    /**
     * A number in words restated in digits in brackets right after it, as legal and formal texts
     * write it ("six hundred thirteen (580)", "twenty percent (20%)", or digits first: "14 (fourteen)"):
     * one number, from its first word through the closing bracket.
     */
    /**
     * "a fifth (20%) of the territory": a fraction in words restated as a percent in brackets is one
     * number, the percent, approximate as the fraction is.
     */
    private static List<NumberMention> fractionsRestated(String lower, List<NumberMention> raw) {
        List<NumberMention> out = null;
        for (NumberMention b : raw) {
            if (!"percent".equals(b.unit()) || b.bound() != null || b.start() < 2 || !lower.startsWith(")", b.end())) {
                continue;
            }
            Matcher f = FRACTION_BEFORE_BRACKET.matcher(lower.substring(Math.max(0, b.start() - 24), b.start()));
            if (!f.find()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(raw);
            }
            int start = b.start() - (f.end() - f.start());
            out.set(out.indexOf(b), new NumberMention(start, b.end() + 1, b.value(), null, b.kind(), b.unit(), Qualifier.APPROXIMATELY, false, false));
            out.removeIf(o -> o.start() >= start && o.end() <= b.start());   // the "one" of "one quarter (25%)"
        }
        return out == null ? raw : out;
    }

    private static List<NumberMention> restated(String lower, List<NumberMention> raw) {
        List<NumberMention> out = null;
        for (int i = 0; i + 1 < raw.size(); i++) {
            NumberMention a = raw.get(i);
            NumberMention b = raw.get(i + 1);
            // "six hundred thirteen (580)", or the other way round: "14 (fourteen)"
            boolean digitsFirst = AnchoredPattern.isDigit(lower.charAt(a.start()));
            if (a.kind() != NumberMention.Kind.CARDINAL || b.kind() != NumberMention.Kind.CARDINAL
                    || digitsFirst && AnchoredPattern.isDigit(lower.charAt(b.start()))
                    || !lower.startsWith(" (", a.end()) || b.start() != a.end() + 2 || !lower.startsWith(")", b.end())
                    || a.value().compareTo(b.value()) != 0 || b.valueMax() != null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(raw);
            }
            String unit = a.unit() != null ? a.unit() : b.unit();
            Qualifier bound = a.bound() != null ? a.bound() : b.bound();
            out.set(out.indexOf(a), new NumberMention(a.start(), b.end() + 1, a.value(), null, a.kind(), unit, bound, false, false));
            out.remove(b);
            i++;
        }
        return out == null ? raw : out;
    }

    /** Runs of number words: "six hundred and thirteen", "forty-four", "TWENTY six", "two dozen", "one million". */
    private static void readWords(String lower, Words words, List<NumberMention> out, boolean[] taken) {
        int i = 0;
        while (i < words.size()) {
            if (!words.known(i)) {
                i++;
                continue;
            }
            String first = words.get(i);
            int startIdx = i;
            boolean article = first.equals("a") && i + 1 < words.size() && adjacent(lower, words, i)
                    && isScaleOrDozen(words.get(i + 1));
            if (!isNumberWord(first) && !article || taken[words.start(i)]) {
                i++;
                continue;
            }
            long total = 0;
            long current = article ? 1 : 0;
            String last = article ? "a" : null;
            int j = article ? i + 1 : i;
            int end = words.end(i);
            boolean any = false;
            boolean half = false;
            while (j < words.size()) {
                String t = words.get(j);
                if (j > startIdx && !(article && j == i + 1)) {
                    String gap = lower.substring(words.end(j - 1), words.start(j));
                    int halfScale = andAHalfScale(lower, words, j, last);
                    if (halfScale > 0) {   // "two and a half thousand": 2,500
                        long scale = SCALES.get(words.get(halfScale));
                        total += current * scale + scale / 2;
                        current = 0;
                        last = words.get(halfScale);
                        end = words.end(halfScale);
                        j = halfScale + 1;
                        continue;
                    }
                    if (andAHalf(lower, words, j, last)) {   // "two and a half": 2.5
                        half = true;
                        end = words.end(j + 2);
                        j += 3;
                        break;
                    }
                    if (t.equals("and") && j + 1 < words.size() && last != null && (last.equals("hundred") || SCALES.containsKey(last))
                            && gap.equals(" ") && lower.startsWith(" ", words.end(j)) && isSmallOrTens(words.get(j + 1))) {
                        j++;
                        continue;
                    }
                    if (!(gap.equals(" ") || gap.equals("-") || gap.equals("\u2010") || gap.equals("\u2011"))
                            && !(gap.equals(" ") && "and".equals(words.get(j - 1)))) {
                        break;
                    }
                }
                if (!follows(last, t)) {
                    break;
                }
                if (SMALL.containsKey(t)) {
                    current += SMALL.get(t);
                } else if (TENS.containsKey(t)) {
                    current += TENS.get(t);
                } else if (t.equals("hundred")) {
                    current = (current == 0 ? 1 : current) * 100;
                } else if (t.equals("dozen")) {
                    current = (current == 0 ? 1 : current) * 12;
                } else if (SCALES.containsKey(t)) {
                    total += (current == 0 ? 1 : current) * SCALES.get(t);
                    current = 0;
                } else {
                    break;
                }
                any = true;
                last = t;
                end = words.end(j);
                j++;
            }
            if (!any) {
                i++;
                continue;
            }
            long value = total + current;
            int start = words.start(startIdx);
            String text = lower.substring(start, end);
            boolean weak = text.equals("one");
            BigDecimal v = half ? BigDecimal.valueOf(value).add(new BigDecimal("0.5")) : BigDecimal.valueOf(value);
            out.add(suffixes(lower, new NumberMention(start, end, v, null, NumberMention.Kind.CARDINAL, null, null, false, weak && !half)));
            mark(taken, start, end);
            i = j;
        }
    }

    /**
     * "and a half thousand" at word {@code j}, after a small number or a ten ("two and a half thousand",
     * "one and a half million"): the index of its scale word, or -1.
     */
    private static int andAHalfScale(String lower, Words words, int j, String last) {
        if (!andAHalf(lower, words, j, last) || j + 3 >= words.size() || !SCALES.containsKey(words.get(j + 3))
                || !lower.substring(words.end(j + 2), words.start(j + 3)).equals(" ")) {
            return -1;
        }
        return j + 3;
    }

    /** "and a half" at word {@code j}, after a small number or a ten ("two and a half"), its words one space apart. */
    private static boolean andAHalf(String lower, Words words, int j, String last) {
        if (last == null || !isSmallOrTens(last) || j + 2 >= words.size() || !words.get(j).equals("and")
                || !words.get(j + 1).equals("a") || !words.get(j + 2).equals("half")) {
            return false;
        }
        for (int k = j; k < j + 2; k++) {
            if (!lower.substring(words.end(k), words.start(k + 1)).equals(" ")) {
                return false;
            }
        }
        return true;
    }

    private static boolean follows(String last, String t) {
        if (last == null || last.equals("a")) {
            return last == null ? isNumberWord(t) : isScaleOrDozen(t);
        }
        if (SMALL.containsKey(last)) {
            return t.equals("hundred") || t.equals("dozen") || SCALES.containsKey(t);
        }
        if (TENS.containsKey(last)) {
            return (SMALL.containsKey(t) && SMALL.get(t) < 10) || t.equals("hundred") || SCALES.containsKey(t);
        }
        if (last.equals("hundred")) {
            return SMALL.containsKey(t) || TENS.containsKey(t) || SCALES.containsKey(t);
        }
        if (SCALES.containsKey(last)) {
            return SMALL.containsKey(t) || TENS.containsKey(t);
        }
        return false;
    }

    private static boolean isNumberWord(String t) {
        return SMALL.containsKey(t) || TENS.containsKey(t);
    }

    private static boolean isSmallOrTens(String t) {
        return SMALL.containsKey(t) || TENS.containsKey(t);
    }

    private static boolean isScaleOrDozen(String t) {
        return t.equals("hundred") || t.equals("dozen") || SCALES.containsKey(t);
    }

    /** Whether word {@code i + 1} follows word {@code i} after exactly one space. */
    private static boolean adjacent(String lower, Words words, int i) {
        return words.start(i + 1) == words.end(i) + 1 && lower.charAt(words.end(i)) == ' ';
    }

    /** Joins "500-1000", "500 to 1,000", "between 500 and 1,000", "from 500 to 1,000" into ranges. */
    private static List<NumberMention> ranges(String lower, List<NumberMention> raw) {
        List<NumberMention> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            NumberMention a = raw.get(i);
            // "2/5 300 people", "4/6 — 1,100": the count of a thread's post does not join the figure after it
            boolean postCount = a.start() > 0 && lower.charAt(a.start() - 1) == '/'
                    || OF_TOTAL.matcher(lower.substring(Math.max(0, a.start() - 10), a.start())).find();   // "part 3 of 5 — 58 died"
            if (!postCount && i + 1 < raw.size() && a.kind() == NumberMention.Kind.CARDINAL && a.bound() == null
                    && raw.get(i + 1).kind() == NumberMention.Kind.CARDINAL && raw.get(i + 1).value().compareTo(a.value()) > 0) {
                NumberMention b = raw.get(i + 1);
                String gap = lower.substring(a.end(), b.start());
                String before = lower.substring(Math.max(0, a.start() - 8), a.start());
                boolean dash = RANGE_DASH.matcher(gap).matches();
                boolean to = gap.equals(" to ") || gap.equals(" and ") && before.endsWith("between ");
                if (gap.equals(" and ") && !before.endsWith("between ")) {
                    to = false;
                }
                long shared = sharedScale(lower, a, b);
                // "six or seven thousand": two guesses at one count, its scale said once
                // "two, maybe three thousand", "five or perhaps six thousand": the same, spoken with a hedge between
                boolean or = shared > 1 && (gap.equals(" or ") || HEDGED_GAP.matcher(gap).matches());
                if (dash || to || or) {
                    int start = a.start();
                    if (before.endsWith("between ")) {
                        start -= "between ".length();
                    } else if (before.endsWith("from ")) {
                        start -= "from ".length();
                    }
                    String unit = b.unit() != null ? b.unit() : a.unit();
                    BigDecimal low = plain(a.value().multiply(BigDecimal.valueOf(shared)));
                    out.add(new NumberMention(start, b.end(), low, b.value(), NumberMention.Kind.CARDINAL, unit,
                            Qualifier.RANGE, a.plain() && b.plain(), false));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /**
     * The scale word the upper bound of a range carries and the lower one leaves out, as speech
     * says it ("between twenty and thirty thousand", "2 to 3 million"): 1000, 1000000, or 1 when
     * both are written whole or the lower bound scaled would pass the upper one.
     */
    private static long sharedScale(String lower, NumberMention a, NumberMention b) {
        String high = lower.substring(b.start(), b.end());
        String low = lower.substring(a.start(), a.end());
        for (Map.Entry<String, Long> s : SCALES.entrySet()) {
            if (high.endsWith(s.getKey()) && !low.endsWith(s.getKey()) && !low.contains(",")
                    && a.value().multiply(BigDecimal.valueOf(s.getValue())).compareTo(b.value()) < 0) {
                return s.getValue();
            }
        }
        return 1;
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static void mark(boolean[] taken, int s, int e) {
        for (int k = s; k < e && k < taken.length; k++) {
            taken[k] = true;
        }
    }
}
