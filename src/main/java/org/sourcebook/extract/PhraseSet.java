package org.sourcebook.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fixed set of phrases (lower case; a trailing {@code *} matches a prefix), all found in one
 * pass over a text. Built once per {@link Vocabulary} as an Aho–Corasick automaton; {@link #scan}
 * gives the {@link PhraseHits} of one lower-cased text, where each phrase is looked up without
 * reading the text again. Where a phrase counts as found is exactly {@link Text#find}'s rule.
 */
final class PhraseSet {
    /** Whether the set's strings are found as they are, word boundaries or not (a set of literals). */
    final boolean asIs;
    /** Phrase as written (with its {@code *}) → its index in {@link #phrases}. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> phrases = new ArrayList<>();
    /** Per phrase: the literal it looks for (the phrase without its {@code *}), and whether it is a prefix. */
    private final List<String> literals = new ArrayList<>();
    private final boolean[] prefix;
    private final int[] literalLength;
    /** Per phrase: whether it starts with a word char (so none may come before it), and whether it ends with one and is no prefix (so none may follow). */
    private final boolean[] opensWord;
    private final boolean[] closesWord;
    /** Char → its class in the automaton's alphabet; 0 for a char no phrase holds. */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int classes;
    /** log2 of a state's row in {@link #delta}: the classes, rounded up to a power of two. */
    private final int shift;
    /**
     * delta[(state << shift) + class]: the next state, as its row (state << shift), with {@link #ENDS} set when
     * a phrase ends there; fail links already followed.
     */
    private final int[] delta;
    /** The bit of a row in {@link #delta} that says a phrase ends in its state. */
    private static final int ENDS = Integer.MIN_VALUE;
    /** Per state: the phrases whose literal ends there. */
    private final int[][] ends;

    /** Each list of phrases the set was made from or {@link #keep}s → its phrases' indexes (-1: not in the set); read only once made. */
    private final Map<List<String>, int[]> listIds = new IdentityHashMap<>();

    /** The set of the phrases of {@code lists}; each list can then be asked for as a whole ({@link PhraseHits#present}). */
    PhraseSet(List<List<String>> lists) {
        this(lists, false);
    }

    /**
     * With {@code asIs}, a set of strings found wherever they occur as they are, word boundaries or not ({@code *}
     * no prefix mark but a char): its hits' {@link PhraseHits#find} answers as {@link Text#indexOf} does, for a
     * string of the set that is not empty.
     */
    PhraseSet(List<List<String>> lists, boolean asIs) {
        this.asIs = asIs;
        Set<String> unique = new LinkedHashSet<>();
        lists.forEach(unique::addAll);
        for (String p : unique) {
            String literal = !asIs && p.endsWith("*") ? p.substring(0, p.length() - 1) : p;
            if (!literal.isEmpty()) {
                ids.put(p, phrases.size());
                phrases.add(p);
                literals.add(literal);
            }
        }
        prefix = new boolean[phrases.size()];
        literalLength = literals.stream().mapToInt(String::length).toArray();
        opensWord = new boolean[phrases.size()];
        closesWord = new boolean[phrases.size()];
        int k = 1;
        for (int i = 0; i < phrases.size(); i++) {
            prefix[i] = !asIs && phrases.get(i).endsWith("*");
            String lit = literals.get(i);
            opensWord[i] = !asIs && Text.isWordChar(lit.charAt(0));   // no boundary asked of a literal set's strings
            closesWord[i] = !asIs && !prefix[i] && Text.isWordChar(lit.charAt(lit.length() - 1));
            for (char c : literals.get(i).toCharArray()) {
                if (classOf[c] == 0) {
                    classOf[c] = (char) k++;
                }
            }
        }
        classes = k;
        shift = 32 - Integer.numberOfLeadingZeros(Math.max(1, classes - 1));
        Trie trie = new Trie();
        for (int i = 0; i < phrases.size(); i++) {
            trie.add(literals.get(i), i);
        }
        delta = new int[trie.size() << shift];
        ends = new int[trie.size()][];
        link(trie);
        for (int i = 0; i < delta.length; i++) {
            // a state where some phrase ends is marked by the sign bit: the scan looks at its phrases only then
            delta[i] = delta[i] << shift | (ends[delta[i]].length > 0 ? ENDS : 0);
        }
        for (List<String> l : lists) {
            listIds.put(l, idsOf(l));
        }
    }

    /** Keeps the indexes of {@code list}, a fixed list, for {@link #ids}; only while the set's owner is being made. */
    void keep(List<String> list) {
        listIds.putIfAbsent(list, idsOf(list));
    }

    /** The index of each phrase of {@code phrases} (-1 for one outside the set). */
    int[] ids(List<String> phrases) {
        int[] ids = listIds.get(phrases);
        return ids != null ? ids : idsOf(phrases);
    }

    private int[] idsOf(List<String> phrases) {
        return phrases.stream().mapToInt(this::id).toArray();
    }

    /** Breadth first: each state's moves, and its output merged with that of its fail state. */
    private void link(Trie trie) {
        int[] fail = new int[trie.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        ends[0] = trie.ends(0);
        for (int c = 0; c < classes; c++) {
            int next = trie.child(0, c);
            delta[c] = Math.max(next, 0);
            if (next > 0) {
                queue.add(next);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int[] own = trie.ends(s);
            int[] inherited = ends[fail[s]];
            ends[s] = inherited.length == 0 ? own : concat(own, inherited);
            for (int c = 0; c < classes; c++) {
                int next = trie.child(s, c);
                if (next < 0) {
                    delta[(s << shift) + c] = delta[(fail[s] << shift) + c];
                } else {
                    fail[next] = delta[(fail[s] << shift) + c];
                    delta[(s << shift) + c] = next;
                    queue.add(next);
                }
            }
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Every place each phrase occurs in {@code lower} at word boundaries. */
    PhraseHits scan(String lower) {
        int[][] at = new int[phrases.size()][];
        int[] count = new int[phrases.size()];
        char[] text = lower.toCharArray();
        int[] delta = this.delta;
        char[] classOf = this.classOf;
        int row = 0;
        for (int i = 0; i < text.length; i++) {
            row = delta[(row & ~ENDS) + classOf[text[i]]];
            if (row >= 0) {
                continue;
            }
            int[] found = ends[(row & ~ENDS) >>> shift];
            for (int p : found) {
                int start = i + 1 - literalLength[p];
                // Text.boundedAt: no word char runs into the phrase's first one, nor (unless a prefix) out of its last one
                boolean bounded = !(opensWord[p] && start > 0 && Text.isWordChar(text[start - 1]))
                        && !(closesWord[p] && i + 1 < text.length && Text.isWordChar(text[i + 1]))
                        && !(opensWord[p] && start > 3 && text[start - 1] == '-' && Text.afterTimePrefix(lower, start));
                if (bounded) {
                    if (at[p] == null) {
                        at[p] = new int[4];
                    } else if (count[p] == at[p].length) {
                        at[p] = Arrays.copyOf(at[p], count[p] * 2);
                    }
                    at[p][count[p]++] = start;
                }
            }
        }
        return new PhraseHits(this, lower, at, count);
    }

    /** The index of {@code phrase}, or -1 when it is not one of the set. */
    int id(String phrase) {
        Integer id = ids.get(phrase);
        return id == null ? -1 : id;
    }

    int literalLength(int id) {
        return literalLength[id];
    }

    /** The phrases' literals as a trie over the alphabet's classes, while the automaton is built. */
    private final class Trie {
        private final List<Map<Integer, Integer>> children = new ArrayList<>();
        private final List<List<Integer>> ends = new ArrayList<>();

        Trie() {
            node();
        }

        private int node() {
            children.add(new HashMap<>());
            ends.add(new ArrayList<>());
            return children.size() - 1;
        }

        void add(String literal, int phrase) {
            int s = 0;
            for (char c : literal.toCharArray()) {
                Integer next = children.get(s).get((int) classOf[c]);
                if (next == null) {
                    next = node();
                    children.get(s).put((int) classOf[c], next);
                }
                s = next;
            }
            ends.get(s).add(phrase);
        }

        int child(int s, int c) {
            return children.get(s).getOrDefault(c, -1);
        }

        int[] ends(int s) {
            return ends.get(s).stream().mapToInt(Integer::intValue).toArray();
        }

        int size() {
            return children.size();
        }
    }
}
