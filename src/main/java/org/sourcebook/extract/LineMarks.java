package org.sourcebook.extract;

import java.util.List;

/**
 * Labels that hold from a line of a text on, until the next one: who speaks from a transcript's
 * speaker line, whose post starts at a post's header line.
 *
 * @param marks in text order
 */
record LineMarks(List<Mark> marks) {

    /** A label that holds from {@code start} on. */
    record Mark(int start, String label) { }

    static final LineMarks NONE = new LineMarks(List.of());

    LineMarks {
        marks = List.copyOf(marks);
    }

    /** The label of the last mark at or before {@code at}, or null (before the first mark). */
    String labelAt(int at) {
        String label = null;
        for (Mark m : marks) {
            if (m.start() > at) {
                break;
            }
            label = m.label();
        }
        return label;
    }
}
