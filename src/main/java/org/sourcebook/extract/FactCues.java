package org.sourcebook.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sourcebook.model.FactDef;
import org.sourcebook.model.FactSchema;

/**
 * The cues of one fact, read from its {@code cues:} block in content/facts.yaml:
 * <pre>
 * cues:
 *   counts: people          # a noun class of the grammar whose nouns this fact counts
 *   nouns: [women, girls]   # nouns that name what is counted (right after the number)
 *   words: [killed, died]   # words or phrases near the number that say what happened (trailing * = prefix)
 *   scope: [Velin]        # words in the sentence that place the figure (nearest scope wins between facts)
 *   scope_required: true    # the fact needs one of its scope words in the sentence
 *   not: [wounded]          # words near the number that rule this fact out
 *   owners: [parliaments of] # words right before the number that name what each counted thing is
 *                            # ("the parliaments of 15 States" counts countries, whatever the noun)
 *   at_most: 10000          # no figure of this fact is larger (a town's dead cannot outnumber its people):
 *                            # a larger one is another event's or the whole war's
 *   not_before: 1992        # the year of the event: a figure its sentence dates by an earlier year
 *                            # ("In 1945, 212 residents were killed") is another event's
 * </pre>
 * A sub-fact without {@code words} (or {@code scope}, {@code at_most}, {@code not_before}) uses its parent's. A fact whose
 * {@code unit} is a measure of the grammar (percent, years, days, ...) matches only numbers
 * written with that measure.
 */
record FactCues(FactDef fact, String counts, List<String> nouns, List<String> words, List<String> scope,
                boolean scopeRequired, List<String> not, String measure, List<String> owners, BigDecimal atMost,
                Integer notBefore) {

    static List<FactCues> of(FactSchema schema, Set<String> measures) {
        List<FactCues> out = new ArrayList<>();
        for (FactDef f : schema.all()) {
            JsonNode c = f.cues();
            FactDef parent = f.parent() == null ? null : schema.find(f.parent()).orElse(null);
            JsonNode pc = parent == null ? null : parent.cues();
            List<String> words = strings(c, "words");
            if (words.isEmpty()) {
                words = strings(pc, "words");
            }
            if (words.isEmpty() && (c == null || c.isEmpty())) {
                words = labelWords(f);
            }
            List<String> scope = strings(c, "scope");
            boolean required = c != null && c.path("scope_required").asBoolean(false);
            if (scope.isEmpty() && pc != null) {
                scope = strings(pc, "scope");
                required = pc.path("scope_required").asBoolean(false);
            }
            String counts = c == null || !c.hasNonNull("counts") ? null : c.get("counts").asText().toLowerCase(Locale.ROOT);
            String unit = f.unit() == null ? null : f.unit().toLowerCase(Locale.ROOT);
            String measure = unit != null && measures.contains(unit) ? unit : null;
            BigDecimal atMost = c != null && c.path("at_most").isNumber() ? c.get("at_most").decimalValue()
                    : pc != null && pc.path("at_most").isNumber() ? pc.get("at_most").decimalValue() : null;
            Integer notBefore = c != null && c.path("not_before").isIntegralNumber() ? Integer.valueOf(c.get("not_before").asInt())
                    : pc != null && pc.path("not_before").isIntegralNumber() ? Integer.valueOf(pc.get("not_before").asInt()) : null;
            out.add(new FactCues(f, counts, strings(c, "nouns"), words, scope, required, strings(c, "not"), measure, strings(c, "owners"), atMost,
                    notBefore));
        }
        return List.copyOf(out);
    }

    /** A fact nobody wrote cues for is found by the words of its label. */
    private static List<String> labelWords(FactDef f) {
        List<String> out = new ArrayList<>();
        for (String w : (f.label() == null ? "" : f.label()).toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (w.length() > 4) {
                out.add(w);
            }
        }
        return out;
    }

    static List<String> strings(JsonNode node, String key) {
        if (node == null || !node.has(key)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        JsonNode v = node.get(key);
        if (v.isArray()) {
            v.forEach(x -> out.add(Text.norm(x.asText().strip())));
        } else if (v.isTextual()) {
            out.add(Text.norm(v.asText().strip()));
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    /**
     * Whether {@code value} cannot be a figure of this fact: larger than any can be ({@code at_most}), or, for a fact
     * that counts (people, families, schools: no measure), a fraction ("against 33.8 for the country" counts no one).
     */
    boolean beyond(BigDecimal value) {
        if (value == null) {
            return false;
        }
        return atMost != null && value.compareTo(atMost) > 0 || measure == null && value.stripTrailingZeros().scale() > 0;
    }

    String id() {
        return fact.id();
    }

    String parent() {
        return fact.parent();
    }
}
