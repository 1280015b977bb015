package org.sourcebook.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.model.Qualifier;

/**
 * Finds every number written in a text: digits with separators (1,275 · 1 275 · 1.5 million),
 * number words (six · forty-four · twenty six · six hundred and thirteen · two dozen), fractions
 * ("a fifth of" → 20 percent), percent, "613+", ordinals, and two-bound ranges ("500-1000",
 * "between 500 and 1,000", "from 500 to 1,000").
 */
public final class NumberReader {
    static final AnchoredPattern DIGITS = new AnchoredPattern(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?)", AnchoredPattern.DIGIT);
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile("^(?:st|nd|rd|th)(?![\\p{L}])");
    private static final Pattern MULTIPLIER = Pattern.compile("^[ \\u00A0]+(million|thousand|billion|mln|bn)(?![\\p{L}])");
    private static final Pattern PERCENT = Pattern.compile("^(?:[ \\u00A0]?%|[ \\u00A0]+(?:percent|per cent|pct)(?![\\p{L}]))");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("^[-\\u2010\\u2011](year|day|month|week|hour)s?(?:[-\\u2010\\u2011](?:long|old))?(?![\\p{L}])");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    static final AnchoredPattern FRACTION = new AnchoredPattern(
            "(?<![\\p{L}])(?:(a|one|two|three|four)[ -])?(half|thirds?|quarters?|fifths?|sixths?|tenths?)(?=[ ]+of(?![\\p{L}]))",
            AnchoredPattern.WORD_START);
    static final AnchoredPattern ORDINAL_WORD = new AnchoredPattern(
            "(?<![\\p{L}])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
                    + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
                    + "|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth)(?![\\p{L}])",
            AnchoredPattern.WORD_START);
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
    private static final Map<String, Integer> DENOMINATORS = Map.of("half", 2, "third", 3, "quarter", 4, "fifth", 5, "sixth", 6, "tenth", 10);

    private NumberReader() {
    }

    /** Every number of {@code text}, in order of position. */
    public static List<NumberMention> read(String text) {
        return read(text, Text.lower(text));
    }

    /** The same, given the text's {@link Text#lower} form. */
    static List<NumberMention> read(String text, String lower) {
        List<NumberMention> raw = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        AnchoredPattern.Finder f = FRACTION.in(lower);
        while (f.find()) {
            String num = f.group(1);
            String den = f.group(2).replaceAll("s$", "");
            int n = num == null || num.equals("a") ? 1 : SMALL.get(num);
            if (den.equals("half") && n != 1) {
                continue;
            }
            BigDecimal pct = BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(DENOMINATORS.get(den)), 1, RoundingMode.HALF_UP).stripTrailingZeros();
            raw.add(new NumberMention(f.start(), f.end(), plain(pct), null, NumberMention.Kind.FRACTION, "percent", Qualifier.APPROXIMATELY, false, false));
            mark(taken, f.start(), f.end());
        }
        AnchoredPattern.Finder o = ORDINAL_WORD.in(lower);
        while (o.find()) {
            if (!taken[o.start()]) {
                raw.add(new NumberMention(o.start(), o.end(), BigDecimal.ZERO, null, NumberMention.Kind.ORDINAL, null, null, false, false));
                mark(taken, o.start(), o.end());
            }
        }
        readWords(lower, raw, taken);
        AnchoredPattern.Finder d = DIGITS.in(text);
        while (d.find()) {
            if (taken[d.start()]) {
                continue;
            }
            String digits = d.group(1);
            String clean = digits.replaceAll("[, \\u00A0\\u202F]", "");
            if (digits.matches("\\d{1,3}\\.\\d{3}") && !lower.substring(d.end()).matches("(?s)^\\s*(?:%|per|million|billion|thousand|mln|bn).*")) {
                clean = clean.replace(".", "");   // "1.275 people": a thousands point
            }
            BigDecimal v = new BigDecimal(clean);
            boolean plain = digits.matches("\\d+");
            raw.add(suffixes(text, lower, new NumberMention(d.start(), d.end(), plain(v), null, NumberMention.Kind.CARDINAL, null, null, plain, false)));
        }
        raw.sort(Comparator.comparingInt(NumberMention::start));
        return ranges(lower, raw);
    }

    private static NumberMention suffixes(String text, String lower, NumberMention m) {
        String rest = lower.substring(m.end());
        Matcher ord = ORDINAL_SUFFIX.matcher(rest);
        if (m.plain() && ord.find()) {
            return new NumberMention(m.start(), m.end() + ord.end(), m.value(), null, NumberMention.Kind.ORDINAL, null, null, false, false);
        }
        if (m.plain() && m.end() - m.start() == 4 && rest.startsWith("s") && (rest.length() == 1 || !Character.isLetter(rest.charAt(1)))) {
            return new NumberMention(m.start(), m.end() + 1, m.value(), null, NumberMention.Kind.DECADE, null, null, false, false);
        }
        Matcher mul = MULTIPLIER.matcher(rest);
        if (mul.find()) {
            m = m.withValue(plain(m.value().multiply(BigDecimal.valueOf(SCALES.getOrDefault(mul.group(1), mul.group(1).startsWith("b") ? 1_000_000_000L : 1_000_000L)))), m.end() + mul.end());
            rest = lower.substring(m.end());
        }
        Matcher pct = PERCENT.matcher(rest);
        if (pct.find()) {
            return m.withUnit("percent", m.end() + pct.end());
        }
        Matcher unit = UNIT_SUFFIX.matcher(rest);
        if (unit.find()) {
            return m.withUnit(unit.group(1) + "s", m.end() + unit.end());
        }
        if (rest.startsWith("+")) {
            return m.withBound(Qualifier.AT_LEAST, m.end() + 1);
        }
        return m;
    }

    /** Runs of number words: "six hundred and thirteen", "forty-four", "TWENTY six", "two dozen", "one million". */
    private static void readWords(String lower, List<NumberMention> out, boolean[] taken) {
        Matcher w = WORD.matcher(lower);
        List<int[]> words = new ArrayList<>();
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int i = 0;
        while (i < words.size()) {
            String first = word(lower, words.get(i));
            int startIdx = i;
            boolean article = first.equals("a") && i + 1 < words.size() && adjacent(lower, words.get(i), words.get(i + 1))
                    && isScaleOrDozen(word(lower, words.get(i + 1)));
            if (!isNumberWord(first) && !article || taken[words.get(i)[0]]) {
                i++;
                continue;
            }
            long total = 0;
            long current = article ? 1 : 0;
            String last = article ? "a" : null;
            int j = article ? i + 1 : i;
            int end = words.get(i)[1];
            boolean any = false;
            while (j < words.size()) {
                String t = word(lower, words.get(j));
                if (j > startIdx && !(article && j == i + 1)) {
                    String gap = lower.substring(words.get(j - 1)[1], words.get(j)[0]);
                    if (t.equals("and") && j + 1 < words.size() && last != null && (last.equals("hundred") || SCALES.containsKey(last))
                            && gap.equals(" ") && lower.startsWith(" ", words.get(j)[1]) && isSmallOrTens(word(lower, words.get(j + 1)))) {
                        j++;
                        continue;
                    }
                    if (!(gap.equals(" ") || gap.equals("-") || gap.equals("\u2010") || gap.equals("\u2011"))
                            && !(gap.equals(" ") && "and".equals(word(lower, words.get(j - 1))))) {
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
                end = words.get(j)[1];
                j++;
            }
            if (!any) {
                i++;
                continue;
            }
            long value = total + current;
            int start = words.get(startIdx)[0];
            String text = lower.substring(start, end);
            boolean weak = text.equals("one");
            out.add(suffixes(lower, lower, new NumberMention(start, end, BigDecimal.valueOf(value), null, NumberMention.Kind.CARDINAL, null, null, false, weak)));
            mark(taken, start, end);
            i = j;
        }
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

    private static boolean adjacent(String lower, int[] a, int[] b) {
        return lower.substring(a[1], b[0]).equals(" ");
    }

    private static String word(String lower, int[] span) {
        return lower.substring(span[0], span[1]);
    }

    /** Joins "500-1000", "500 to 1,000", "between 500 and 1,000", "from 500 to 1,000" into ranges. */
    private static List<NumberMention> ranges(String lower, List<NumberMention> raw) {
        List<NumberMention> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            NumberMention a = raw.get(i);
            if (i + 1 < raw.size() && a.kind() == NumberMention.Kind.CARDINAL && a.bound() == null
                    && raw.get(i + 1).kind() == NumberMention.Kind.CARDINAL && raw.get(i + 1).value().compareTo(a.value()) > 0) {
                NumberMention b = raw.get(i + 1);
                String gap = lower.substring(a.end(), b.start());
                String before = lower.substring(Math.max(0, a.start() - 8), a.start());
                boolean dash = gap.matches("\\s?[\u2013\u2014]\\s?|-");
                boolean to = gap.equals(" to ") || gap.equals(" and ") && before.endsWith("between ");
                if (gap.equals(" and ") && !before.endsWith("between ")) {
                    to = false;
                }
                if (dash || to) {
                    int start = a.start();
                    if (before.endsWith("between ")) {
                        start -= "between ".length();
                    } else if (before.endsWith("from ")) {
                        start -= "from ".length();
                    }
                    String unit = b.unit() != null ? b.unit() : a.unit();
                    out.add(new NumberMention(start, b.end(), a.value(), b.value(), NumberMention.Kind.CARDINAL, unit,
                            Qualifier.RANGE, a.plain() && b.plain(), false));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
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
