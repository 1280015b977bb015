package org.sourcebook.content;

import java.util.List;

/**
 * Finds page furniture in a source nobody marked up. Returns the source's furniture: the
 * editor's marks plus what detection found.
 */
public final class FurnitureDetector {
    private FurnitureDetector() {
    }

    public static List<TextSpan> detect(Source source) {
        return source.furniture();
    }
}
