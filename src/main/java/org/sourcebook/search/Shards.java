package org.sourcebook.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How the terms are split into shard files: all terms under a prefix while they fit, else the
 * term equal to the prefix alone and each next letter's terms again (depth first, so each shard
 * is a run of the terms in order). Sizes come from a running sum of the entries' sizes, made once.
 */
final class Shards {
    private static final int MAX_DEPTH = 12;

    /** Terms {@code [lo, hi)} of the ordered terms, under {@code key}. */
    record Shard(String key, int lo, int hi) {
        /** {@code SB_SEARCH.add("t",n,{entry,entry,…});} */
        byte[] file(int n, Term[] terms, int termMax) {
            byte[] head = ("SB_SEARCH.add(\"t\"," + n + ",{").getBytes(StandardCharsets.US_ASCII);
            int size = head.length + Math.max(0, hi - lo - 1) + 4;
            for (int i = lo; i < hi; i++) {
                size += terms[i].entry(termMax).length;
            }
            byte[] out = new byte[size];
            System.arraycopy(head, 0, out, 0, head.length);
            int at = head.length;
            for (int i = lo; i < hi; i++) {
                if (i > lo) {
                    out[at++] = ',';
                }
                byte[] e = terms[i].entry(termMax);
                System.arraycopy(e, 0, out, at, e.length);
                at += e.length;
            }
            out[at++] = '}';
            out[at++] = ')';
            out[at++] = ';';
            out[at] = '\n';
            return out;
        }
    }

    private final Term[] terms;
    private final long[] upTo;
    private final int shardMax;
    private final int termMax;
    private final List<Shard> out = new ArrayList<>();

    private Shards(Term[] terms, int shardMax, int termMax) {
        this.terms = terms;
        this.shardMax = shardMax;
        this.termMax = termMax;
        this.upTo = new long[terms.length + 1];
        for (int i = 0; i < terms.length; i++) {
            upTo[i + 1] = upTo[i] + terms[i].entry(termMax).length + 1;
        }
    }

    /** The shards of {@code terms} (in order, each with its entry made). */
    static List<Shard> partition(Term[] terms, int shardMax, int termMax) {
        Shards s = new Shards(terms, shardMax, termMax);
        s.split("", 0, terms.length);
        return s.out;
    }

    private void split(String prefix, int lo, int hi) {
        if (upTo[hi] - upTo[lo] + 40 <= shardMax || prefix.length() >= MAX_DEPTH) {
            out.add(new Shard(prefix, lo, hi));
            return;
        }
        int p = prefix.length();
        int i = lo;
        if (i < hi && terms[i].text.length() <= p) {
            out.add(new Shard(prefix, i, i + 1));
            i++;
        }
        while (i < hi) {
            String t = terms[i].text;
            int next = t.offsetByCodePoints(p, 1);
            int j = i + 1;
            while (j < hi && terms[j].text.length() >= next && terms[j].text.regionMatches(p, t, p, next - p)) {
                j++;
            }
            split(t.substring(0, next), i, j);
            i = j;
        }
    }
}
