package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where each phrase of a {@link PhraseSet} occurs in one lower-cased text, in order. {@link #find}
 * answers as {@link Text#find} does; a phrase outside the set is looked for in the text.
 */
final class PhraseHits {
    private static final int[] NONE = new int[0];
    private final PhraseSet set;
    private final String lower;
    /** Per phrase: its starts, ascending. */
    private final int[][] starts;
    /** {@link #present} of each list asked for, by identity (the vocabulary's lists are fixed). */
    private final Map<List<String>, List<String>> present = new IdentityHashMap<>();
    private final Map<List<String>, boolean[]> presentMasks = new IdentityHashMap<>();
    private final Map<Object, Object> kept = new HashMap<>();
    private String lastPhrase;
    private int lastId;
    private List<FactCues> factsWithWords;
    private List<FactCues> factsWithNouns;

    PhraseHits(PhraseSet set, String lower, int[][] found, int[] count) {
        this.set = set;
        this.lower = lower;
        this.starts = new int[found.length][];
        for (int p = 0; p < found.length; p++) {
            starts[p] = found[p] == null ? NONE : Arrays.copyOf(found[p], count[p]);
        }
    }

    /**
     * Where {@code phrase} occurs at word boundaries from {@code from}, ending by {@code to}; -1 if not (as {@link Text#find}).
     * In the hits of a set of literals ({@link PhraseSet#asIs}): where it occurs as it is (as {@link Text#indexOf}).
     */
    int find(String phrase, int from, int to) {
        if (phrase != lastPhrase) {   // a phrase is mostly looked for several times in a row
            lastPhrase = phrase;
            lastId = set.id(phrase);
        }
        int id = lastId;
        if (id < 0) {
            return set.asIs ? Text.indexOf(lower, phrase, from, to) : Text.find(lower, phrase, from, to);
        }
        int[] at = starts[id];
        if (at.length == 0) {
            return -1;
        }
        int i = Arrays.binarySearch(at, Math.max(0, from));
        if (i < 0) {
            i = -i - 1;
        }
        return i < at.length && at[i] + set.literalLength(id) <= Math.min(to, lower.length()) ? at[i] : -1;
    }

    /**
     * The phrases of {@code phrases} that may be found in the text, in their order: those of the set
     * that occur in it, and any outside the set. A phrase left out is never found, so a loop over
     * this list finds what a loop over {@code phrases} finds.
     */
    List<String> present(List<String> phrases) {
        List<String> found = present.get(phrases);
        if (found == null) {
            boolean[] mask = presentMask(phrases);
            List<String> kept = new ArrayList<>();
            for (int k = 0; k < mask.length; k++) {
                if (mask[k]) {
                    kept.add(phrases.get(k));
                }
            }
            found = kept.size() == phrases.size() ? phrases : kept;
            present.put(phrases, found);
        }
        return found;
    }

    /** For each phrase of {@code phrases}, whether it may be found in the text (as {@link #present}); once per list. */
    boolean[] presentMask(List<String> phrases) {
        boolean[] mask = presentMasks.get(phrases);
        if (mask == null) {
            int[] ids = set.ids(phrases);
            mask = new boolean[ids.length];
            for (int k = 0; k < ids.length; k++) {
                mask[k] = ids[k] < 0 || starts[ids[k]].length > 0;
            }
            presentMasks.put(phrases, mask);
        }
        return mask;
    }

    /**
     * The facts of the vocabulary's {@code cues} some of whose words occur in the text, in order: no
     * other fact can match a number of it. Worked out once per text (always for the same list).
     */
    List<FactCues> factsWithWords(List<FactCues> cues) {
        if (factsWithWords == null) {
            factsWithWords = cues.stream().filter(c -> !present(c.words()).isEmpty()).toList();
        }
        return factsWithWords;
    }

    /** The facts of the vocabulary's {@code cues} some of whose nouns occur in the text, in order (once per text, as above). */
    List<FactCues> factsWithNouns(List<FactCues> cues) {
        if (factsWithNouns == null) {
            factsWithNouns = cues.stream().filter(c -> !present(c.nouns()).isEmpty()).toList();
        }
        return factsWithNouns;
    }

    /**
     * What a reader of this text worked out for {@code key} (a record naming the work and its inputs),
     * worked out by {@code work} the first time it is asked for. The work must depend on this text
     * and its key only, and its result must not be changed by whoever receives it.
     */
    @SuppressWarnings("unchecked")
    <T> T kept(Object key, Supplier<T> work) {
        Object v = kept.get(key);
        if (v == null) {
            v = work.get();
            kept.put(key, v);
        }
        return (T) v;
    }

    /** The hits of {@link Vocabulary#literals} in the same text, found the first time they are asked for. */
    private PhraseHits literalHits;

    /**
     * The hits in this text of {@code literalSet}, a set of literals ({@link PhraseSet#asIs}): always the same set for one
     * text (the vocabulary's {@link Vocabulary#literals}). Its {@link #find} answers as {@link Text#indexOf}.
     */
    PhraseHits literals(PhraseSet literalSet) {
        if (literalHits == null) {
            literalHits = literalSet.scan(lower);
        }
        return literalHits;
    }

    String lower() {
        return lower;
    }
}
