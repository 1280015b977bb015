package org.sourcebook.extract;

/** How well one fact fits one number. */
record FactMatch(FactCues cues, int nounScore, int tier, int cueLength, int distance, int cueAt, int cueEnd,
                 int scopeDistance) {
    /**
     * More telling noun first; then a cue in what is said after the number (tier 2) over one in its
     * noun or before it; then a fact one of whose scope words places the number over one not placed;
     * then the longer cue; then the nearer scope; then nearness.
     */
    /** This match with no cue span: the cue was read outside the number's own phrase, so the quote does not reach it. */
    FactMatch cueElsewhere() {
        return new FactMatch(cues, nounScore, tier, cueLength, distance, -1, -1, scopeDistance);
    }

    boolean better(FactMatch o) {
        if (nounScore != o.nounScore) {
            return nounScore > o.nounScore;
        }
        if (tier != o.tier) {
            return tier > o.tier;
        }
        if (placed() != o.placed()) {
            return placed();
        }
        if (cueLength != o.cueLength) {
            return cueLength > o.cueLength;
        }
        if (scopeDistance != o.scopeDistance) {
            return scopeDistance < o.scopeDistance;
        }
        return distance < o.distance;
    }

    /** Whether a scope word of the fact is in the number's clause (or the sentence before, for a sentence that places nothing). */
    boolean placed() {
        return scopeDistance != Integer.MAX_VALUE;
    }
}
