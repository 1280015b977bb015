package org.sourcebook.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A source statement: its metadata and its verbatim body.
 *
 * @param slug      file name without .md; the source's id in URLs and claims.json
 * @param file      path of the file, relative to the content folder
 * @param meta      front matter
 * @param body      verbatim text after the front matter
 * @param bodyLine  1-based line of the file where the body starts (to turn offsets into lines)
 * @param sha256    hex SHA-256 of the body as loaded
 * @param furniture page furniture spans, sorted, from editor marks and detection
 */
public record Source(String slug, Path file, FrontMatter meta, String body, int bodyLine, String sha256,
                     List<TextSpan> furniture) {

    public Source {
        furniture = List.copyOf(furniture);
    }

    public boolean inFurniture(int start, int end) {
        return furniture.stream().anyMatch(s -> s.overlaps(start, end));
    }

    /** 1-based line of the file that holds body offset {@code offset}. */
    public int fileLine(int offset) {
        int line = bodyLine;
        for (int i = 0; i < offset && i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public Source withFurniture(List<TextSpan> spans) {
        return new Source(slug, file, meta, body, bodyLine, sha256, spans);
    }
}
