package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a claim's quote starts and ends: the shortest span that states the number and what it
 * counts. It runs from the number (with its bound, and a cue bound to it from before: "the deaths
 * of 580 people", "killing 580") through its noun and the cue words that decided the fact, taking
 * the longest run of that fact's cues that follows without a clause break ("were completely wiped
 * out", "were captured, taken hostage"). An item of a list keeps its own phrase ("25 children without
 * a parent") but not the predicate the list shares. A quote never ends on an auxiliary or an adverb.
 * Grammar only: the cues are the fact's, the word lists are the grammar's.
 */
final class QuoteSpan {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern WORDS_ONLY = Pattern.compile("[\\p{L}\\s]*");
    /** Marks no quote runs across. */
    private static final Pattern HARD_BREAK = Pattern.compile("[;:—–()\\[\\]\"“”.!?\\n\\p{N}]");
    /** Where an item of a list ends. */
    private static final Pattern ITEM_END = Pattern.compile("[,;:—–()\\[\\].!?\\n]|\\b(?:and|or|as well as|while|whereas|but)\\b");
    /** Words between a number and a cue after it, at most. */
    private static final int AFTER_GAP = 5;
    /** Words between one cue and the next of a run ("were completely wiped out", "lands were occupied"), at most. */
    private static final int CHAIN_GAP = 2;
    /** Words between a cue before the number and the number ("deaths of", "fate of the"), at most. */
    private static final int BEFORE_GAP = 2;

    private final Vocabulary v;
    private final String lower;
    private final PhraseHits hits;
    private final int[] sentence;

    QuoteSpan(Vocabulary v, PhraseHits hits, int[] sentence) {
        this.v = v;
        this.lower = hits.lower();
        this.hits = hits;
        this.sentence = sentence;
    }

    /**
     * The span of the quote for {@code it} read as fact {@code best}. {@code after} is how far after
     * the number the quote may reach (what is said of it, or the item's own phrase in a list);
     * {@code head} is what is said before it; {@code extend} says whether a cue away from the number
     * (the one that decided the fact) belongs in the quote.
     */
    int[] span(NumberPhrase it, FactMatch best, int[] head, int after, boolean extend) {
        FactCues c = best.cues();
        boolean measure = c.measure() != null;
        int start = it.qualStart;
        int end = Math.max(it.numEnd, it.nounEnd);
        int reach = Math.max(end, Math.min(after, sentence[1]));
        if (!measure && best.cueAt() >= 0) {
            if (best.cueAt() < it.qualStart) {
                if (extend) {
                    start = best.cueAt();
                }
            } else if (best.cueEnd() > end && (extend || best.cueEnd() <= reach)) {
                end = best.cueEnd();
                reach = Math.max(reach, end);
            }
        }
        if (measure && best.cueAt() >= end && best.cueEnd() <= reach && sameClause(lower.substring(end, best.cueAt()))) {
            // "a 30-year struggle to end the occupation of the region"; not "within 44 days, the army won"
            end = best.cueEnd();
        }
        // the fact's cues that go on right after ("were completely" + "wiped out"; "captured, taken hostage")
        end = chain(c, end, Math.max(it.numEnd, it.nounEnd), reach);
        if (start == it.qualStart && head != null) {
            start = before(c, it, head, measure);
        }
        final int from = start;
        if (start < it.qualStart && c.nouns().stream().noneMatch(n -> lower.startsWith(n, from))) {
            start = article(start, head == null ? sentence[0] : head[0]);
        }
        end = closed(it, end, reach);
        return new int[] {start, end};
    }

    /** The end of an item of a list: its own words, up to the next separator or what the list says of all its items. */
    int itemEnd(NumberPhrase it, int limit) {
        int from = Math.max(it.numEnd, it.nounEnd);
        Matcher m = ITEM_END.matcher(lower);
        m.region(from, Math.max(from, Math.min(limit, sentence[1])));
        int to = m.find() ? m.start() : Math.max(from, Math.min(limit, sentence[1]));
        Matcher w = WORD.matcher(lower);
        w.region(from, to);
        while (w.find()) {
            if (v.predicateWords.contains(w.group())) {
                return w.start();
            }
        }
        return to;
    }

    /** Cue matches of the fact in [from, to): {start, end} pairs. */
    private List<int[]> cues(FactCues c, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (String cue : hits.present(c.words())) {
            int at = hits.find(cue, from, to);
            while (at >= 0) {
                int e = Text.matchEnd(lower, cue, at);
                if (e <= to) {
                    out.add(new int[] {at, e});
                }
                at = hits.find(cue, at + 1, to);
            }
        }
        return out;
    }

    private int chain(FactCues c, int end, int noun, int reach) {
        if (reach <= end) {
            return end;
        }
        List<int[]> found = cues(c, Math.max(sentence[0], end - 40), reach);
        boolean grew = true;
        while (grew) {
            grew = false;
            int bestEnd = end;
            for (int[] f : found) {
                if (f[1] <= end) {
                    continue;
                }
                if (f[0] < end || gapOk(lower.substring(end, f[0]), end > noun ? CHAIN_GAP : AFTER_GAP)) {
                    bestEnd = Math.max(bestEnd, f[1]);
                }
            }
            if (bestEnd > end) {
                end = bestEnd;
                grew = true;
            }
        }
        return end;
    }

    /** A gap a quote runs across: a few words, no clause mark, and after a comma only a word or two ("captured, taken hostage"). */
    private boolean gapOk(String gap, int maxWords) {
        if (words(gap) > maxWords) {
            return false;
        }
        return sameClause(gap);
    }

    /** Nothing between two words of one clause but words and a comma before a coordinated predicate ("captured, taken hostage"). */
    private boolean sameClause(String gap) {
        if (HARD_BREAK.matcher(gap).find()) {
            return false;
        }
        for (String br : v.grammar.list("clause_breaks")) {
            if (gap.contains(br)) {
                return false;
            }
        }
        int comma = gap.lastIndexOf(',');
        if (comma >= 0) {
            // after a comma only the words of a predicate ("taken"), not a new subject ("Azerbaijan won")
            Matcher w = WORD.matcher(gap.substring(comma + 1));
            while (w.find()) {
                if (!v.predicateWords.contains(w.group())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A cue bound to the number from before it ("killing 580", "the fate of 150"), or a measure's preposition ("within 44 days"). */
    private int before(FactCues c, NumberPhrase it, int[] head, boolean measure) {
        int from = Math.max(head[0], sentence[0]);
        int start = it.qualStart;
        if (!measure) {
            for (int[] f : cues(c, from, it.qualStart)) {
                String gap = lower.substring(f[1], it.qualStart);
                if (f[0] < start && WORDS_ONLY.matcher(gap).matches() && words(gap) <= BEFORE_GAP) {
                    start = f[0];
                }
            }
            // a noun of the fact that the number counts the members of: "legislative bodies of about 20 countries"
            for (String n : c.nouns()) {
                int at = Text.phraseEndingAt(lower, List.of(n + " of"), it.qualStart, from);
                if (at >= 0 && at < start && n.contains(" ")) {
                    return at;
                }
            }
        }
        if (start == it.qualStart) {
            for (String p : v.grammar.list("measure_prepositions")) {
                if (!measure) {
                    break;
                }
                int at = Text.phraseEndingAt(lower, List.of(p), it.qualStart, from);
                if (at >= 0 && at < start) {
                    start = at;
                    break;
                }
            }
        }
        return start;
    }

    /** "the deaths of", "the fate of": the determiner that goes with a cue before the number. */
    private int article(int start, int floor) {
        int at = Text.phraseEndingAt(lower, v.grammar.list("articles"), start, Math.max(floor, sentence[0]));
        return at >= 0 && at < start ? at : start;
    }

    /** Never end on an auxiliary or an adverb ("were completely"): take the word it leads to, else drop it. */
    private int closed(NumberPhrase it, int end, int reach) {
        int floor = Math.max(it.numEnd, it.nounEnd);
        for (int guard = 0; guard < 4 && end > floor; guard++) {
            String last = lastWord(floor, end);
            if (last == null || !open(last)) {
                return end;
            }
            Matcher w = WORD.matcher(lower);
            w.region(end, Math.max(end, Math.min(sentence[1], reach + 60)));
            if (w.find() && w.start() - end <= 1 && lower.substring(end, w.start()).isBlank()) {
                end = w.end();
            } else {
                break;
            }
        }
        // no word to close on: cut the open words off
        String last = lastWord(floor, end);
        while (end > floor && last != null && open(last)) {
            end = lower.lastIndexOf(last, end - 1);
            while (end > floor && Character.isWhitespace(lower.charAt(end - 1))) {
                end--;
            }
            last = lastWord(floor, end);
        }
        return Math.max(end, floor);
    }

    private String lastWord(int from, int to) {
        Matcher w = WORD.matcher(lower);
        w.region(from, to);
        String last = null;
        int lastEnd = -1;
        while (w.find()) {
            last = w.group();
            lastEnd = w.end();
        }
        return last != null && lastEnd == to ? last : null;
    }

    private boolean open(String word) {
        if (v.quoteOpenWords.contains(word)) {
            return true;
        }
        // an adverb ("utterly", "brutally"), unless it is a word the facts count or are placed by
        return word.length() > 5 && word.endsWith("ly") && !v.countWords.contains(word) && !v.cueWords.contains(word);
    }

    private static int words(String s) {
        Matcher w = WORD.matcher(s);
        int n = 0;
        while (w.find()) {
            n++;
        }
        return n;
    }
}
