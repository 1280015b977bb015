package org.sourcebook.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a YAML text is written: JSON pointer ({@code /facts/3/cues/0}) → 1-based
 * line. Jackson's tree has no positions; this second, streaming pass gives messages their line.
 */
public final class YamlLines {
    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The lines of {@code yaml}; empty (every look-up 0) when the text does not parse. */
    public static YamlLines of(String yaml) {
        Map<String, Integer> map = new HashMap<>();
        try (JsonParser p = Yaml.MAPPER.getFactory().createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    // the container's own pointer is its parent's path plus its index or key
                    pointer = p.getParsingContext().getParent() == null ? ""
                            : p.getParsingContext().getParent().pathAsPointer().toString();
                }
                map.putIfAbsent(pointer, Math.max(p.currentTokenLocation().getLineNr(), 0));
            }
        } catch (IOException | RuntimeException e) {
            // the mapper reports the syntax error with its own position
        }
        return new YamlLines(map);
    }

    /** Line of the value at {@code pointer}, or of its nearest ancestor that has one, or 0. */
    public int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) {
                return l;
            }
            int cut = p.lastIndexOf('/');
            if (cut < 0) {
                return 0;
            }
            p = p.substring(0, cut);
        }
    }
}
