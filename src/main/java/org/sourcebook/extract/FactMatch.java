package org.sourcebook.extract;

/** How well one fact fits one number. */
record FactMatch(FactCues cues, int nounScore, int tier, int cueLength, int distance, int cueAt, int cueEnd,
                 int scopeDistance) {
    /** More telling noun first; then a cue in what is said after the number (tier 2) over one in its noun or before it; then the longer cue; then scope; then nearness. */
    boolean better(FactMatch o) {
        if (nounScore != o.nounScore) {
            return nounScore > o.nounScore;
        }
        if (tier != o.tier) {
            return tier > o.tier;
        }
        if (cueLength != o.cueLength) {
            return cueLength > o.cueLength;
        }
        if (scopeDistance != o.scopeDistance) {
            return scopeDistance < o.scopeDistance;
        }
        return distance < o.distance;
    }
}
