package org.sourcebook.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.content.Yaml;

/**
 * The English grammar lists the extractor and the furniture detector read: qualifier phrases,
 * attribution verbs, exclusion words, noun classes, furniture cues. Built-in defaults live in
 * {@code grammar.yaml} next to this class; an archive adds to any list in
 * {@code content/extraction.yaml} (same keys).
 */
public final class Grammar {
    static final String FILE_NAME = "extraction.yaml";
    private static final String DEFAULTS = "grammar.yaml";
    private static final Grammar DEFAULT = readDefaults();
    private final JsonNode root;
    private final Map<String, List<String>> lists = new java.util.concurrent.ConcurrentHashMap<>();

    private Grammar(JsonNode root) {
        this.root = root;
    }

    /** The built-in grammar. */
    public static Grammar defaults() {
        return DEFAULT;
    }

    private static Grammar readDefaults() {
        try (InputStream in = Grammar.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("grammar.yaml is missing from the program's resources");
            }
            return new Grammar(Yaml.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in grammar.yaml", e);
        }
    }

    /** The built-in grammar plus the lists of {@code contentDir/extraction.yaml}, when that file exists. */
    public static Grammar load(Path contentDir, Path shown, List<Diagnostic> problems) {
        Grammar base = DEFAULT;
        Path file = contentDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return base;
        }
        try {
            JsonNode extra = Yaml.MAPPER.readTree(file.toFile());
            if (extra == null || extra.isNull() || extra.isMissingNode()) {
                return base;
            }
            if (!extra.isObject()) {
                problems.add(Diagnostic.error(shown, 1, "extraction.yaml must be a mapping of list names to lists (e.g. qualifiers:, furniture:)"));
                return base;
            }
            ObjectNode merged = ((ObjectNode) base.root).deepCopy();
            merge(merged, (ObjectNode) extra);
            return new Grammar(merged);
        } catch (JsonProcessingException e) {
            problems.add(new Diagnostic(shown, Yaml.line(e), Yaml.column(e), Diagnostic.Severity.ERROR,
                    "malformed extraction.yaml: " + Yaml.reason(e)));
        } catch (IOException e) {
            problems.add(Diagnostic.error(shown, 0, "cannot read extraction.yaml: " + e.getMessage()));
        }
        return base;
    }

    private static void merge(ObjectNode into, ObjectNode extra) {
        for (Iterator<Map.Entry<String, JsonNode>> it = extra.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode have = into.get(e.getKey());
            JsonNode add = e.getValue();
            if (have instanceof ObjectNode o && add instanceof ObjectNode a) {
                merge(o, a);
            } else if (have instanceof ArrayNode arr && add.isArray()) {
                add.forEach(arr::add);
            } else {
                into.set(e.getKey(), add);
            }
        }
    }

    /** A list at a dotted path ("qualifiers.at-least"), lower-cased, longest first. */
    public List<String> list(String path) {
        List<String> l = lists.get(path);
        return l != null ? l : lists.computeIfAbsent(path, this::readList);
    }

    /** The {@code furniture:} section, for {@link org.sourcebook.content.FurnitureCues#from}. */
    public JsonNode section(String key) {
        return root.get(key);
    }

    private List<String> readList(String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(v -> out.add(v.asText().strip().toLowerCase(Locale.ROOT)));
        }
        out.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(out);
    }

    /** {@link #lists} of each path asked for: made once (a part may ask for one for every number). */
    private final Map<String, Map<String, List<String>>> mappings = new java.util.concurrent.ConcurrentHashMap<>();

    /** The keys of a mapping at a path, in file order, each with its list (not to be changed: made once a path). */
    public Map<String, List<String>> lists(String path) {
        Map<String, List<String>> m = mappings.get(path);
        return m != null ? m : mappings.computeIfAbsent(path, this::readLists);
    }

    private Map<String, List<String>> readLists(String path) {
        JsonNode n = root.get(path);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            n.fieldNames().forEachRemaining(k -> out.put(k, list(path + "." + k)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    public int number(String path, int fallback) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n != null && n.isNumber() ? n.asInt() : fallback;
    }
}
