package org.sourcebook.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.model.FactDef;

/**
 * Checks facts.yaml: ids present, unique and usable as file names, parents that exist, no
 * cycles, and cues that compile. Every message names the line of the entry at fault.
 */
final class FactSchemaCheck {
    /** A fact id becomes facts/&lt;id&gt;.html: lower-case words joined by '.', '-' or '_'. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");

    private FactSchemaCheck() {
    }

    static void check(List<FactDef> facts, YamlLines lines, Path shown, List<Diagnostic> problems) {
        Map<String, FactDef> byId = new HashMap<>();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            FactDef f = facts.get(i);
            int line = lines.line("/facts/" + i);
            if (f == null) {
                problems.add(Diagnostic.error(shown, line, "an empty entry in the facts list: remove the lone '-' or fill it in"));
                continue;
            }
            if (f.id() == null || f.id().isBlank()) {
                problems.add(Diagnostic.error(shown, line, "a fact has no id: give every entry 'id: some.id'"));
                continue;
            }
            int idLine = lines.line("/facts/" + i + "/id");
            if (!ID.matcher(f.id()).matches()) {
                problems.add(Diagnostic.error(shown, idLine, "fact id '" + f.id() + "' is not usable as a page name: use lower-case letters and digits, joined by '.', '-' or '_' (e.g. killed.children)"));
            }
            FactDef first = byId.putIfAbsent(f.id(), f);
            if (first != null) {
                problems.add(Diagnostic.error(shown, idLine, "duplicate fact id '" + f.id() + "' (first at line "
                        + lines.line("/facts/" + indexOf.get(f.id()) + "/id") + "): each id may appear once; rename or merge the two entries"));
                continue;
            }
            indexOf.put(f.id(), i);
            if (f.label() == null || f.label().isBlank()) {
                problems.add(Diagnostic.error(shown, line, "fact '" + f.id() + "' has no label: add 'label: ...'"));
            }
            checkCues(f.cues(), "/facts/" + i + "/cues", lines, shown, problems);
        }
        for (Map.Entry<String, FactDef> e : sorted(byId)) {
            FactDef f = e.getValue();
            if (f.parent() != null && !byId.containsKey(f.parent())) {
                problems.add(Diagnostic.error(shown, lines.line("/facts/" + indexOf.get(f.id()) + "/parent"), "fact '" + f.id()
                        + "' names parent '" + f.parent() + "', which is not a fact: fix the parent or add that fact"));
            }
        }
        Set<String> reported = new java.util.HashSet<>();
        for (Map.Entry<String, FactDef> e : sorted(byId)) {
            FactDef f = e.getValue();
            Set<String> path = new LinkedHashSet<>();
            FactDef cur = f;
            while (cur != null && cur.parent() != null) {
                if (!path.add(cur.id())) {
                    List<String> cycle = cycleFrom(cur.id(), byId);
                    if (reported.addAll(cycle)) {
                        problems.add(Diagnostic.error(shown, lines.line("/facts/" + indexOf.get(cur.id()) + "/parent"), "parent cycle: "
                                + String.join(" → ", cycle) + " → " + cycle.get(0) + ": a fact cannot be its own ancestor; break the cycle by fixing one 'parent'"));
                    }
                    break;
                }
                cur = byId.get(cur.parent());
            }
        }
    }

    /** The keys a fact entry may have: the components of {@link FactDef}. */
    static final List<String> FACT_KEYS = java.util.Arrays.stream(FactDef.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).sorted().toList();

    /** A misspelt key (parnet:, lable:) would be dropped without a word: warn with its line. */
    static void unknownKeys(JsonNode root, YamlLines lines, Path shown, List<Diagnostic> problems) {
        JsonNode list = root == null ? null : root.get("facts");
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (entry == null || !entry.isObject()) {
                continue;
            }
            for (java.util.Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!FACT_KEYS.contains(key)) {
                    problems.add(Diagnostic.warning(shown, lines.line("/facts/" + i + "/" + key), "unknown fact key '" + key
                            + "' is ignored; known keys: " + String.join(", ", FACT_KEYS)));
                }
            }
        }
    }

    private static List<String> cycleFrom(String start, Map<String, FactDef> byId) {
        List<String> cycle = new ArrayList<>();
        String cur = start;
        do {
            cycle.add(cur);
            cur = byId.get(cur).parent();
        } while (cur != null && !cur.equals(start) && byId.containsKey(cur) && cycle.size() <= byId.size());
        return cycle;
    }

    private static List<Map.Entry<String, FactDef>> sorted(Map<String, FactDef> byId) {
        return byId.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    /**
     * Cues are data the extractor reads. Any text under a key whose name says it is a regular
     * expression ({@code regex}, {@code pattern}, {@code patterns}, ...) must compile.
     */
    static void checkCues(JsonNode node, String pointer, YamlLines lines, Path shown, List<Diagnostic> problems) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            problems.add(Diagnostic.error(shown, lines.line(pointer), "cues must be a mapping (counts:, words: [...], scope: [...], ...): fix the entry"));
            return;
        }
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            String key = e.getKey();
            String at = pointer + "/" + key;
            if (PHRASE_LISTS.contains(key)) {
                checkPhrases(e.getValue(), at, lines, shown, problems);
            } else if (key.equals("scope_required") && !e.getValue().isBoolean()) {
                problems.add(Diagnostic.error(shown, lines.line(at), "cue scope_required must be true or false"));
            } else if (key.equals("at_most") && !(e.getValue().isNumber() && e.getValue().decimalValue().signum() > 0)) {
                problems.add(Diagnostic.error(shown, lines.line(at), "cue at_most holds " + e.getValue() + ", not a number: write the largest figure the fact can have, e.g. at_most: 10000"));
            } else if (key.equals("not_before") && !(e.getValue().canConvertToInt() && e.getValue().isIntegralNumber() && e.getValue().asInt() >= 1000 && e.getValue().asInt() <= 2999)) {
                problems.add(Diagnostic.error(shown, lines.line(at), "cue not_before holds " + e.getValue() + ", not a year: write the year of the event the fact counts, e.g. not_before: 1992"));
            } else if (!CUE_KEYS.contains(key) && !key.toLowerCase(Locale.ROOT).matches(".*(regex|pattern).*")) {
                problems.add(Diagnostic.warning(shown, lines.line(at), "unknown cue key '" + key + "' is not read by the extractor; known keys: "
                        + String.join(", ", CUE_KEYS.stream().sorted().toList())));
            }
        }
        walk(node, pointer, false, lines, shown, problems);
    }

    /** The cue keys the extractor reads (org.sourcebook.extract.FactCues). */
    static final Set<String> CUE_KEYS = Set.of("counts", "nouns", "words", "scope", "scope_required", "not", "owners", "at_most", "not_before");
    private static final Set<String> PHRASE_LISTS = Set.of("nouns", "words", "scope", "not", "owners");

    /** A phrase cue is literal text, matched at word boundaries; a final '*' matches the rest of a word. */
    private static void checkPhrases(JsonNode v, String pointer, YamlLines lines, Path shown, List<Diagnostic> problems) {
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(items::add);
        } else {
            items.add(v);
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode x = items.get(i);
            String at = v.isArray() ? pointer + "/" + i : pointer;
            String cue = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (!x.isTextual()) {
                problems.add(Diagnostic.error(shown, lines.line(at), "cue " + cue + " holds " + x + ", not text: write each phrase as a quoted string"));
                continue;
            }
            String t = x.asText().strip();
            int star = t.indexOf('*');
            if (t.isEmpty() || t.equals("*")) {
                problems.add(Diagnostic.error(shown, lines.line(at), "cue " + cue + " has an empty phrase: remove it"));
            } else if (star >= 0 && star != t.length() - 1) {
                problems.add(Diagnostic.error(shown, lines.line(at), "cue phrase '" + t + "' cannot compile: '*' may only end a phrase (murder* matches murdered, murders); move or remove it"));
            }
        }
    }

    private static void walk(JsonNode node, String pointer, boolean regex, YamlLines lines, Path shown, List<Diagnostic> problems) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                String key = e.getKey().toLowerCase(Locale.ROOT);
                walk(e.getValue(), pointer + "/" + e.getKey(), regex || key.contains("regex") || key.contains("pattern"), lines, shown, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, regex, lines, shown, problems);
            }
        } else if (regex && node.isTextual()) {
            try {
                Pattern.compile(node.asText());
            } catch (PatternSyntaxException e) {
                problems.add(Diagnostic.error(shown, lines.line(pointer), "cue " + pointer.substring(pointer.indexOf("/cues")) + " is not a valid regular expression: "
                        + e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + " of '" + node.asText()
                        + "'; fix it (Java regex syntax; escape a literal . ( [ with a backslash)"));
            }
        }
    }
}
