package org.sourcebook.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The one YAML mapper of the program, and the way its errors become positioned messages. */
public final class Yaml {
    public static final ObjectMapper MAPPER = YAMLMapper.builder(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Yaml() {
    }

    /** 1-based line of a parse error within the YAML text, or 0. */
    public static int line(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    }

    public static int column(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    }

    /** The parser's message without Jackson's location and source-reference trailer. */
    public static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        int cut = m.indexOf("\n at [Source");
        return (cut >= 0 ? m.substring(0, cut) : m).strip();
    }
}
