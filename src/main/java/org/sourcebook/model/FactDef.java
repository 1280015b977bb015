package org.sourcebook.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fact of content/facts.yaml: a normalized proposition that sources state numbers about.
 *
 * @param id         dotted id, e.g. {@code killed.women}
 * @param parent     id of the fact this one is part of, or null
 * @param group      heading the fact is listed under (e.g. "Khojaly, 25–26 February 1992")
 * @param unit       what is counted: people, families, percent, days, years, countries, ...
 * @param headline   shown on the home page
 * @param cues       extraction cues: data the extractor reads (see content/facts.yaml)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactDef(
        String id,
        String label,
        String definition,
        String parent,
        String group,
        String unit,
        boolean headline,
        JsonNode cues) {

    public int depth() {
        return (int) id.chars().filter(c -> c == '.').count();
    }
}
