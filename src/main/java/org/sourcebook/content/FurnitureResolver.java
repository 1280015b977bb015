package org.sourcebook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns an editor's furniture marks (quotes) into spans of the body. */
public final class FurnitureResolver {
    private FurnitureResolver() {
    }

    /** The span a mark covers, or empty when its start (or end) text is not in the body. */
    public static Optional<TextSpan> resolve(String body, FurnitureMark mark) {
        if (mark.start() == null || mark.start().isEmpty()) {
            return Optional.empty();
        }
        int s = body.indexOf(mark.start());
        if (s < 0) {
            return Optional.empty();
        }
        int e;
        if (mark.end() != null && !mark.end().isEmpty()) {
            int at = body.indexOf(mark.end(), s);
            if (at < 0) {
                return Optional.empty();
            }
            e = at + mark.end().length();
        } else if (mark.toEnd()) {
            e = body.length();
        } else {
            int blank = body.indexOf("\n\n", s);
            e = blank < 0 ? body.length() : blank;
        }
        String label = mark.label() == null ? "Page furniture" : mark.label();
        return Optional.of(new TextSpan(s, e, label, "editor"));
    }

    public static List<TextSpan> sorted(List<TextSpan> spans) {
        List<TextSpan> copy = new ArrayList<>(spans);
        copy.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return copy;
    }
}
