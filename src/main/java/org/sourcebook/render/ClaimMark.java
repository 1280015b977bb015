package org.sourcebook.render;

/**
 * A highlighted span of a source body.
 *
 * @param id       the anchor id (the claim's id)
 * @param start    body offset where the quote starts
 * @param end      body offset where it ends
 * @param href     where the marker after the quote leads (the fact page)
 * @param number   the footnote-like number shown after the quote
 * @param label    accessible description of the marker ("People killed: 613")
 */
public record ClaimMark(String id, int start, int end, String href, int number, String label) {
}
