package org.sourcebook.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads list items and their shared predicate: where a list goes on, what its items share, its lead-in. */
final class ListItems extends SentencePart {
    /** A list's next item with its own frame: "and the senates of", "and by the assemblies of", "and of". */
    private static final Pattern FRAMED_ITEM = Pattern.compile("^\\s*,?\\s*(?:and|or|&|\\+|as well as)\\s+(?:by\\s+)?(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:of|in|from)\\s+(?:the\\s+)?$");
    /** A framed item with no word of its own before its preposition: " and of ". */
    private static final Pattern BARE_FRAME = Pattern.compile("^\\s*,?\\s*(?:and|or|&|as well as)\\s+(?:of|in|from)\\s+(?:the\\s+)?$");
    /** The tail of what lies between two coordinated figures: " and ", ", and with parliaments in ", " as well as ". */
    private static final Pattern SIBLING_GAP = Pattern.compile("(?:^|,)[ \\t]*(?:and|&|as well as)[ \\t]+(?:with[ \\t]+)?(?:the[ \\t]+)?(?:\\p{L}+[ \\t]+(?:in|of)[ \\t]+)?(?:the[ \\t]+)?$");
    /** "and many others", ", and the": a noun phrase joined to the one before. */
    private static final Pattern CO_SUBJECT = Pattern.compile("\\s*,?\\s*(?:and|or)\\s+(?!\\d)");
    /** Names joined by commas and "and" that run up to the end of a region: "Peru, Chile and ". */
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'’.-]*)*";
    static final Pattern NAME_LIST_END = Pattern.compile("(?:" + NAME + "\\s*,\\s*)*" + NAME + "\\s*,?\\s+and\\s+$");
    static final Pattern PURE_SEPARATOR = Pattern.compile("^\\s*(?:,|;|·|•)?\\s*(?:and|or|&|\\+|as well as)?\\s*$");
    /** ", its ", " and their ", ", the town's ": a separator and the next item's own determiner. */
    private static final Pattern DETERMINED_ITEM = Pattern.compile("^\\s*(?:,|;)?\\s*(?:and|or|&|\\+|as well as)?\\s*(?:its|their|our|his|her|the|the\\s+[\\p{L}-]+['’]s)\\s+$");
    /** "; all were destroyed", ": all of them were razed": a clause whose subject stands for the items of a list before it. */
    private static final Pattern LIST_ANAPHOR = Pattern.compile("^\\s*[;:—–]\\s*(?:and\\s+)?(?:all|all of them|all of these|each|each of them|both|they|these|those|every one)\\s");
    /** ", including Pakistan, ", " — among them Pakistan and Peru — ": an aside between two items of a list. */
    private static final Pattern ASIDE_GAP = Pattern.compile("(?s)^\\s*(?:,.*,|[—–].*[—–])\\s*(?:and\\s+)?$");
    /** A reference mark: "[11]", "[n 4]", "¹²". */
    static final Pattern REFERENCE_MARK = Pattern.compile("\\[(?:n\\s?|\\^)?\\d{1,3}\\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+");
    private static final Pattern SUPERSCRIPT_MARK = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]");

    ListItems(SentenceReader r) {
        super(r);
    }

    String gap(int i) {
        int to = i + 1 < items.size() ? items.get(i + 1).qualStart : sentence[1];
        int from = Math.max(items.get(i).phraseEnd, items.get(i).nounEnd);   // "45 were children": the gap starts after the noun
        return from <= to ? withoutReferenceMarks(lower.substring(from, to)) : "";
    }

    /** A gap without the reference marks that stand in it ("18 countries[11] and 24 states", "57 children¹; 455 wounded"): they say nothing. */
    static String withoutReferenceMarks(String gap) {
        return gap.indexOf('[') < 0 && !SUPERSCRIPT_MARK.matcher(gap).find() ? gap : REFERENCE_MARK.matcher(gap).replaceAll("");
    }

    boolean pure(int i) {
        return i + 1 < items.size() && PURE_SEPARATOR.matcher(gap(i)).matches();
    }

    /** A gap that says nothing about the number before it ("countries, including Pakistan, "): the list goes on. */
    boolean listGap(int i) {
        if (pure(i) || i + 1 < items.size() && DETERMINED_ITEM.matcher(gap(i)).matches()) {
            return true;
        }
        if (i + 1 >= items.size()) {
            return false;
        }
        String g = gap(i);
        // "9 nations and the senates of 14 states": the next item comes with a frame of its own
        // "of a dozen countries and of 22 states": a bare "and of" goes on with the list only when the item before says nothing of itself ("200 dead and of 700 taken captive")
        boolean framed = FRAMED_ITEM.matcher(g).matches() && (!BARE_FRAME.matcher(g).matches() || !r.breakdowns.saysItself(items.get(i)));
        if (!framed && (!ASIDE_GAP.matcher(g).matches() || g.contains(";") || g.length() > (g.strip().startsWith(",") ? 60 : 90))) {
            return false;
        }
        Matcher w = SentenceReader.WORD.matcher(g);
        while (w.find()) {
            String word = w.group();
            if (v.predicateWords.contains(word) || Character.isDigit(word.charAt(0))) {
                return false;
            }
            for (FactCues c : v.cues) {
                if (c.words().contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * What a list shares, with the clause after it whose subject stands for its items ("14 schools and
     * 3 museums; all were destroyed"): from the shared window's start to that clause's end.
     */
    int[] anaphoric(int[] shared, int last) {
        if (last + 1 < items.size() || shared[1] >= sentence[1]) {
            return shared;
        }
        Matcher m = LIST_ANAPHOR.matcher(lower);
        m.region(shared[1], sentence[1]);
        if (!m.lookingAt()) {
            return shared;
        }
        return new int[] {shared[0], r.clauses.predicate(m.end() - 1, last, 16)[1]};
    }

    boolean hasNoun(NumberPhrase it) {
        return it.classHit || !it.nounHits.isEmpty() || it.unit != null && it.unknownNoun;
    }

    /**
     * The fact of a figure coordinated with the one just claimed ("24 US states and more than 15 countries", ", and
     * parliaments in 16 countries"), when its own noun names exactly one other fact of the same group that shares
     * most of what is said of it (the first fact's words), or null.
     */
    String coordinatedSibling(int idx, String lastTopFact) {
        NumberPhrase it = items.get(idx);
        if (idx == 0 || lastTopFact == null || it.nounHits.isEmpty() || it.unit != null || it.nounHits.contains(lastTopFact)) {
            return null;
        }
        NumberPhrase prev = items.get(idx - 1);
        if (prev.phraseEnd > it.qualStart || !SIBLING_GAP.matcher(lower).region(prev.phraseEnd, it.qualStart).find()) {
            return null;
        }
        FactCues first = v.cues.stream().filter(c -> c.id().equals(lastTopFact)).findFirst().orElse(null);
        if (first == null || first.words().isEmpty()) {
            return null;
        }
        String found = null;
        for (FactCues c : v.cues) {
            if (!it.nounHits.contains(c.id()) || c.id().equals(lastTopFact) || !java.util.Objects.equals(c.fact().group(), first.fact().group())
                    || c.words().isEmpty() || c.beyond(it.value)) {
                continue;
            }
            long shared = c.words().stream().filter(first.words()::contains).count();
            if (shared * 2 < Math.min(c.words().size(), first.words().size())) {
                continue;
            }
            if (found != null) {
                return null;   // the noun names more than one such fact
            }
            found = c.id();
        }
        return found;
    }

    /**
     * Whether figure {@code idx}, without a noun, is opened by a word that says it counts more of the kind the
     * figure before it counts ({@code same_kind_before}: "another 72 were wounded", "a further 40"), that figure
     * being no part of a breakdown ("580 died, among them 57 children, and another 455 ..." counts people).
     */
    boolean sameKindAsBefore(int idx) {
        NumberPhrase it = items.get(idx);
        NumberPhrase prev = items.get(idx - 1);
        int from = Math.min(prev.phraseEnd, it.qualStart);
        String between = lower.substring(from, it.qualStart).stripTrailing();
        boolean opened = false;
        for (String w : v.grammar.list("same_kind_before")) {
            int at = between.length() - w.length();
            if (at >= 0 && between.endsWith(w) && (at == 0 || !Character.isLetterOrDigit(between.charAt(at - 1)))) {
                opened = true;
                break;
            }
        }
        if (!opened && !gappedSubject(prev, it, between)) {
            return false;
        }
        String lead = " " + lower.substring(sentence[0], prev.qualStart).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String marker : v.grammar.list("breakdown_markers")) {
            if (lead.contains(" " + marker + " ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "57 children died and 84 were wounded": the figure opens a clause joined by "and" to the clause of the figure
     * before, whose own noun and verb come before the "and", and a verb of its own follows it: its noun is left out
     * as the same as the one before (84 children).
     */
    private boolean gappedSubject(NumberPhrase prev, NumberPhrase it, String between) {
        if (prev.nounHits.isEmpty() && !prev.classHit || !between.endsWith(" and") || between.contains(";")) {
            return false;
        }
        Matcher w = SentenceReader.WORD.matcher(between);
        boolean verb = false;
        while (w.find()) {
            verb |= v.predicateWords.contains(w.group());
        }
        Matcher next = SentenceReader.WORD.matcher(lower).region(Math.max(it.numEnd, it.phraseEnd), sentence[1]);
        return verb && next.find() && lower.substring(Math.max(it.numEnd, it.phraseEnd), next.start()).isBlank()
                && (v.predicateWords.contains(next.group()) || v.quoteOpenWords.contains(next.group()));
    }

    /**
     * "Many public buildings were razed, among them 6 schools": what is said of a whole before the
     * breakdown marker that opens its parts (back to the previous number or a semicolon), or null.
     */
    int[] lead(int idx) {
        int to = items.get(idx).qualStart;
        int from = Math.max(sentence[0], idx > 0 ? Math.min(items.get(idx - 1).phraseEnd, to) : sentence[0]);
        String before = lower.substring(from, to).stripTrailing();
        for (String marker : v.grammar.list("breakdown_markers")) {
            int at = before.length() - marker.length();
            if (at > 0 && before.endsWith(marker) && !Character.isLetterOrDigit(before.charAt(at - 1))) {
                int semi = before.lastIndexOf(';', at);
                return new int[] {from + semi + 1, from + at};
            }
        }
        return null;
    }

    /**
     * "Destroyed along with the homes: 14 schools, 21 clubs, 29 libraries": a list that follows a label
     * and its colon in its own sentence takes what the label says (from the clause start to the colon),
     * or null; a lead-in that holds a figure of its own is no label.
     */
    int[] colonLead(int idx) {
        NumberPhrase it = items.get(idx);
        int from = Math.max(sentence[0], Math.max(lower.lastIndexOf('\n', it.qualStart - 1), lower.lastIndexOf(';', it.qualStart - 1)) + 1);
        if (idx > 0 && items.get(idx - 1).numEnd > from) {
            // "..., a town of 7,000 people, and shows what was lost: 14 schools": a clause of its own after the figure before
            int prevEnd = items.get(idx - 1).numEnd;
            int and = prevEnd < it.qualStart ? lower.substring(prevEnd, it.qualStart).lastIndexOf(", and ") : -1;
            if (and < 0) {
                return null;   // "a million were displaced on both sides: 724,000 Azerbaijanis ...": parts of a figure, no label
            }
            from = prevEnd + and + 2;
        }
        String before = withoutDeterminer(lower.substring(from, it.qualStart).stripTrailing());
        if (!before.endsWith(":") || before.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return new int[] {from, from + before.length() - 1};
    }

    /** "what was lost: its" → "what was lost:": a possessive or an article that opens the figure's phrase, dropped. */
    private String withoutDeterminer(String before) {
        int sp = before.lastIndexOf(' ');
        String last = before.substring(sp + 1);
        if (sp < 0 || !v.grammar.list("possessive_determiners").contains(last) && !v.grammar.list("articles").contains(last)) {
            return before;
        }
        return before.substring(0, sp).stripTrailing();
    }

    /**
     * "14 schools were destroyed, along with 21 clubs and 29 libraries": items joined to the figure before
     * them by a word of {@code shared_predicate_joins} share what was said of that figure (from its number
     * to the join), or null.
     */
    int[] saidOfFigureBefore(int idx) {
        if (idx == 0) {
            return null;
        }
        NumberPhrase prev = items.get(idx - 1);
        int from = prev.numEnd;
        int to = items.get(idx).qualStart;
        if (from >= to) {
            return null;
        }
        String gap = lower.substring(from, to).stripTrailing();
        if (gap.indexOf(';') >= 0 || gap.indexOf('\n') >= 0) {
            return null;
        }
        for (String join : v.grammar.list("shared_predicate_joins")) {
            int at = gap.length() - join.length();
            if (at > 0 && gap.endsWith(join) && !Character.isLetterOrDigit(gap.charAt(at - 1))) {
                return new int[] {from, from + at};
            }
        }
        return null;
    }

    /**
     * Where a list of names that ends right before a number starts ("Peru, Chile and 9 other
     * countries"), or {@code to} when there is none: capitalized names joined by commas, the
     * last by "and".
     */
    int namesBefore(int from, int to) {
        Matcher m = NAME_LIST_END.matcher(body);
        m.region(Math.max(from, to - 160), to);
        if (!mayEndNameList(body, Math.max(from, to - 160), to) || !m.find()) {
            return to;
        }
        return m.start();
    }

    /**
     * Whether {@link #NAME_LIST_END} may match {@code [from, to)} of {@code text}: it must end on "and",
     * white space and at most a line end ({@code $} may stand before one). A cheap test, so the
     * pattern is tried before few numbers.
     */
    static boolean mayEndNameList(String text, int from, int to) {
        int i = to;
        while (i > from && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i < to && i - 3 >= from && text.regionMatches(true, i - 3, "and", 0, 3);
    }

    /**
     * "15 nations and many American states have recognised": a noun phrase joined to the number's by
     * "and" or "or" is a subject of its own; what is said of both starts at the first predicate word after it.
     */
    int pastCoSubject(int from, int to) {
        Matcher join = CO_SUBJECT.matcher(lower);
        join.region(from, to);
        if (!join.lookingAt()) {
            return from;
        }
        Matcher w = SentenceReader.WORD.matcher(lower);
        w.region(join.end(), to);
        while (w.find()) {
            if (v.predicateWords.contains(w.group())) {
                return w.start();
            }
        }
        return from;
    }
}
