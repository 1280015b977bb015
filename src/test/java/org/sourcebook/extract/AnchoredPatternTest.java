package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The extractor's whole-text patterns, tried only where a match can start, find what Matcher.find finds. */
class AnchoredPatternTest {
    private static final List<String> TEXTS = List.of(
            "Call (212) 371-2559 or +994 12 492 92 48, fax 212.371.2559; 1234-567-8901 and (12)345 6789.",
            "On 26.02.1992 at 10:30 p.m., 2024-02-26, 1/2/93, 12:00:59am, 3.14.15, 99:99, .12/12/12 and 1992.",
            "1,275 hostages, 1 275 people, 1.5 million, 613+, 20%, 30-year, 500–1,000, x12, 12x, ١٢٣ and 𝐀613 𝐀 613.",
            "a fifth of them, one-third of, half of, two halves of, thirds of, A quarter of, twenty-first, hundredth, xtenth tenth.",
            "See https://example.org/a(1), www.un.org/2024, mail@un.org, <http://x.az/12>, #Khojaly613, #613 and news.az/12/3.",
            "", "1", "(", "+", "a", "\uD835\uDC00half of it", "é1 é 1");

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(TEXTS);
        try (Stream<Path> files = Files.list(SeedScoreTest.projectDir().resolve("content/sources"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        return texts;
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
        for (AnchoredPattern p : List.of(NumberReader.DIGITS, NumberReader.FRACTION, NumberReader.ORDINAL_WORD, Exclusions.PHONES,
                Exclusions.NUMERIC_DATES)) {
            for (String text : texts()) {
                for (String t : List.of(text, Text.lower(text))) {
                    List<String> got = p.spans(t).stream().map(s -> s[0] + "-" + s[1]).toList();
                    assertEquals(everyMatch(p.pattern(), t), got, () -> p.pattern() + " in: " + t);
                }
            }
        }
    }

    @Test
    void urlsAndHashtagsAreFoundInTheWordsAroundANumber() throws IOException {
        for (Pattern p : List.of(Exclusions.URLS, Exclusions.HASHTAGS)) {
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
                        assertEquals(want, Exclusions.inWordsAround(p, text, s, e), () -> p + " at [" + from + ", " + to + ") of: " + text);
                    }
                }
            }
        }
    }
}
