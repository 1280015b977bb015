package org.sourcebook.timeline;

/**
 * A date stated in a text: where it is (UTF-16 offsets into the text), its words and its value.
 *
 * @param text exactly {@code body.substring(start, end)}
 */
public record DateMention(int start, int end, String text, EventDate date) {
    public DateMention {
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("mention [" + start + ", " + end + ") does not fit '" + text + "'");
        }
    }
}
