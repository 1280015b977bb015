package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcebook.testutil.Project;

/**
 * The extractor's whole-text patterns, tried only where a match can start, find what Matcher.find
 * finds; fractions and ordinals read from words are what the patterns they replace found.
 */
class AnchoredPatternTest {
    /** What {@link NumberReader#fractionAt} reads, as a pattern. */
    private static final Pattern FRACTION = Pattern.compile(
            "(?<![\\p{L}])(?:(a|one|two|three|four)[ -](half|thirds?|quarters?|fifths?|sixths?|tenths?)|half)(?=[ ]+of(?![\\p{L}]))");
    /** What {@link NumberReader#ordinalAt} reads, as a pattern. */
    private static final Pattern ORDINAL_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
                    + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
                    + "|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth)(?![\\p{L}])");

    private static final List<String> TEXTS = List.of(
            "Call (212) 371-2559 or +994 12 492 92 48, fax 212.371.2559; 1234-567-8901 and (12)345 6789.",
            "On 26.02.1992 at 10:30 p.m., 2024-02-26, 1/2/93, 12:00:59am, 3.14.15, 99:99, .12/12/12 and 1992.",
            "1,275 hostages, 1 275 people, 1.5 million, 613+, 20%, 30-year, 500–1,000, x12, 12x, ١٢٣ and 𝐀613 𝐀 613.",
            "a fifth of them, one-third of, half of, two halves of, thirds of, A quarter of, twenty-first, hundredth, xtenth tenth.",
            "a  fifth of, a fifth  of, a fifth of-it, a fifth ofx, a fifth\nof, one--third of, half halfof, half of\u00e9, twenty - first,"
                    + " twenty-firsts, twentyfirst, thirty first second, forty-tenth, ninety-ninth, sixth sixths of, tenths of, a-half of, two half of",
            "See https://example.org/a(1), www.un.org/2024, mail@un.org, <http://x.az/12>, #Khojaly613, #613 and news.az/12/3.",
            "", "1", "(", "+", "a", "\uD835\uDC00half of it", "x\uD835\uDC00\uD835\uDC00twentieth, a-\uD835\uDC00half of, half\uD835\uDC00 of",
            "twenty-\uD835\uDC00first, \uD835\uDC00a half of, half \uD835\uDC00of, half of\uD835\uDC00, \uD83D\uDE00tenth", "é1 é 1");

    private static List<String> texts() throws IOException {
        return Project.withSourceFiles(TEXTS);
    }

    private static List<String> everyMatch(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    @Test
    void findsWhatMatcherFindFinds() throws IOException {
        for (AnchoredPattern p : List.of(NumberReader.DIGITS, Exclusions.PHONES,
                Exclusions.NUMERIC_DATES)) {
            for (String text : texts()) {
                for (String t : List.of(text, Text.lower(text))) {
                    List<String> want = everyMatch(p.pattern(), t);
                    assertEquals(want, p.spans(t).stream().map(s -> s[0] + "-" + s[1]).toList(), () -> p.pattern() + " in: " + t);
                    assertEquals(want, p.spans(NumberReader.starts(t)).stream().map(s -> s[0] + "-" + s[1]).toList(),
                            () -> p.pattern() + " at the number starts of: " + t);
                }
            }
        }
    }

    @Test
    void fractionsAndOrdinalsAreReadFromWordsAsThePatternsFoundThem() throws IOException {
        for (String text : texts()) {
            for (String t : List.of(text, Text.lower(text))) {
                Words w = NumberReader.words(t).asLookbehindSees();
                assertEquals(everyMatch(FRACTION, t), NumberReader.spans(w, NumberReader::fractionAt).stream().map(s -> s[0] + "-" + s[1]).toList(),
                        () -> "fractions in: " + t);
                assertEquals(everyMatch(ORDINAL_WORD, t), NumberReader.spans(w, NumberReader::ordinalAt).stream().map(s -> s[0] + "-" + s[1]).toList(),
                        () -> "ordinals in: " + t);
            }
        }
    }

    @Test
    void wordsAreWhatLetterRunsFind() throws IOException {
        for (String text : texts()) {
            Words w = NumberReader.words(text);
            List<String> got = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                got.add(w.start(i) + "-" + w.end(i));
            }
            assertEquals(everyMatch(Pattern.compile("\\p{L}+"), text), got, () -> "words of: " + text);
        }
    }

    @Test
    void wordsBeforeANumberAreFoundAsByThePatterns() throws IOException {
        List<String> tails = new ArrayList<>();
        for (String text : texts()) {
            for (int end = 0; end <= text.length(); end += 7) {
                tails.add(text.substring(Math.max(0, end - 30), end));
            }
        }
        String alphabet = "ab.#№ \t\n\r,&1(\u2028\u0085\uD835\uDC00x\u00e9";
        java.util.Random random = new java.util.Random(6);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(random.nextInt(4) == 0 ? "and " : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            tails.add(sb.toString());
        }
        for (String t : tails) {
            Matcher doc = Exclusions.DOC_WORD_BEFORE.matcher(t);
            assertEquals(doc.find() ? doc.group(1) : null, Exclusions.documentWordBefore(t), () -> "document word before: " + t);
            if (Exclusions.LIST_BEFORE.matcher(t).find()) {
                assertEquals(true, Exclusions.mayEndWithSeparator(t), () -> "list before: " + t);
            }
            assertEquals(everyMatch(Exclusions.WORD_BEFORE.pattern(), t), Exclusions.WORD_BEFORE.spans(t).stream().map(s -> s[0] + "-" + s[1]).toList(),
                    () -> "word before: " + t);
        }
    }

    @Test
    void urlsAndHashtagsAreFoundInTheWordsAroundANumber() throws IOException {
        for (Pattern p : List.of(Exclusions.URLS, Exclusions.HASHTAGS)) {
            String marks = p == Exclusions.URLS ? Exclusions.URL_MARKS : "#";
            for (String text : texts()) {
                List<int[]> all = new ArrayList<>();
                Matcher m = p.matcher(text);
                while (m.find()) {
                    all.add(new int[] {m.start(), m.end()});
                }
                for (int s = 0; s < text.length(); s++) {
                    for (int e = s + 1; e <= Math.min(text.length(), s + 12); e += 3) {
                        int from = s;
                        int to = e;
                        boolean want = all.stream().anyMatch(x -> from < x[1] && to > x[0]);
                        assertEquals(want, Exclusions.inWordsAround(p, marks, text, s, e), () -> p + " at [" + from + ", " + to + ") of: " + text);
                    }
                }
            }
        }
    }
}
