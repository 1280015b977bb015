package org.sourcebook.content;

/**
 * A span of a source body, in UTF-16 offsets, with a label (e.g. furniture "Related posts").
 *
 * @param origin who decided it: "editor" (front matter) or "detected" (found automatically)
 */
public record TextSpan(int start, int end, String label, String origin) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(int s, int e) {
        return s < end && e > start;
    }
}
