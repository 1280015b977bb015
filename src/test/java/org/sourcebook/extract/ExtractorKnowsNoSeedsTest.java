package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.FrontMatterSplitter;
import org.sourcebook.testutil.Project;

/**
 * The extractor must be general: no seed slug, no distinctive seed figure and no run of a seed
 * sentence may appear anywhere in its code, grammar or comments (issue 3). The seeds are the
 * sources of the seed gold file in the test resources (a copy of ../shared/gold/seed-claims.jsonl)
 * with their bodies from content/sources; a figure is distinctive when it is 50 or more and not a
 * multiple of ten (613, 1,275, 487, 63 …: round numbers such as 1,000 or 150 are grammar too).
 */
class ExtractorKnowsNoSeedsTest {
    /** Words in a row that count as a copied sentence. */
    private static final int RUN = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static Map<String, String> extractorFiles;
    private static final TreeSet<String> slugs = new TreeSet<>();
    private static final TreeSet<Long> figures = new TreeSet<>();

    @BeforeAll
    static void read() throws IOException {
        extractorFiles = new LinkedHashMap<>();
        for (Path dir : List.of(Project.dir().resolve("src/main/java/org/sourcebook/extract"),
                Project.dir().resolve("src/main/resources/org/sourcebook/extract"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    extractorFiles.put(Project.dir().relativize(f).toString(), Files.readString(f));
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = ExtractorKnowsNoSeedsTest.class.getResourceAsStream("/extract/seed-claims.jsonl");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode claim = json.readTree(line);
                slugs.add(claim.get("source").asText());
                for (String field : List.of("value", "value_max")) {
                    long v = claim.path(field).asLong(0);
                    if (v >= 50 && v % 10 != 0) {
                        figures.add(v);
                    }
                }
            }
        }
    }

    @Test
    void theGoldNamesTheFiveSeedsAndTheirFigures() {
        assertEquals(5, slugs.size(), "seed slugs " + slugs);
        // the check below must have figures to look for, or it could not fail
        assertFalse(figures.isEmpty());
    }

    @Test
    void noSeedSlugAppears() {
        List<String> found = new ArrayList<>();
        extractorFiles.forEach((file, text) -> slugs.stream().filter(text::contains).forEach(s -> found.add(file + ": " + s)));
        assertEquals(List.of(), found);
    }

    @Test
    void noDistinctiveSeedFigureAppears() {
        List<String> found = new ArrayList<>();
        extractorFiles.forEach((file, text) -> {
            for (long v : figures) {
                Matcher m = figurePattern(v).matcher(text);
                while (m.find()) {
                    found.add(file + " line " + lineOf(text, m.start()) + ": " + m.group());
                }
            }
        });
        assertEquals(List.of(), found);
    }

    @Test
    void noRunOfASeedSentenceAppears() throws IOException {
        Map<String, String> code = new LinkedHashMap<>();
        extractorFiles.forEach((file, text) -> code.put(file, " " + String.join(" ", words(text)) + " "));
        List<String> found = new ArrayList<>();
        for (String slug : slugs) {
            List<String> words = words(FrontMatterSplitter.split(Files.readString(Project.content().resolve("sources/" + slug + ".md"))).orElseThrow().body());
            for (int i = 0; i + RUN <= words.size(); i++) {
                String run = " " + String.join(" ", words.subList(i, i + RUN)) + " ";
                code.forEach((file, text) -> {
                    if (text.contains(run)) {
                        found.add(file + ": \"" + run.strip() + "\" (" + slug + ")");
                    }
                });
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        // the same matchers on a text that does hold a seed's figure and a run of its words
        assertFalse(figurePattern(figures.first()).matcher("// e.g. \"" + grouped(figures.first()) + " people\"").results().toList().isEmpty());
        assertEquals(List.of("a", "b1"), words("A, b1!"));
    }

    /** The figure as digits, alone, with or without a thousands separator (a comma, a space or a narrow space). */
    private static Pattern figurePattern(long v) {
        String digits = Long.toString(v);
        String grouped = digits.length() > 3
                ? Pattern.quote(digits.substring(0, digits.length() - 3)) + "[,\\u00a0\\u202f ]?" + Pattern.quote(digits.substring(digits.length() - 3))
                : Pattern.quote(digits);
        return Pattern.compile("(?<![\\p{L}\\p{N}.,])" + grouped + "(?![\\p{L}\\p{N}]|[.,]\\d)");
    }

    private static String grouped(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
