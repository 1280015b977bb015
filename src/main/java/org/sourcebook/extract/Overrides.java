package org.sourcebook.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.content.Source;
import org.sourcebook.content.Yaml;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactSchema;
import org.sourcebook.model.NumberDecision;
import org.sourcebook.model.Qualifier;

/**
 * An editor's corrections to extraction, one file per source: {@code content/overrides/<slug>.yaml}.
 * <pre>
 * add:       # a claim the extractor missed
 *   - quote: "some 200 were killed"   # verbatim from the source
 *     fact: killed
 *     value: 200
 *     qualifier: approximately        # default exact; range needs value_max
 *     attributed_to: Memorial         # optional
 *     reason: "why"                   # shown on the site
 * reject:    # an extracted claim that is wrong
 *   - quote: "10 planets"             # text the claim's quote overlaps
 *     fact: killed                    # optional: only claims of this fact
 *     reason: "why"
 * correct:   # an extracted claim with the wrong fact or value
 *   - quote: "130 children lost a parent"
 *     fact: children-lost-both-parents   # optional: which claim
 *     to: {fact: children-lost-one-parent, value: 130, qualifier: exact}
 *     reason: "why"
 * </pre>
 * Every entry is checked when the content loads: its quote must be in the source and its facts
 * must exist, or the build fails naming the file and the entry's line.
 */
public final class Overrides {
    private static final Set<String> SECTIONS = Set.of("add", "reject", "correct");
    private final Map<String, List<Entry>> bySlug;

    private Overrides(Map<String, List<Entry>> bySlug) {
        this.bySlug = bySlug;
    }

    public static Overrides none() {
        return new Overrides(Map.of());
    }

    /**
     * One entry of an override file.
     *
     * @param kind  add, reject or correct
     * @param start where its quote is in the source body
     */
    public record Entry(Path file, int line, String kind, String quote, int start, String fact, BigDecimal value,
                        Qualifier qualifier, BigDecimal valueMax, String attributedTo, String reason, JsonNode to) {
        int end() {
            return quote == null ? start : start + quote.length();
        }
    }

    /** What applying a source's overrides gave: the corrected extraction and warnings about entries that matched nothing. */
    public record Applied(Extraction extraction, List<Diagnostic> diagnostics) {
    }

    /** Reads and checks every file of {@code overridesDir}; problems name the file and the entry's line. */
    public static Overrides load(Path overridesDir, java.util.function.Function<Path, Path> shown, FactSchema schema,
                                 List<Source> sources, List<Diagnostic> problems) {
        return load(overridesDir, shown, schema, sources, Set.of(), problems);
    }

    /**
     * The same while other content has errors ({@code check} reports every problem at once):
     * {@code schema} is null when facts.yaml did not load (fact names are then not checked), and
     * the files of {@code unloaded}, sources that failed to load, are skipped (their own errors
     * are reported already).
     */
    public static Overrides load(Path overridesDir, java.util.function.Function<Path, Path> shown, FactSchema schema,
                                 List<Source> sources, Set<String> unloaded, List<Diagnostic> problems) {
        if (!Files.isDirectory(overridesDir)) {
            return none();
        }
        Map<String, Source> bySlug = new HashMap<>();
        sources.forEach(s -> bySlug.put(s.slug(), s));
        Map<String, List<Entry>> out = new HashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(overridesDir)) {
            files = list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error(shown.apply(overridesDir), 0, "cannot list the overrides folder: " + e.getMessage()));
            return none();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String slug = name.substring(0, name.lastIndexOf('.'));
            Path where = shown.apply(file);
            Source source = bySlug.get(slug);
            if (source == null && unloaded.contains(slug)) {
                continue;
            }
            if (source == null) {
                problems.add(Diagnostic.error(where, 0, "overrides for '" + slug + "', which is not a source: name the file after a file of content/sources (" + String.join(", ", bySlug.keySet().stream().sorted().toList()) + ")"));
                continue;
            }
            out.put(slug, read(file, where, source, schema, problems));
        }
        return new Overrides(Map.copyOf(out));
    }

    private static List<Entry> read(Path file, Path where, Source source, FactSchema schema, List<Diagnostic> problems) {
        JsonNode root;
        Map<String, List<Integer>> lines = new HashMap<>();
        try {
            root = Yaml.MAPPER.readTree(file.toFile());
            try (JsonParser p = Yaml.MAPPER.getFactory().createParser(file.toFile())) {
                String section = null;
                int depth = 0;
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.FIELD_NAME && depth == 1) {
                        section = p.currentName();
                    } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        if (t == JsonToken.START_OBJECT && depth == 2 && section != null) {
                            lines.computeIfAbsent(section, k -> new ArrayList<>()).add(p.currentTokenLocation().getLineNr());
                        }
                        depth++;
                    } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        depth--;
                    }
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(new Diagnostic(where, Yaml.line(e), Yaml.column(e), Diagnostic.Severity.ERROR, "malformed override file: " + Yaml.reason(e)));
            return List.of();
        } catch (IOException e) {
            problems.add(Diagnostic.error(where, 0, "cannot read the override file: " + e.getMessage()));
            return List.of();
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return List.of();
        }
        if (!root.isObject()) {
            problems.add(Diagnostic.error(where, 1, "an override file is a mapping with the lists add:, reject: and correct:"));
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String section = it.next();
            if (!SECTIONS.contains(section)) {
                problems.add(Diagnostic.error(where, 0, "unknown section '" + section + "': an override file has the lists add:, reject: and correct:"));
                continue;
            }
            JsonNode list = root.get(section);
            if (!list.isArray()) {
                problems.add(Diagnostic.error(where, 0, "'" + section + "' must be a list of entries (- quote: ..., reason: ...)"));
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                int line = i < lines.getOrDefault(section, List.of()).size() ? lines.get(section).get(i) : 0;
                entry(where, line, section, list.get(i), source, schema, problems).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    private static Optional<Entry> entry(Path where, int line, String kind, JsonNode n, Source source, FactSchema schema,
                                         List<Diagnostic> problems) {
        int before = problems.size();
        String what = kind + " entry";
        String quote = n.path("quote").asText(null);
        String reason = n.path("reason").asText(null);
        String fact = n.path("fact").asText(null);
        if (reason == null || reason.isBlank()) {
            problems.add(Diagnostic.error(where, line, what + " has no reason: add 'reason: \"...\"', it is shown on the site next to the claim"));
        }
        int start = -1;
        if ((quote == null || quote.isEmpty()) && !kind.equals("add") && fact != null) {
            quote = null;
        } else if (quote == null || quote.isEmpty()) {
            problems.add(Diagnostic.error(where, line, what + " has no quote: add 'quote: \"...\"' copied verbatim from content/sources/" + source.slug() + ".md"));
        } else {
            start = source.body().indexOf(quote);
            if (start < 0) {
                problems.add(Diagnostic.error(where, line, what + ": the quote '" + quote + "' is no longer in the text of "
                        + source.slug() + ": copy it again verbatim from the source, or remove the entry"));
            }
        }
        checkFact(where, line, what, fact, schema, problems, kind.equals("add"));
        BigDecimal value = decimal(n.get("value"), where, line, what, "value", problems);
        BigDecimal max = decimal(n.get("value_max"), where, line, what, "value_max", problems);
        Qualifier q = qualifier(n.path("qualifier").asText("exact"), where, line, what, problems);
        JsonNode to = n.get("to");
        if (kind.equals("add")) {
            if (value == null) {
                problems.add(Diagnostic.error(where, line, what + " has no value: add 'value: <number>'"));
            }
            if (q == Qualifier.RANGE && max == null || q != Qualifier.RANGE && max != null) {
                problems.add(Diagnostic.error(where, line, what + ": value_max goes with 'qualifier: range', and a range needs it"));
            }
        }
        if (kind.equals("correct")) {
            if (to == null || !to.isObject() || to.isEmpty()) {
                problems.add(Diagnostic.error(where, line, what + " says nothing to correct: add 'to: {fact: ..., value: ..., qualifier: ...}'"));
            } else {
                checkFact(where, line, what, to.path("fact").asText(null), schema, problems, false);
                decimal(to.get("value"), where, line, what, "to.value", problems);
                decimal(to.get("value_max"), where, line, what, "to.value_max", problems);
                if (to.has("qualifier")) {
                    qualifier(to.get("qualifier").asText(), where, line, what, problems);
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Entry(where, line, kind, quote, start, fact, value, q, max,
                n.path("attributed_to").asText(null), reason, to));
    }

    private static void checkFact(Path where, int line, String what, String fact, FactSchema schema, List<Diagnostic> problems, boolean required) {
        if (fact == null) {
            if (required) {
                problems.add(Diagnostic.error(where, line, what + " has no fact: add 'fact: <id>' with an id of content/facts.yaml"));
            }
        } else if (schema != null && schema.find(fact).isEmpty()) {
            problems.add(Diagnostic.error(where, line, what + " names unknown fact '" + fact + "': use an id of content/facts.yaml ("
                    + String.join(", ", schema.all().stream().map(f -> f.id()).toList()) + ")"));
        }
    }

    private static BigDecimal decimal(JsonNode v, Path where, int line, String what, String key, List<Diagnostic> problems) {
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            BigDecimal b = new BigDecimal(v.asText().replace(",", "")).stripTrailingZeros();
            return b.scale() < 0 ? b.setScale(0) : b;
        } catch (NumberFormatException e) {
            problems.add(Diagnostic.error(where, line, what + ": " + key + " '" + v.asText() + "' is not a number"));
            return null;
        }
    }

    private static Qualifier qualifier(String id, Path where, int line, String what, List<Diagnostic> problems) {
        Optional<Qualifier> q = Qualifier.find(id);
        if (q.isEmpty()) {
            problems.add(Diagnostic.error(where, line, what + ": qualifier '" + id + "' is not one of exact, approximately, at-least, more-than, up-to, range"));
            return Qualifier.EXACT;
        }
        return q.get();
    }

    public List<Entry> of(String slug) {
        return bySlug.getOrDefault(slug, List.of());
    }

    /** The source's extraction with its overrides applied: rejected claims become decisions, corrections and additions claims of origin "override". */
    public Applied apply(Extraction x, Source source) {
        List<Entry> entries = of(source.slug());
        if (entries.isEmpty()) {
            return new Applied(x, List.of());
        }
        List<Claim> claims = new ArrayList<>(x.claims());
        List<NumberDecision> decisions = new ArrayList<>(x.decisions());
        List<Diagnostic> warnings = new ArrayList<>();
        for (Entry e : entries) {
            if (e.kind().equals("add")) {
                claims.add(new Claim(null, source.slug(), e.fact(), e.value(), e.qualifier(), e.valueMax(), e.quote(), e.start(), e.end(),
                        e.attributedTo(), "override", e.reason()));
                decisions.add(new NumberDecision(source.slug(), e.start(), e.end(), e.quote(), "claim", e.fact(), "added by editor: " + e.reason()));
                continue;
            }
            boolean any = false;
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                if (!matches(e, c)) {
                    continue;
                }
                any = true;
                int d = decisionOf(decisions, c);
                if (e.kind().equals("reject")) {
                    claims.remove(i--);
                    if (d >= 0) {
                        NumberDecision old = decisions.get(d);
                        decisions.set(d, new NumberDecision(old.source(), old.start(), old.end(), old.text(), "ignored", null, "rejected by editor: " + e.reason()));
                    }
                } else {
                    JsonNode to = e.to();
                    String fact = to.hasNonNull("fact") ? to.get("fact").asText() : c.fact();
                    BigDecimal value = to.hasNonNull("value") ? new BigDecimal(to.get("value").asText().replace(",", "")) : c.value();
                    Qualifier q = to.hasNonNull("qualifier") ? Qualifier.find(to.get("qualifier").asText()).orElse(c.qualifier()) : c.qualifier();
                    BigDecimal max = q == Qualifier.RANGE ? (to.hasNonNull("value_max") ? new BigDecimal(to.get("value_max").asText().replace(",", "")) : c.valueMax()) : null;
                    if (q == Qualifier.RANGE && max == null) {
                        warnings.add(Diagnostic.error(e.file(), e.line(), "correct entry makes a range without value_max: add 'value_max' under 'to:'"));
                        continue;
                    }
                    String attr = to.has("attributed_to") ? to.get("attributed_to").asText(null) : c.attributedTo();
                    claims.set(i, new Claim(null, c.source(), fact, value, q, max, c.quote(), c.start(), c.end(), attr, "override", e.reason()));
                    if (d >= 0) {
                        NumberDecision old = decisions.get(d);
                        decisions.set(d, new NumberDecision(old.source(), old.start(), old.end(), old.text(), "claim", fact, "corrected by editor: " + e.reason()));
                    }
                }
            }
            if (!any) {
                warnings.add(Diagnostic.warning(e.file(), e.line(), e.kind() + " entry for '" + (e.quote() == null ? "any quote" : e.quote()) + "'"
                        + (e.fact() == null ? "" : " (fact " + e.fact() + ")") + " matches no extracted claim: the extractor may have changed; remove the entry if it is no longer needed"));
            }
        }
        return new Applied(new Extraction(claims, decisions), warnings);
    }

    private static boolean matches(Entry e, Claim c) {
        boolean where = e.quote() == null || c.start() < e.end() && c.end() > e.start();
        return where && (e.fact() == null || e.fact().equals(c.fact()));
    }

    private static int decisionOf(List<NumberDecision> decisions, Claim c) {
        for (int i = 0; i < decisions.size(); i++) {
            NumberDecision d = decisions.get(i);
            if ("claim".equals(d.outcome()) && c.fact().equals(d.fact()) && d.start() >= c.start() && d.end() <= c.end()) {
                return i;
            }
        }
        return -1;
    }
}
