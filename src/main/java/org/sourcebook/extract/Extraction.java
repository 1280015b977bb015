package org.sourcebook.extract;

import java.util.List;
import org.sourcebook.model.Claim;
import org.sourcebook.model.NumberDecision;

/** What extraction found in one source: its claims, and a decision for every number seen. */
public record Extraction(List<Claim> claims, List<NumberDecision> decisions) {
    public Extraction {
        claims = List.copyOf(claims);
        decisions = List.copyOf(decisions);
    }
}
