package org.sourcebook.build;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.sourcebook.model.Claim;
import org.sourcebook.model.NumberDecision;

/**
 * Keeps one copy of the values that many sources repeat (a number's text, a claim's id, value and
 * attribution), shared by every thread of a load: a large archive has millions of them and only
 * thousands differ, so the archive holds a fraction of the strings. Values are replaced by equal
 * ones only (a BigDecimal by one with the same scale), so nothing shown or written changes.
 */
final class Interner {
    private final ConcurrentHashMap<Object, Object> seen = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        // a plain read first: most values are already kept, and putIfAbsent locks the key's bin to find that out
        Object kept = seen.get(value);
        if (kept == null) {
            kept = seen.putIfAbsent(value, value);
        }
        return kept == null ? value : (T) kept;
    }

    Claim claim(Claim c) {
        String id = of(c.id());
        BigDecimal value = of(c.value());
        BigDecimal max = of(c.valueMax());
        String by = of(c.attributedTo());
        if (id == c.id() && value == c.value() && max == c.valueMax() && by == c.attributedTo()) {
            return c;
        }
        return new Claim(id, c.source(), c.fact(), value, c.qualifier(), max, c.quote(), c.start(), c.end(), by, c.origin(), c.note());
    }

    NumberDecision decision(NumberDecision d) {
        String text = of(d.text());
        String reason = of(d.reason());
        if (text == d.text() && reason == d.reason()) {
            return d;
        }
        return new NumberDecision(d.source(), d.start(), d.end(), text, d.outcome(), d.fact(), reason);
    }

    List<Claim> claims(List<Claim> cs) {
        return cs.stream().map(this::claim).toList();
    }

    List<NumberDecision> decisions(List<NumberDecision> ds) {
        return ds.stream().map(this::decision).toList();
    }
}
