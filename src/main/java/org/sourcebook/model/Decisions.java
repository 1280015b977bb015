package org.sourcebook.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One source's number decisions, held compactly and shown as {@link NumberDecision} records made
 * when read: a large archive has millions of decisions (about 22 a source) and only the review
 * pages read them, a few sources at a time. Each decision keeps its span, its text and its
 * verdict (outcome, fact, reason), one verdict object for every decision with the same three.
 */
final class Decisions extends AbstractList<NumberDecision> implements RandomAccess {
    /** What was decided about a number: one object for all with the same outcome, fact and reason. */
    record Verdict(String outcome, String fact, String reason) {
    }

    private final String source;
    /** Start and end of decision {@code i} at {@code 2i} and {@code 2i + 1}. */
    private final int[] spans;
    private final String[] texts;
    private final Verdict[] verdicts;

    /**
     * @param sorted   the source's decisions, in the order they are shown
     * @param verdicts verdicts already made (shared by every source of an archive), added to
     */
    Decisions(String source, List<NumberDecision> sorted, Map<Verdict, Verdict> verdicts) {
        this.source = source;
        int n = sorted.size();
        this.spans = new int[2 * n];
        this.texts = new String[n];
        this.verdicts = new Verdict[n];
        for (int i = 0; i < n; i++) {
            NumberDecision d = sorted.get(i);
            if (!Objects.equals(d.source(), source)) {
                throw new IllegalArgumentException("decision of " + d.source() + " given as a decision of " + source);
            }
            spans[2 * i] = d.start();
            spans[2 * i + 1] = d.end();
            texts[i] = d.text();
            Verdict v = new Verdict(d.outcome(), d.fact(), d.reason());
            Verdict kept = verdicts.putIfAbsent(v, v);
            this.verdicts[i] = kept == null ? v : kept;
        }
    }

    @Override
    public NumberDecision get(int i) {
        Objects.checkIndex(i, texts.length);
        Verdict v = verdicts[i];
        return new NumberDecision(source, spans[2 * i], spans[2 * i + 1], texts[i], v.outcome(), v.fact(), v.reason());
    }

    @Override
    public int size() {
        return texts.length;
    }
}
