package org.sourcebook.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What page furniture looks like: the {@code furniture:} section of the extraction grammar
 * (built-in {@code org/sourcebook/extract/grammar.yaml}, extended by content/extraction.yaml).
 *
 * @param restOfPage    a short line that starts furniture running to the end ("Related posts", "Leave a Comment")
 * @param lines         a short line holding one of these is one line of furniture (share, cookie, subscribe, byline)
 * @param embeddedPosts a line holding one of these starts an embedded social post, to the end of its paragraph
 * @param maxLineWords  lines longer than this are text, whatever they hold
 * @param postingVerbs  a verb right before an embedded post's cue makes the line the text's own report of a post
 *                      ("The ministry posted on X: \"...\""), no embedded post
 */
public record FurnitureCues(List<String> restOfPage, List<String> lines, List<String> embeddedPosts, int maxLineWords,
                            List<String> postingVerbs) {
    public FurnitureCues(List<String> restOfPage, List<String> lines, List<String> embeddedPosts, int maxLineWords) {
        this(restOfPage, lines, embeddedPosts, maxLineWords, List.of());
    }

    private static final String RESOURCE = "/org/sourcebook/extract/grammar.yaml";
    private static final FurnitureCues DEFAULT = readDefaults();

    public static FurnitureCues defaults() {
        return DEFAULT;
    }

    private static FurnitureCues readDefaults() {
        try (InputStream in = FurnitureCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("grammar.yaml is missing from the program's resources");
            }
            return from(Yaml.MAPPER.readTree(in).get("furniture"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in grammar.yaml", e);
        }
    }

    /** From a {@code furniture:} mapping (rest_of_page, lines, embedded_posts, max_line_words, posting_verbs). */
    public static FurnitureCues from(JsonNode node) {
        if (node == null || !node.isObject()) {
            return new FurnitureCues(List.of(), List.of(), List.of(), 8);
        }
        return new FurnitureCues(list(node, "rest_of_page"), list(node, "lines"), list(node, "embedded_posts"),
                node.path("max_line_words").asInt(8), list(node, "posting_verbs"));
    }

    private static List<String> list(JsonNode node, String key) {
        List<String> out = new ArrayList<>();
        node.path(key).forEach(v -> out.add(v.asText().toLowerCase(Locale.ROOT)));
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }
}
