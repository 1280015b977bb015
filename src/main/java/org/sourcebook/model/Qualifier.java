package org.sourcebook.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How a stated number bounds the true figure, as written in claims.json. */
public enum Qualifier {
    EXACT("exact", ""),
    APPROXIMATELY("approximately", "about"),
    AT_LEAST("at-least", "at least"),
    MORE_THAN("more-than", "more than"),
    UP_TO("up-to", "up to"),
    RANGE("range", "between");

    private final String id;
    private final String phrase;

    Qualifier(String id, String phrase) {
        this.id = id;
        this.phrase = phrase;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** A short English phrase put before the number when a value is shown ("about 20"). */
    public String phrase() {
        return phrase;
    }

    public static Optional<Qualifier> find(String id) {
        return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst();
    }
}
