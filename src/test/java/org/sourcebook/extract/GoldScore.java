package org.sourcebook.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcebook.model.Claim;

/**
 * Scores claims against a gold file the way ../shared/tools/score-claims does: a claim matches a
 * gold claim on source, fact, value and value_max; claims sharing those and attributed_to count
 * once; optional gold claims are neither missed nor false alarms; attribution is right when the
 * two names share a word of four letters or more. Only sources named in the gold are scored.
 */
record GoldScore(int tp, int fp, int fn, int qualifiersRight, int attributed, int attributionsRight, String report) {
    private static final ObjectMapper JSON = new ObjectMapper();

    double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double qualifierAccuracy() {
        return tp == 0 ? 0 : qualifiersRight / (double) tp;
    }

    double attributionAccuracy() {
        return attributed == 0 ? 1 : attributionsRight / (double) attributed;
    }

    String line() {
        return String.format(Locale.ROOT, "claims: precision=%.3f recall=%.3f f1=%.3f qualifier_accuracy=%.3f attribution_accuracy=%.3f",
                precision(), recall(), f1(), qualifierAccuracy(), attributionAccuracy());
    }

    static List<JsonNode> readGold(Path jsonl) throws IOException {
        List<JsonNode> gold = new ArrayList<>();
        for (String line : Files.readString(jsonl, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                gold.add(JSON.readTree(line));
            }
        }
        return gold;
    }

    static GoldScore of(List<JsonNode> gold, List<Claim> claims) {
        Set<String> scored = gold.stream().map(g -> g.get("source").asText()).collect(Collectors.toSet());
        Map<String, Integer> required = new HashMap<>();
        Map<String, Integer> optional = new HashMap<>();
        Map<String, List<String>> quals = new HashMap<>();
        Map<String, List<String>> attrib = new HashMap<>();
        for (JsonNode g : gold) {
            String k = key(g.get("source").asText(), g.get("fact").asText(), g.get("value").decimalValue(),
                    g.hasNonNull("value_max") ? g.get("value_max").decimalValue() : null);
            if (g.path("optional").asBoolean(false)) {
                optional.merge(k, 1, Integer::sum);
                continue;
            }
            required.merge(k, 1, Integer::sum);
            quals.computeIfAbsent(k, x -> new ArrayList<>()).add(g.get("qualifier").asText());
            if (g.hasNonNull("attributed_to")) {
                attrib.computeIfAbsent(k, x -> new ArrayList<>()).add(g.get("attributed_to").asText());
            }
        }
        Set<String> seen = new HashSet<>();
        int tp = 0;
        int fp = 0;
        int qualOk = 0;
        int attrTotal = 0;
        int attrOk = 0;
        StringBuilder report = new StringBuilder();
        for (Claim c : claims) {
            if (!scored.contains(c.source())) {
                continue;
            }
            String k = key(c.source(), c.fact(), c.value(), c.valueMax());
            String who = c.attributedTo() == null ? "" : c.attributedTo().strip().toLowerCase(Locale.ROOT);
            if (!seen.add(k + "|" + who)) {
                continue;
            }
            if (required.getOrDefault(k, 0) > 0) {
                required.merge(k, -1, Integer::sum);
                tp++;
                if (quals.get(k).remove(c.qualifier().id())) {
                    qualOk++;
                } else {
                    report.append("qualifier ").append(c.qualifier().id()).append(" not in ").append(quals.get(k)).append(": ").append(k).append('\n');
                }
                List<String> want = attrib.getOrDefault(k, new ArrayList<>());
                if (!want.isEmpty()) {
                    String w = want.remove(0);
                    attrTotal++;
                    Set<String> shared = words(w);
                    shared.retainAll(words(c.attributedTo()));
                    if (!shared.isEmpty()) {
                        attrOk++;
                    } else {
                        report.append("attribution '").append(c.attributedTo()).append("', gold '").append(w).append("': ").append(k).append('\n');
                    }
                }
            } else if (optional.getOrDefault(k, 0) > 0) {
                optional.merge(k, -1, Integer::sum);
            } else {
                fp++;
                report.append("false alarm: ").append(k).append(" '").append(c.quote()).append("'\n");
            }
        }
        int fn = 0;
        for (Map.Entry<String, Integer> e : required.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                fn++;
                report.append("miss: ").append(e.getKey()).append('\n');
            }
        }
        return new GoldScore(tp, fp, fn, qualOk, attrTotal, attrOk, report.toString());
    }

    private static Set<String> words(String s) {
        if (s == null) {
            return new LinkedHashSet<>();
        }
        StringBuilder b = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> b.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : ' '));
        return Arrays.stream(b.toString().split("\\s+")).filter(w -> w.length() >= 4).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String key(String source, String fact, BigDecimal value, BigDecimal max) {
        return source + " " + fact + "=" + value.stripTrailingZeros().toPlainString()
                + (max == null ? "" : "-" + max.stripTrailingZeros().toPlainString());
    }
}
