package org.sourcebook.model;

/**
 * What the extractor decided about one number it saw in a source: for the review page.
 *
 * @param outcome "claim" (became a claim of {@code fact}) or "ignored"
 * @param reason  why: e.g. "year", "ordinal", "furniture", "no fact matched", "rejected by editor"
 */
public record NumberDecision(String source, int start, int end, String text, String outcome, String fact,
                             String reason) {
}
