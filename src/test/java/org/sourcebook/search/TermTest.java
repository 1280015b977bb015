package org.sourcebook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A term's entry made with its shortcuts (its size kept as postings are added and replaced, the
 * postings a first try kept read again instead of all) is the entry made the plain way.
 */
class TermTest {
    @Test
    void entriesWithShortcutsAreThePlainOnesAsPostingsChange() {
        Random r = new Random(3);
        for (int trial = 0; trial < 40; trial++) {
            Term t = new Term("w" + trial);
            int docs = 1 + r.nextInt(trial < 20 ? 300 : 20_000);
            int doc = 0;
            for (int i = 0; i < docs; i++) {
                doc += 1 + r.nextInt(r.nextInt(10) == 0 ? 5_000 : 40);
                t.add(doc, 1 + r.nextInt(r.nextBoolean() ? 3 : 300));
            }
            int[] termMaxes = {30_000, 2_000, 200, 40};
            for (int round = 0; round < 30; round++) {
                int termMax = termMaxes[r.nextInt(termMaxes.length)];
                assertEquals(t.bytesOfAll(), t.entry(Integer.MAX_VALUE).length, "trial " + trial + " round " + round);
                t.replace(0, 0, new int[0], new int[0], 0);
                assertArrayEquals(t.plainEntry(termMax), t.entry(termMax), "trial " + trial + " round " + round + " termMax " + termMax);
                // replace the postings of a range of documents (a group), with fewer, as many or more, or none
                int from = r.nextInt(doc + 1);
                int to = from + r.nextInt(2_000);
                int n = r.nextInt(4) == 0 ? 0 : r.nextInt(Math.min(60, to - from + 1));
                int[] ds = r.ints(n, from, Math.max(from + 1, to)).sorted().distinct().toArray();
                int[] ws = r.ints(ds.length, 1, 200).toArray();
                t.replace(from, to, ds, ws, ds.length);
            }
        }
    }
}
