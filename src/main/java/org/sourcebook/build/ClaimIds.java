package org.sourcebook.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcebook.model.Claim;

/**
 * Gives every claim of one source a stable id, its anchor on the source page:
 * {@code c-<fact>-<value>}, with {@code -2}, {@code -3} for repeats. It depends only on what the
 * claim states, so it stays the same when text elsewhere in the source changes.
 */
final class ClaimIds {
    private ClaimIds() {
    }

    static List<Claim> assign(List<Claim> claims) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end).thenComparing(Claim::fact));
        Map<String, Integer> seen = new HashMap<>();
        List<Claim> out = new ArrayList<>();
        for (Claim c : sorted) {
            String base = "c-" + c.fact().replace('.', '-') + "-" + c.value().toPlainString().replace('.', '_');
            int n = seen.merge(base, 1, Integer::sum);
            out.add(c.withId(n == 1 ? base : base + "-" + n));
        }
        return out;
    }
}
