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
 * @param from   where the words searched start in {@code text}: a quote's text is its context
 *               with the quote inside, and only the quote is searched (the context is shown; the
 *               passage that holds it is found by its words); 0 for anything else
 * @param to     where they end ({@code text.length()} for anything but a quote)
 */
public record SearchDoc(String kind, String title, String href, String text, String sub, List<Integer> breaks,
                        int from, int to) {
    public SearchDoc {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (href == null || href.startsWith("/") || href.contains("://")) {
            throw new IllegalArgumentException("search result link must be relative to the site root, got '" + href + "'");
        }
        if (from < 0 || from > to || to > text.length()) {
            throw new IllegalArgumentException("searched part [" + from + ", " + to + ") is not inside a text of " + text.length());
        }
        breaks = List.copyOf(breaks);
    }

    /** A document whose whole text is searched. */
    public SearchDoc(String kind, String title, String href, String text, String sub, List<Integer> breaks) {
        this(kind, title, href, text, sub, breaks, 0, text == null ? 0 : text.length());
    }

    /** Whether only part of the text is searched. */
    boolean searchesPart() {
        return from > 0 || to < text.length();
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
