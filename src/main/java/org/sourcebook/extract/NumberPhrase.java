package org.sourcebook.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.model.Claim;
import org.sourcebook.model.NumberDecision;
import org.sourcebook.model.Qualifier;

    /** One candidate number with what surrounds it: its bound, unit and noun phrase. */
    final class NumberPhrase {
    private static final Pattern COPULA_START = Pattern.compile("^\\s+(?:were|was|are|is)(?=\\s)");
    /** A word; a superscript reference mark after it is no part of it ("580 dead¹ —"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&&[^\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]][[\\p{L}\\p{N}'’-]&&[^\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]]*");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "from", "on", "for", "with", "among", "around", "across", "by", "to", "into", "during", "under",
            "concerning", "regarding", "about", "involving");
    private static final Pattern COPULA_NOUN = Pattern.compile("(?:\\s+of\\s+(?:those|the|them|these|whom)\\b[^,.;]{0,30}?)?\\s+(?:were|was|are|is)(?=\\s)");
    /** What ends a noun phrase between two of its words. */
    private static final Pattern PHRASE_BREAK = Pattern.compile(".*[,;:.!?()\\[\\]\"“”—–\\n|·•].*");
    /** The chars of {@link #PHRASE_BREAK}'s class: a gap without one of them does not break a phrase. */
    private static final String PHRASE_BREAK_MARKS = ",;:.!?()[]\"“”—–\n|·•";
    private static final Pattern POSSESSIVE = Pattern.compile("'s$|’s$|'$");

        NumberMention m;
        Qualifier qualifier = Qualifier.EXACT;
        int qualStart;
        String unit;
        BigDecimal value;
        int numEnd;
        int phraseEnd;
        int nounEnd;
        boolean classHit;
        boolean elided;
        boolean unknownNoun;
        boolean ofPrev;
        boolean copula;
        boolean records;   // "five published estimates": what is counted is records or sayings, no one
        Set<String> nounHits = new LinkedHashSet<>();

    static NumberPhrase read(Vocabulary v, PhraseHits hits, NumberMention m, int[] sentence, int next) {
        String lower = hits.lower();
        NumberPhrase it = new NumberPhrase();
        it.m = m;
        it.value = m.value();
        it.qualStart = m.start();
        it.numEnd = m.end();
        it.unit = m.unit();
        if (m.bound() != null) {
            it.qualifier = m.bound();
        }
        if (m.bound() != Qualifier.RANGE) {
            for (Map.Entry<String, List<String>> q : v.qualifiers.entrySet()) {
                int s = Text.phraseEndingAt(lower, q.getValue(), m.start(), sentence[0]);
                if (s >= 0 && (s < it.qualStart)) {
                    it.qualStart = s;
                    it.qualifier = Qualifier.find(q.getKey()).orElse(Qualifier.EXACT);
                }
            }
            it.qualifier = negatedComparison(v, lower, it, sentence[0]);
            for (Map.Entry<String, List<String>> q : v.qualifiersAfter.entrySet()) {
                String p = Text.phraseStartingAt(lower, q.getValue(), m.end());
                if (p != null && !q.getValue().isEmpty()) {
                    it.qualifier = Qualifier.find(q.getKey()).orElse(it.qualifier);
                    it.numEnd = lower.indexOf(p, m.end()) + p.length();
                }
            }
            for (Map.Entry<String, List<String>> q : v.qualifiersSaidAfter.entrySet()) {
                // "The Human Rights Watch figure of 172 was a minimum": a bound the clause after says, outside the figure's phrase
                if (it.qualifier == Qualifier.EXACT && !q.getValue().isEmpty() && Text.phraseStartingAt(lower, q.getValue(), m.end()) != null) {
                    it.qualifier = Qualifier.find(q.getKey()).orElse(it.qualifier);
                }
            }
        }
        // a measure written as the next word: "44 days", "three decades", "twenty percent"
        if (it.unit == null) {
            for (Map.Entry<String, List<String>> u : v.measures.entrySet()) {
                String p = Text.phraseStartingAt(lower, u.getValue(), it.numEnd);
                if (p != null && (p.length() > 1 || !Character.isLetter(p.charAt(0)))) {
                    it.unit = u.getKey();
                    if (p.startsWith("decade")) {
                        it.value = it.value.multiply(BigDecimal.TEN);
                    }
                    it.numEnd = lower.indexOf(p, it.numEnd) + p.length();
                    break;
                }
            }
        }
        int pos = it.numEnd;
        int quoteOpen = quotedInPhrase(lower, it, sentence[0]);
        if (quoteOpen >= 0) {
            pos = it.numEnd + 1;   // "the parliaments of “about twenty” countries": the noun goes on past the closing quote
        }
        String of = Text.phraseStartingAt(lower, v.grammar.list("breakdown_of_previous"), pos);
        if (of != null) {
            it.ofPrev = true;
            pos = lower.indexOf(of, pos) + of.length();
            Matcher cop = COPULA_START.matcher(lower.substring(pos, Math.min(lower.length(), pos + 6)));
            if (cop.find()) {
                pos += cop.end();
            }
        }
        noun(v, hits, it, pos, Math.max(pos, Math.min(sentence[1], next)));
        boundAfterNoun(v, lower, it);
        ownedBy(v, lower, it, quoteOpen >= 0 ? quoteOpen : it.qualStart, sentence[0]);
        if (it.elided && !it.ofPrev && it.nounHits.isEmpty() && opensLine(lower, it.qualStart)) {
            // "4. 9 — schools destroyed", "- 12 – clubs": a fact sheet's line that puts its figure first, a dash before the noun
            Matcher dash = DASH_BEFORE_NOUN.matcher(lower);
            dash.region(it.numEnd, Math.max(it.numEnd, Math.min(sentence[1], next)));
            if (dash.lookingAt()) {
                NumberPhrase probe = new NumberPhrase();
                probe.m = m;
                probe.numEnd = it.numEnd;
                noun(v, hits, probe, dash.end(), Math.max(dash.end(), Math.min(sentence[1], next)));
                if (!probe.nounHits.isEmpty()) {
                    it.nounHits.addAll(probe.nounHits);
                    it.nounEnd = Math.max(it.nounEnd, probe.nounEnd);
                }
            }
        }
        if (it.elided && !it.ofPrev) {
            // "98 of those killed were women", "57 were children": the noun comes after the copula
            Matcher cop = COPULA_NOUN.matcher(lower);
            cop.region(it.numEnd, Math.max(it.numEnd, Math.min(sentence[1], next)));
            if (cop.lookingAt()) {
                NumberPhrase probe = new NumberPhrase();
                probe.m = m;
                probe.numEnd = it.numEnd;
                noun(v, hits, probe, cop.end(), Math.max(cop.end(), Math.min(sentence[1], next)));
                if (!probe.nounHits.isEmpty()) {
                    it.nounHits.addAll(probe.nounHits);
                    it.nounEnd = Math.max(it.nounEnd, probe.nounEnd);
                    it.copula = true;
                }
            }
        }
        return it;
    }

    /** A negation right before a comparison: "cannot be", "could not have been", "was not", "is never". */
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            "(?:\\b(?:not|never|cannot)|n['’]t)(?:\\s+(?:have\\s+)?(?:be|been))?\\s+$");

    /**
     * "cannot be less than 485", "was not lower than", "could not have been more than 3,000": a comparison
     * ("… than") negated right before it bounds the other way: "less than" gives a floor (at least), "more than"
     * a ceiling (up to).
     */
    private static Qualifier negatedComparison(Vocabulary v, String lower, NumberPhrase it, int floor) {
        if ((it.qualifier != Qualifier.UP_TO && it.qualifier != Qualifier.MORE_THAN) || it.qualStart >= it.m.start()
                || !lower.substring(it.qualStart, it.m.start()).strip().endsWith("than")) {
            return it.qualifier;
        }
        Matcher neg = NEGATION_BEFORE.matcher(lower);
        neg.region(Math.max(floor, it.qualStart - 30), it.qualStart);
        if (!neg.find()) {
            return it.qualifier;
        }
        return it.qualifier == Qualifier.UP_TO ? Qualifier.AT_LEAST : Qualifier.UP_TO;
    }

    /**
     * A fact's owner words right before the number and its qualifier name what each counted thing
     * is, over the number's own noun: "the parliaments of some 15 States" counts countries.
     */
    private static void ownedBy(Vocabulary v, String lower, NumberPhrase it, int before, int floor) {
        for (FactCues c : v.cues) {
            if (!c.owners().isEmpty() && Text.phraseEndingAt(lower, c.owners(), before, floor) >= 0) {
                it.nounHits.clear();
                it.nounHits.add(c.id());
                return;
            }
        }
    }

    /**
     * Where the opening quote stands when the figure and its bound alone are quoted inside their noun phrase ("the
     * parliaments of “about twenty” countries", "a \"mere\" ... " is no such case): an opening quote right before the
     * bound, a closing one right after the figure, a word right after that; else -1.
     */
    private static int quotedInPhrase(String lower, NumberPhrase it, int floor) {
        int open = it.qualStart - 1;
        int close = it.numEnd;
        if (open < floor || close + 2 >= lower.length() || "“\"‘«".indexOf(lower.charAt(open)) < 0 || "”\"’»".indexOf(lower.charAt(close)) < 0
                || lower.charAt(close + 1) != ' ' || !Character.isLetter(lower.charAt(close + 2))) {
            return -1;
        }
        return open;
    }

    /** Whether {@code gap} between two words ends the noun phrase: {@link #PHRASE_BREAK}, tried only when the gap holds one of its marks. */
    /** A spaced dash between a figure and its noun: " — ", " – ", " - ". */
    private static final Pattern DASH_BEFORE_NOUN = Pattern.compile("[ \\t]+[—–-][ \\t]+(?=\\p{L})");

    /** Whether nothing but a list's or a number's mark stands before {@code at} on its line: no word. */
    private static boolean opensLine(String lower, int at) {
        for (int k = at - 1; k >= 0 && lower.charAt(k) != '\n'; k--) {
            if (Character.isLetter(lower.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean breaksPhrase(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (PHRASE_BREAK_MARKS.indexOf(gap.charAt(i)) >= 0) {
                return PHRASE_BREAK.matcher(gap).matches();
            }
        }
        return false;
    }

    /** "9 U.S. states": the gap after a word is the dot of an abbreviation ("u.s" of the grammar's list, or a dot inside one). */
    private static boolean abbreviationDot(Vocabulary v, String lower, int end, String gap) {
        if (!gap.equals(".") && !gap.equals(". ")) {
            return false;
        }
        if (gap.equals(".")) {
            return true;   // "u.s": no space after the dot
        }
        int s = end;
        while (s > 0 && (Character.isLetter(lower.charAt(s - 1)) || lower.charAt(s - 1) == '.')) {
            s--;
        }
        return s < end && lower.substring(s, end).contains(".") && v.grammar.list("abbreviations").contains(lower.substring(s, end));
    }

    private static boolean startsBreakdown(Vocabulary v, String lower, int at) {
        return startsAny(lower, at, v.grammar.list("breakdown_markers")) || startsAny(lower, at, v.grammar.list("breakdown_of_previous"));
    }

    /**
     * The first two chars of each of a list of phrases: {@link #startsAny} can find none of them where the text's
     * two chars are no phrase's ({@code any}: a phrase shorter than two chars, which may start anywhere).
     */
    record Starts(int[] pairs, boolean any) {
        static Starts of(List<String> phrases) {
            java.util.TreeSet<Integer> pairs = new java.util.TreeSet<>();
            boolean any = false;
            for (String p : phrases) {
                if (p.length() < 2) {
                    any = true;
                } else {
                    pairs.add(p.charAt(0) << 16 | p.charAt(1));
                }
            }
            return new Starts(pairs.stream().mapToInt(Integer::intValue).toArray(), any);
        }

        /** False only where no phrase of the list starts at {@code at} of {@code lower}. */
        boolean mayStartAt(String lower, int at) {
            return any || at < 0 || at + 1 >= lower.length()
                    || java.util.Arrays.binarySearch(pairs, lower.charAt(at) << 16 | lower.charAt(at + 1)) >= 0;
        }
    }

    /** Whether one of {@code phrases} starts at {@code at} and ends at a word's end. */
    static boolean startsAny(String lower, int at, List<String> phrases) {
        boolean inText = at >= 0 && at < lower.length();
        for (String p : phrases) {
            if (!p.isEmpty() && (!inText || p.charAt(0) != lower.charAt(at))) {
                continue;   // it cannot start here: its first char is not the text's
            }
            if (lower.startsWith(p, at) && (at + p.length() >= lower.length() || !Character.isLetter(lower.charAt(at + p.length())))) {
                return true;
            }
        }
        return false;
    }

    /** "victims'" → "victims", "Velin's" → "velin": the word without a possessive ending. */
    private static String withoutPossessive(String word) {
        return word.indexOf('\'') < 0 && word.indexOf('’') < 0 ? word : POSSESSIVE.matcher(word).replaceAll("");
    }

    /** A word of {@code number_modifiers} right after the number with a noun after it ("11 more countries", not "200 more were"). */
    private static boolean modifiesNext(Vocabulary v, String lower, String word, int after, int limit) {
        if (!v.grammar.list("number_modifiers").contains(word)) {
            return false;
        }
        Matcher next = WORD.matcher(lower);
        next.region(after, limit);
        if (!next.find() || !lower.substring(after, next.start()).isBlank()) {
            return false;
        }
        String n = next.group();
        return !v.elidedWords.contains(n) && !v.predicateWords.contains(n) && !Character.isDigit(n.charAt(0));
    }

    /** Reads the noun phrase after a number: what it counts, and where the phrase ends. */
    /** Whether {@code word} is a subordinator or a conjunction of time and a subject pronoun follows it: "before it was taken". */
    private static boolean clauseOpens(Vocabulary v, String lower, String word, int end, int limit) {
        if (!v.subordinators.contains(word) && !v.grammar.list("time_conjunctions").contains(word)) {
            return false;
        }
        Matcher next = WORD.matcher(lower).region(end, limit);
        return next.find() && lower.substring(end, next.start()).isBlank() && v.grammar.list("subject_pronouns").contains(next.group());
    }

    static void noun(Vocabulary v, PhraseHits hits, NumberPhrase it, int from, int limit) {
        String lower = hits.lower();
        Matcher w = WORD.matcher(lower);
        w.region(from, limit);
        int end = from;
        int count = 0;
        List<int[]> words = new ArrayList<>();
        while (w.find()) {
            String gap = lower.substring(end, w.start());
            if (breaksPhrase(gap) && !abbreviationDot(v, lower, end, gap) || count >= 8) {
                break;
            }
            String word = withoutPossessive(w.group());
            if (Sentences.isSuperscriptDigit(word.charAt(0))) {
                break;   // "gives 1,140.⁵": a reference mark, no noun
            }
            if (count > 0 && startsBreakdown(v, lower, w.start())) {
                break;   // "40 pensioners among them": the marker says whose part the count is
            }
            if (v.creditStarts.mayStartAt(lower, w.start()) && startsAny(lower, w.start(), v.grammar.list("attribution_before"))) {
                break;   // "at least 90 according to witnesses": who said it is not what is counted
            }
            if (count == 0 && v.grammar.list("time_adverbs").contains(word)) {
                break;   // "rose to 212 yesterday": a time, no noun
            }
            if (count == 0 && modifiesNext(v, lower, word, w.end(), limit)) {
                from = w.end();   // "11 more countries": the noun comes after the modifier
                end = from;
                continue;
            }
            if (count > 0 && clauseOpens(v, lower, word, w.end(), limit)) {
                break;   // "7,000 people before it was captured": a clause of its own, with its own subject
            }
            if (count == 0 && v.elidedWords.contains(word) || v.predicateWords.contains(word) || Character.isDigit(word.charAt(0))
                    || count > 0 && (word.equals("and") || word.equals("or"))) {
                break;
            }
            words.add(new int[] {w.start(), w.end()});
            end = w.end();
            count++;
        }
        it.phraseEnd = words.isEmpty() ? from : end;
        it.nounEnd = it.numEnd;
        if (words.isEmpty()) {
            it.records = recordsAfterParticiple(v, lower, from, limit);
            it.elided = !it.records;
            return;
        }
        if (words.size() == 1 && v.grammar.list("count_units").contains(Text.lower(lower.substring(words.get(0)[0], words.get(0)[1])))) {
            // "Schools destroyed: 9 units", "Killed ..... 410 pcs": a word that only says the figure counts whole things
            // leaves it without a noun of its own, as a label or a column's header names what it counts
            it.phraseEnd = words.get(0)[1];
            it.nounEnd = it.numEnd;
            it.elided = true;
            return;
        }
        if (namesWithoutWhose(v, lower, words)) {
            // "the list contains 580 names": the names stand for people the clause or the count before says who they are
            it.phraseEnd = words.get(0)[1];
            it.nounEnd = it.phraseEnd;
            it.elided = true;
            return;
        }
        int regionEnd = words.get(Math.min(words.size(), 4) - 1)[1];
        // the head noun comes before a preposition: "photographs of the victims" counts photographs
        int headWords = standsFor(v, lower, words);
        for (int[] span : words.subList(headWords, Math.min(words.size(), 4))) {
            if (headWords > 0 && PREPOSITIONS.contains(lower.substring(span[0], span[1]))) {
                break;
            }
            headWords++;
        }
        int headStart = words.get(headWords - 1)[0];
        Map<String, int[]> spans = new java.util.LinkedHashMap<>();
        List<FactCues> facts = hits.factsWithNouns(v.cues);   // no other has a noun here
        for (int ci = 0; ci < facts.size(); ci++) {
            FactCues c = facts.get(ci);
            List<String> nouns = hits.present(c.nouns());
            for (int k = 0; k < nouns.size(); k++) {
                String n = nouns.get(k);
                int at = hits.find(n, from, regionEnd);
                if (at >= 0 && at <= headStart) {
                    spans.put(c.id(), new int[] {at, at + n.length()});
                    break;
                }
            }
        }
        // the longest noun names what is counted: "state parliaments" is not "parliaments"
        for (Map.Entry<String, int[]> e : spans.entrySet()) {
            int[] a = e.getValue();
            boolean inside = spans.values().stream().anyMatch(b -> b[0] <= a[0] && b[1] >= a[1] && b[1] - b[0] > a[1] - a[0]);
            if (!inside) {
                it.nounHits.add(e.getKey());
                it.nounEnd = Math.max(it.nounEnd, a[1]);
            }
        }
        for (int[] span : words.subList(0, headWords)) {
            String word = withoutPossessive(lower.substring(span[0], span[1]));
            if (v.classNouns.contains(word)) {
                it.classHit = true;
                it.nounEnd = Math.max(it.nounEnd, span[1]);
                break;
            }
        }
        // a share of things is a measure, not a count of them: "one in five hectares of the country's land"
        it.records = !it.classHit && it.nounHits.isEmpty() && !"percent".equals(it.unit) && countsRecords(v, lower, words.subList(0, headWords));
        if (!it.classHit && it.nounHits.isEmpty() && !it.records) {
            it.unknownNoun = true;
        }
    }

    /**
     * "477 names of dead", "580 names of the victims": a head noun of {@code name_nouns} stands for the people it
     * names, so the head is read after its "of" (and article); so is one of {@code figure_nouns} after its "for"
     * or "of" ("the 1,140 figure for hostages"); the words before that head, or 0.
     */
    private static int standsFor(Vocabulary v, String lower, List<int[]> words) {
        if (words.size() < 3) {
            return 0;
        }
        String head = lower.substring(words.get(0)[0], words.get(0)[1]);
        String of = lower.substring(words.get(1)[0], words.get(1)[1]);
        // "the 1,140 figure for hostages": a singular word for a figure is the number itself
        boolean figure = v.grammar.list("figure_nouns").contains(head) && (of.equals("for") || of.equals("of"));
        if (!figure && !(v.grammar.list("name_nouns").contains(head) && of.equals("of"))) {
            return 0;
        }
        boolean article = v.grammar.list("articles").contains(lower.substring(words.get(2)[0], words.get(2)[1]));
        return article ? (words.size() > 3 ? 3 : 0) : 2;
    }

    /**
     * "The list contains 580 names", "the register lists 480 names, among them ...": a head noun of {@code name_nouns}
     * with no "of" after it names people without saying who they are, so the figure is read as one whose noun is
     * left out (what its clause, or the count it gives again, says); "580 names of the dead" is read through its "of".
     */
    private static boolean namesWithoutWhose(Vocabulary v, String lower, List<int[]> words) {
        if (!v.grammar.list("name_nouns").contains(lower.substring(words.get(0)[0], words.get(0)[1]))) {
            return false;
        }
        return words.size() < 2 || !lower.substring(words.get(1)[0], words.get(1)[1]).equals("of");
    }

    /** "Ten countries or more", "200 bodies or so": a bound said with "or" after the number's noun. */
    private static void boundAfterNoun(Vocabulary v, String lower, NumberPhrase it) {
        if (it.qualifier != Qualifier.EXACT || it.nounEnd <= it.numEnd) {
            return;
        }
        for (Map.Entry<String, List<String>> q : v.qualifiersAfter.entrySet()) {
            for (String phrase : q.getValue()) {
                String p = " " + phrase.strip();
                int e = it.nounEnd + p.length();
                if (p.startsWith(" or ") && lower.startsWith(p, it.nounEnd) && (e >= lower.length() || !Character.isLetterOrDigit(lower.charAt(e)))) {
                    it.qualifier = Qualifier.find(q.getKey()).orElse(it.qualifier);
                    return;
                }
            }
        }
    }

    /** "three published estimates", "4 estimates of the toll": a noun of records read as a verb is no noun left out. */
    private static boolean recordsAfterParticiple(Vocabulary v, String lower, int from, int limit) {
        Matcher w = WORD.matcher(lower);
        w.region(from, limit);
        if (!w.find() || !lower.substring(from, w.start()).isBlank()) {
            return false;
        }
        String first = w.group();
        int after = w.end();
        if (!w.find() || !lower.substring(after, w.start()).equals(" ")) {
            return false;
        }
        // "4 estimates of the toll" (a noun, not "580, the ministry estimates"); "three published estimates"
        List<String> records = v.grammar.list("record_nouns");
        return records.contains(first) && w.group().equals("of") || first.endsWith("ed") && records.contains(w.group());
    }

    /** "five published estimates of the toll", "1,700 exhibits": a head word that names records, sayings or things counts no one. */
    private static boolean countsRecords(Vocabulary v, String lower, List<int[]> head) {
        List<String> records = v.grammar.list("record_nouns");
        List<String> things = v.grammar.list("object_nouns");
        for (int[] span : head) {
            String word = lower.substring(span[0], span[1]);
            if (records.contains(word) || things.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
