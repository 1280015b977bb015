package org.sourcebook.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One number a source states about one fact, anchored to its verbatim quote.
 * {@code start}/{@code end} are UTF-16 offsets into the source body, so
 * {@code body.substring(start, end).equals(quote)}.
 *
 * @param origin "extracted" or "override" (added or corrected by an editor)
 * @param note   the editor's reason when an override added or corrected the claim, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "source", "fact", "value", "qualifier", "value_max", "quote", "start", "end",
        "attributed_to", "origin", "note"})
public record Claim(
        String id,
        String source,
        String fact,
        BigDecimal value,
        Qualifier qualifier,
        @JsonProperty("value_max") BigDecimal valueMax,
        String quote,
        int start,
        int end,
        @JsonProperty("attributed_to") String attributedTo,
        String origin,
        String note) {

    public Claim {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start || end - start != quote.length()) {
            throw new IllegalArgumentException("claim offsets [" + start + ", " + end + ") do not fit quote '" + quote + "'");
        }
        if ((qualifier == Qualifier.RANGE) != (valueMax != null)) {
            throw new IllegalArgumentException("value_max is set exactly for ranges, got " + qualifier + " with " + valueMax);
        }
    }

    /** The same claim with its permanent id (the anchor on its source page). */
    public Claim withId(String newId) {
        return new Claim(newId, source, fact, value, qualifier, valueMax, quote, start, end, attributedTo, origin, note);
    }

    /** The same claim credited to no one else (the source's own figure). */
    public Claim withoutCredit() {
        return new Claim(id, source, fact, value, qualifier, valueMax, quote, start, end, null, origin, note);
    }

    /** The value as a reader sees it: "about 20", "500–1,000", "1,275". */
    public String displayValue() {
        return Values.display(value, qualifier, valueMax);
    }

    /** Source, fact, value, bounds and attribution: a repeated figure has the same key. */
    public String statementKey() {
        return source + "|" + fact + "|" + value.toPlainString() + "|" + qualifier.id() + "|"
                + (valueMax == null ? "" : valueMax.toPlainString()) + "|" + (attributedTo == null ? "" : attributedTo);
    }
}
