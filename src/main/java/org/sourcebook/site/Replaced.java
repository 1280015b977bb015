package org.sourcebook.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;

/** The sources {@code serve} replaced in an archive, found by identity (an unchanged source keeps its object). */
final class Replaced {
    private Replaced() {
    }

    /**
     * {@code sorted} (the sources of {@code before} in {@code order}) with the replaced sources of
     * {@code after} in their places; null when that is not the order of {@code after} (a replaced
     * source moved, or the sources are not the same) or when {@code sorted} is null.
     */
    static List<Source> inOrder(List<Source> sorted, Archive before, Archive after, Comparator<Source> order) {
        List<Source> was = before.sources();
        List<Source> now = after.sources();
        if (sorted == null || was.size() != now.size()) {
            return null;
        }
        List<Source> out = null;
        for (int i = 0; i < now.size(); i++) {
            Source old = was.get(i);
            Source s = now.get(i);
            if (old == s) {
                continue;
            }
            if (!old.slug().equals(s.slug()) || order.compare(old, s) != 0) {
                return null;
            }
            int at = Collections.binarySearch(sorted, old, order);
            if (at < 0 || sorted.get(at) != old) {
                return null;
            }
            if (out == null) {
                out = new ArrayList<>(sorted);
            }
            out.set(at, s);
        }
        return out == null ? sorted : List.copyOf(out);
    }
}
