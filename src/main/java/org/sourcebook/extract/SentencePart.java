package org.sourcebook.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebook.model.Claim;

/**
 * A part of a {@link SentenceReader}: the reader, for its other parts and what it fills in as it reads, and the state of
 * the sentence that more than one part reads, named once here rather than copied into each part.
 */
abstract class SentencePart {
    final SentenceReader r;
    final Vocabulary v;
    final String body;
    final String lower;
    final PhraseHits hits;
    final int[] sentence;
    final int[] previous;
    final List<NumberPhrase> items;
    final List<Claim> claims;
    /** {@link SentenceReader#labels}, {@link SentenceReader#sharedLabels}, {@link SentenceReader#columnHeads}. */
    final Map<NumberPhrase, int[]> labels;
    final Set<NumberPhrase> sharedLabels;
    final Set<NumberPhrase> columnHeads;

    SentencePart(SentenceReader r) {
        this.r = r;
        this.v = r.v;
        this.body = r.body;
        this.lower = r.lower;
        this.hits = r.hits;
        this.sentence = r.sentence;
        this.previous = r.previous;
        this.items = r.items;
        this.claims = r.claims;
        this.labels = r.labels;
        this.sharedLabels = r.sharedLabels;
        this.columnHeads = r.columnHeads;
    }
}
