package org.sourcebook.search;

import java.util.List;
import java.util.Objects;

/**
 * One thing a search can find.
 *
 * @param kind   "fact", "source", "quote" or "text" (a passage of a source's text)
 * @param title  what the result is called
 * @param href   its page, relative to the site root, with an anchor where there is one
 * @param text   the text searched and shown as the snippet
 * @param sub    a second line (the source a quote or passage comes from), or null
 * @param breaks offsets in {@code text} where the page inserts a claim marker, so that a text
 *               fragment built in the browser stops before them; empty for anything but passages
 */
public record SearchDoc(String kind, String title, String href, String text, String sub, List<Integer> breaks) {
    public SearchDoc {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (href == null || href.startsWith("/") || href.contains("://")) {
            throw new IllegalArgumentException("search result link must be relative to the site root, got '" + href + "'");
        }
        breaks = List.copyOf(breaks);
    }

    /** Weight of a term found in the title rather than the text. */
    int titleBoost() {
        return switch (kind) {
            case "fact" -> 4;
            case "quote", "source" -> 3;
            default -> 1;
        };
    }
}
