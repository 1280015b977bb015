package org.sourcebook.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.sourcebook.model.Claim;
import org.sourcebook.model.Qualifier;

/**
 * A claim as written to data/claims.json and claims.csv: offsets in code points
 * ({@code start}, {@code end}) and in UTF-16 units ({@code start_utf16}, {@code end_utf16}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "source", "fact", "value", "qualifier", "value_max", "quote", "start", "end",
        "start_utf16", "end_utf16", "attributed_to", "origin", "note"})
public record ExportedClaim(
        String id,
        String source,
        String fact,
        BigDecimal value,
        Qualifier qualifier,
        @JsonProperty("value_max") BigDecimal valueMax,
        String quote,
        int start,
        int end,
        @JsonProperty("start_utf16") int startUtf16,
        @JsonProperty("end_utf16") int endUtf16,
        @JsonProperty("attributed_to") String attributedTo,
        String origin,
        String note) {

    static ExportedClaim of(Claim c, String body) {
        return of(c, body, 0);
    }

    /** @param plainUpTo the body has no surrogate pair before this offset (code points = UTF-16 units there) */
    static ExportedClaim of(Claim c, String body, int plainUpTo) {
        int start = c.start() <= plainUpTo ? c.start() : body.codePointCount(0, c.start());
        int end = start + c.quote().codePointCount(0, c.quote().length());
        return new ExportedClaim(c.id(), c.source(), c.fact(), c.value(), c.qualifier(), c.valueMax(), c.quote(),
                start, end, c.start(), c.end(), c.attributedTo(), c.origin(), c.note());
    }
}
