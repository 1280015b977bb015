package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcebook.build.ArchiveLoader;
import org.sourcebook.build.LoadedArchive;
import org.sourcebook.content.Source;
import org.sourcebook.model.Claim;

/**
 * Runs the real pipeline on the five seed statements and scores its claims against the gold
 * file (a copy of ../shared/gold/seed-claims.jsonl), the way score-claims does: a claim matches a
 * gold claim on source, fact, value and value_max; a repeated figure counts once.
 */
class SeedScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path projectDir() {
        return Path.of(System.getProperty("sourcebook.projectDir", "."));
    }

    @Test
    void seedsScoreAtLeastTheTarget() throws IOException {
        LoadedArchive loaded = ArchiveLoader.load(projectDir().resolve("content"));
        assertTrue(loaded.ok(), () -> "content has errors: " + loaded.diagnostics());
        List<Claim> claims = loaded.archive().claims();
        for (Claim c : claims) {
            Source s = loaded.archive().expectSource(c.source());
            assertTrue(s.body().substring(c.start(), c.end()).equals(c.quote()), () -> "offsets do not give the quote: " + c);
        }
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "sourcebook-extract-claims.json");
        JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), Map.of("claims", claims));

        List<JsonNode> gold = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/extract/seed-claims.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    gold.add(JSON.readTree(line));
                }
            }
        }
        Map<String, List<String>> goldQuotes = new HashMap<>();
        for (JsonNode g : gold) {
            goldQuotes.computeIfAbsent(GoldScore.key(g.get("source").asText(), g.get("fact").asText(), g.get("value").decimalValue(),
                    g.hasNonNull("value_max") ? g.get("value_max").decimalValue() : null), x -> new ArrayList<>()).add(g.get("quote").asText());
        }
        StringBuilder quoteReport = new StringBuilder();
        for (Claim c : claims) {
            List<String> want = goldQuotes.get(GoldScore.key(c.source(), c.fact(), c.value(), c.valueMax()));
            if (want != null) {
                String problem = quoteProblem(loaded.archive().schema(), loaded.archive().expectSource(c.source()).body(), c, want);
                if (problem != null) {
                    quoteReport.append(problem).append('\n');
                }
            }
        }
        assertTrue(quoteReport.length() == 0, () -> "quotes that do not say what they count:\n" + quoteReport);
        GoldScore score = GoldScore.of(gold, claims);
        System.out.println(score.report() + score.line());
        assertTrue(score.f1() >= 0.98 && score.qualifierAccuracy() >= 0.95, () -> score.report() + score.line());
    }

    /**
     * Why a seed claim's quote does not state what it counts, or null: the quote must hold a cue of its
     * fact (a word, a noun, or for a measure its unit), and every cue the gold quote holds, unless the
     * source's line ends where the quote does ("became" at a line break).
     */
    static String quoteProblem(org.sourcebook.model.FactSchema schema, String body, Claim c, List<String> goldQuotes) {
        if (goldQuotes.contains(c.quote())) {
            return null;
        }
        Map<String, List<String>> measures = Grammar.defaults().lists("measure_units");
        FactCues cues = FactCues.of(schema, measures.keySet()).stream().filter(f -> f.id().equals(c.fact())).findFirst().orElseThrow();
        List<String> all = new ArrayList<>(cues.words());
        all.addAll(cues.nouns());
        if (cues.measure() != null) {
            all.addAll(measures.get(cues.measure()));
        }
        String quote = Text.lower(c.quote());
        boolean lineEnds = c.end() >= body.length() || body.charAt(c.end()) == '\n';
        if (!lineEnds && all.stream().noneMatch(w -> Text.find(quote, w, 0, quote.length()) >= 0
                || cues.measure() != null && quote.contains(w))) {
            return c.source() + " " + c.fact() + ": '" + c.quote() + "' holds none of its fact's cues";
        }
        String why = null;
        for (String gq : goldQuotes) {
            String g = Text.lower(gq);
            List<String> lost = all.stream().filter(w -> Text.find(g, w, 0, g.length()) >= 0 && Text.find(quote, w, 0, quote.length()) < 0).toList();
            if (lost.isEmpty()) {
                return null;
            }
            why = c.source() + " " + c.fact() + ": '" + c.quote() + "' lacks " + lost + " of the gold quote '" + gq + "'";
        }
        return why;
    }
}
