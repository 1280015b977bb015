package org.sourcebook.extract;

import java.util.List;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.model.Claim;
import org.sourcebook.model.NumberDecision;

/** Reads the parts of a breakdown and their whole: markers, partitives, parts named before or after their total. */
final class Breakdowns extends SentencePart {
    private static final Pattern OPENING_MARK = Pattern.compile("\\s*[—–(:]\\s*$");
    private static final Pattern COPULA_AFTER = Pattern.compile("^\\s+(?:were|was|are|is)\\s");
    /** What is said of a number's noun phrase as a passive: "... from Velin were interviewed". */
    private static final Pattern PASSIVE_AFTER = Pattern.compile("[^,;.:]{0,40}?\\b(?:were|was|are|is|had been|have been|has been|being)\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?");
    /** Between a part and its whole: "150 of the 1,140 ...", "40 out of all 580 ...". */
    private static final Pattern PARTITIVE_GAP = Pattern.compile("^\\s*(?:out\\s+)?of\\s+(?:(?:all\\s+)?the|those|these|all)?\\s*$");
    /** The verb of a clause whose subject is a part of a whole: what is said of the part starts there. */
    private static final Pattern FINITE_VERB = Pattern.compile("\\b(?:are|were|is|was|remain|remains|remained|have|has|had|will|would|could|may|might|still)\\b");
    /** The mark that closes an aside: " — ", ", ". */
    private static final Pattern ASIDE_CLOSE = Pattern.compile("\\s*(?:,|—|–|--)\\s*");
    /** "children (", "the elderly (": a noun right before an opening bracket that holds a figure. */
    private static final Pattern NOUN_BEFORE_BRACKET = Pattern.compile("(?<![\\p{L}-])(\\p{L}+)\\s*\\($");
    /** "countries — ", "victims, ": a noun set off by a dash or a comma right before a figure. */
    private static final Pattern DASH_APPOSED_NOUN = Pattern.compile("(\\p{L}+)\\s*(?:,|—|–|--)\\s*$");
    /** Units of time ({@code measure_units}): a span or a time is never a whole with parts. */
    private static final Set<String> TIME_UNITS = Set.of("years", "months", "weeks", "days", "hours");
    /** "the register of ", "its list of ": a record named right before the bare figure it holds. */
    private static final Pattern RECORD_OF = Pattern.compile("\\b(?:register|list|roll|count|tally)\\s+of\\s*$");
    /** "Of the hostages, ", "Among the dead we could name were ": a sentence that opens with the whole its figures are parts of. */
    private static final Pattern OF_THE_WHOLE = Pattern.compile("\\W*(?:of|among|amongst)\\s+(?:the|these|those|all the)\\s+([\\p{L}' -]{2,40}?)\\s*"
            + "(?:,|\\b(?:whose|who|that|which)\\b[^,;:]{0,60}?\\b(?:were|was|are|is)\\b|\\b(?:were|was|are|is)\\b)\\s*");
    private static final Pattern OPENING_DASH = Pattern.compile("[—–(-]");

    /** "of the", "of our", "of their": a part's whole after its figure, owned or not. */
    private static final Pattern PARTITIVE_OF_OWNED = Pattern.compile("\\s+(?:out\\s+)?of\\s+(?:all\\s+)?(?:the|those|these|our|their|its)\\s+(?=\\p{L})");
    /** "family was one of the": the thing a figure right after counts, as the subject of a copula. */
    private static final Pattern ONE_OF_THE = Pattern.compile("(?<![\\p{L}'’])(\\p{L}+)\\s+(?:was|is|became|remains)\\s+(?:just\\s+|only\\s+)?one\\s+of\\s+(?:the\\s+)?$");
    /** "150 of those captured remain missing": the whole a figure without a noun is part of ("of the ...", no figure in it). */
    private static final Pattern PARTITIVE_OF = Pattern.compile("\\s+(?:out\\s+)?of\\s+(?:all\\s+)?(?:the|those|these)\\s+\\D");

    private final List<NumberDecision> decisions;

    Breakdowns(SentenceReader r) {
        super(r);
        this.decisions = r.decisions;
    }

    /** Whether the item's own noun names a fact that is no part of another ("14 schools", not "57 children"). */
    boolean ownNounFact(NumberPhrase it) {
        return v.cues.stream().anyMatch(c -> c.parent() == null && it.nounHits.contains(c.id()));
    }

    /** Whether a fact's word stands in the item's own phrase ("200 dead", "80 wounded"). */
    boolean saysItself(NumberPhrase it) {
        for (FactCues c : hits.factsWithWords(v.cues)) {
            for (String w : hits.present(c.words())) {
                if (hits.find(w, it.numEnd, Math.max(it.numEnd, it.phraseEnd)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "including those of": a pronoun standing for the whole's noun ({@code part_pronouns}) between a part's marker and its figure is dropped. */
    private String withoutPartPronoun(String gap) {
        for (String p : v.grammar.list("part_pronouns")) {
            if (gap.endsWith(" " + p)) {
                return gap.substring(0, gap.length() - p.length()).stripTrailing();
            }
        }
        return gap;
    }

    /** Where a breakdown marker ends the gap after item i ("people, including "), as an offset; -1 if none. */
    int opener(int i) {
        if (i + 1 >= items.size()) {
            return -1;
        }
        String g = r.lists.gap(i);
        int base = items.get(i).phraseEnd;
        NumberPhrase next = items.get(i + 1);
        if (items.get(i).unit != null && TIME_UNITS.contains(items.get(i).unit) && !items.get(i).unit.equals(next.unit)) {
            return -1;   // "32 years ago tonight: 580 people killed": a time is no whole that counts are parts of
        }
        if (next.ofPrev && !next.nounHits.isEmpty() && (ListItems.PURE_SEPARATOR.matcher(g).matches() || OPENING_DASH.matcher(g.strip()).matches())) {
            return base;   // "580 Azerbaijanis, 57 of them children, were killed": the part sits between the total and what is said of it
        }
        String trimmed = withoutPartPronoun(g.stripTrailing());
        for (String marker : v.grammar.list("breakdown_markers")) {
            if (trimmed.endsWith(marker) && (trimmed.length() == marker.length()
                    || !Character.isLetterOrDigit(trimmed.charAt(trimmed.length() - marker.length() - 1)))) {
                int at = base + trimmed.length() - marker.length();
                while (at > base && (lower.charAt(at - 1) == ',' || lower.charAt(at - 1) == ' ')) {
                    at--;
                }
                if (marker.equals("in which") && at > base && afterEventNoun(at)) {
                    return -1;   // "a concert marking the anniversary of the massacre, in which 580 were killed": the event's own figure
                }
                return at;
            }
        }
        Matcher dash = OPENING_MARK.matcher(g);
        // "580 people — 57 children, ...": the mark right after the total's phrase, not after a clause of its own
        if (dash.find() && !g.contains(";") && !shortOpening(g.substring(0, dash.start()))) {
            return -1;
        }
        if (dash.find(0) && !g.contains(";")) {
            return base + dash.start();
        }
        return -1;
    }

    /** Whether the word that ends right before {@code at} is an event noun ({@code event_nouns}: "massacre", "raid"). */
    private boolean afterEventNoun(int at) {
        int e = at;
        int b = e;
        while (b > 0 && Character.isLetter(lower.charAt(b - 1))) {
            b--;
        }
        return b < e && v.grammar.list("event_nouns").contains(lower.substring(b, e));
    }

    /** The closing dash of an aside that a dash at {@code marker} opens ("1 million people — 750,000 ... — were"), or -1. */
    int asideClose(int marker) {
        int at = marker;
        while (at < sentence[1] && lower.charAt(at) == ' ') {
            at++;
        }
        if (at >= sentence[1] || "—–".indexOf(lower.charAt(at)) < 0) {
            return -1;
        }
        return Text.indexOf(lower, String.valueOf(lower.charAt(at)), at + 1, Math.min(sentence[1], at + 150));
    }

    /** Whether what stands between a total and the mark that opens its parts is short: no comma, at most four words. */
    private static boolean shortOpening(String g) {
        if (g.indexOf(',') >= 0) {
            return false;
        }
        Matcher w = SentenceReader.WORD.matcher(g);
        int words = 0;
        while (w.find()) {
            words++;
        }
        return words <= 4;
    }

    /**
     * The fact of the whole a sentence opens with, its parts to follow ("Of the hostages, 68 were
     * women"): a top fact one of whose words the phrase after "of the" holds; else null.
     */
    String wholeNamedFirst() {
        Matcher m = OF_THE_WHOLE.matcher(lower);
        m.region(sentence[0], items.get(0).qualStart);
        if (!m.matches()) {
            // "Of the dead, he said, women accounted for 93": the whole, then a part named before its figure
            NumberPhrase first = items.get(0);
            if (!first.nounHits.isEmpty() || first.classHit || !m.lookingAt()) {
                return null;
            }
            subjectNoun(first);
            if (first.nounHits.isEmpty()) {
                return null;
            }
        }
        String best = null;
        int longest = 0;
        for (FactCues c : hits.factsWithWords(v.cues)) {
            if (c.parent() != null || c.measure() != null) {
                continue;
            }
            for (String w : hits.present(c.words())) {
                if (w.length() > longest && hits.find(w, m.start(1), m.end(1)) >= 0) {
                    best = c.id();
                    longest = w.length();
                }
            }
        }
        return best;
    }

    /**
     * The fact that what is said after a part names, when it is another than its whole's ("Of the
     * hostages, 150 remain missing", "Among the dead, 52 people were burned alive").
     */
    String otherFactSaid(NumberPhrase it, int idx, String whole) {
        int[] said = r.clauses.predicate(it.phraseEnd, idx, 16);
        for (FactCues c : hits.factsWithWords(v.cues)) {
            if (c.id().equals(whole) || c.measure() != null || c.counts() == null) {
                continue;
            }
            for (String w : hits.present(c.words())) {
                if (hits.find(w, said[0], said[1]) >= 0) {
                    return c.id();
                }
            }
        }
        return null;
    }

    /**
     * "The register of 580 comprises 98 women, ...": a bare figure named as a register, list or
     * count of itself, the same figure the text has already counted, is that count again (credited
     * as its own clause says, else as before): the earlier claim with that value, or null.
     */
    Claim earlierFigureOfRecord(int idx) {
        NumberPhrase it = items.get(idx);
        if (!it.nounHits.isEmpty() || it.classHit || it.unit != null
                || !RECORD_OF.matcher(lower.substring(r.clauses.head(idx)[0], it.qualStart)).find()) {
            return null;
        }
        for (int k = claims.size() - 1; k >= 0; k--) {
            Claim c = claims.get(k);
            if (c.valueMax() == null && c.value().compareTo(it.value) == 0) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether a bare figure after a dash or colon ends its sentence, or only says it is exact ({@code restated_after}:
     * "to be precise", "in all"): the count just given, said again more exactly.
     */
    boolean restated(NumberPhrase it) {
        String before = lower.substring(Math.max(sentence[0], it.qualStart - 4), it.qualStart).strip();
        if (!before.endsWith("—") && !before.endsWith("–") && !before.endsWith(":")) {
            return false;
        }
        String rest = lower.substring(it.numEnd, sentence[1]).strip();
        rest = rest.startsWith(",") ? rest.substring(1).strip() : rest;
        int e = rest.length();
        while (e > 0 && ".!?)".indexOf(rest.charAt(e - 1)) >= 0) {
            e--;
        }
        rest = rest.substring(0, e).strip();
        return rest.isEmpty() || v.grammar.list("restated_after").contains(rest);
    }

    /**
     * "150 of the 1,140 residents taken hostage are still missing", "300 of the 455 wounded were children":
     * a part of a whole that its own phrase counts. The whole takes the fact of its phrase, up to the
     * clause's verb; the part takes what is said after the verb, or, when that names what it counts
     * ("were children"), the sub-fact of the whole's fact. Returns the whole's claim, or null when the
     * two numbers are no part and whole.
     */
    Optional<Claim> partOfWhole(int i) {
        NumberPhrase part = items.get(i);
        NumberPhrase whole = items.get(i + 1);
        if (!part.nounHits.isEmpty() || part.classHit || part.unit != null || whole.unit != null
                || !PARTITIVE_GAP.matcher(lower.substring(part.numEnd, whole.qualStart)).matches()) {
            return null;
        }
        int end = i + 2 < items.size() ? items.get(i + 2).qualStart : sentence[1];
        Matcher verb = FINITE_VERB.matcher(lower);
        verb.region(Math.max(whole.numEnd, whole.nounEnd), end);
        if (!verb.find()) {
            return null;
        }
        int at = verb.start();
        int phrase = at;
        while (phrase > whole.numEnd && Character.isWhitespace(lower.charAt(phrase - 1))) {
            phrase--;
        }
        Optional<Claim> w = r.claimFor(whole, List.of(new int[] {whole.numEnd, phrase}, new int[] {phrase, phrase}, new int[] {whole.qualStart, whole.qualStart}),
                true, true);
        NumberPhrase probe = new NumberPhrase();
        probe.m = part.m;
        probe.numEnd = part.numEnd;
        Matcher cop = COPULA_AFTER.matcher(lower);
        cop.region(at - 1, end);
        if (cop.lookingAt()) {
            NumberPhrase.noun(v, hits, probe, cop.end() - 1, end);
        }
        if (w.isPresent() && familyOf(w.get().fact(), probe) != null) {
            NumberPhrase.noun(v, hits, part, cop.end() - 1, end);
            sub(part, w.get().fact(), w.get().attributedTo());
        } else {
            // "150 of the 1,140 hostages are still missing" counts the missing; "40 of the 580 victims were buried in
            // Baku" says where some of the dead lie: a part said to be what its whole is counts nothing of its own
            int[] said = r.clauses.predicate(at, i + 1, 16);
            int made = claims.size();
            Optional<Claim> p = r.claimFor(part, List.of(new int[] {part.numEnd, part.numEnd}, said, new int[] {part.qualStart, part.qualStart}), true, true);
            // "a dozen of the 57 children killed were buried here": the part is said to be what its whole (a part of that fact) is
            if (p.isPresent() && (w.isPresent() && (p.get().fact().equals(w.get().fact()) || w.get().fact().startsWith(p.get().fact() + "."))
                    || r.fit.ruledOutIn(p.get().fact(), said))) {
                claims.remove(made);
                decisions.remove(decisions.size() - 1);   // the "claim" decision emit() just made
                r.ignore(part, SentenceReader.NO_FACT);
            }
        }
        return w;
    }

    /**
     * "24 of the 50 US states", "14 out of 21 clubs": a part without a noun of its own, then a whole whose
     * noun names a fact that counts things, not people (of people, "150 of the 1,140 hostages" counts both).
     */
    boolean denominator(int i) {
        NumberPhrase part = items.get(i);
        NumberPhrase whole = items.get(i + 1);
        if (!part.nounHits.isEmpty() || part.classHit || part.unit != null || whole.unit != null || whole.nounHits.isEmpty() || whole.classHit
                || !PARTITIVE_GAP.matcher(lower.substring(part.numEnd, whole.qualStart)).matches()) {
            return false;
        }
        return whole.nounHits.stream().allMatch(id -> v.cues.stream().anyMatch(c -> c.id().equals(id) && c.counts() == null && c.parent() == null));
    }

    /** "281 of the 312 texts", "5 of the 20 villages": a part without a noun of a whole whose noun no fact names. */
    boolean partOfThings(int i) {
        NumberPhrase part = items.get(i);
        NumberPhrase whole = items.get(i + 1);
        return part.nounHits.isEmpty() && !part.classHit && part.unit == null && whole.unit == null
                && whole.unknownNoun && whole.nounHits.isEmpty() && !whole.classHit && part.numEnd <= whole.qualStart
                && PARTITIVE_GAP.matcher(lower.substring(part.numEnd, whole.qualStart)).matches();
    }

    /** A part of a breakdown: a sub-fact of the total's fact, chosen by its noun. */
    void sub(NumberPhrase it, String parentFact, String attr) {
        sub(it, parentFact, attr, it.qualStart);
    }

    /** {@link #sub(NumberPhrase, String, String)} with its quote from {@code start} (a label before the figure). */
    void sub(NumberPhrase it, String parentFact, String attr, int start) {
        if (parentFact == null) {
            r.ignore(it, SentenceReader.NO_FACT);
            return;
        }
        List<FactCues> children = v.cues.stream().filter(c -> parentFact.equals(c.parent())).toList();
        if (children.isEmpty()) {
            r.ignore(it, SentenceReader.NO_SUB_FACTS);
            return;
        }
        copulaNoun(it);
        for (FactCues c : children) {
            if (it.nounHits.contains(c.id()) && c.measure() == null && it.unit == null) {
                int end = Math.max(it.nounEnd, it.numEnd);
                String own = r.credits.attributionFor(it);
                r.emit(it, c.id(), Math.min(start, it.qualStart), end, own != null ? own : attr);
                return;
            }
        }
        r.ignore(it, SentenceReader.NO_SUB_FACT);
    }

    /**
     * Whether a part's own noun names only facts that are parts of no fact and other than {@code parentFact}: "... killed
     * 500, and the lists of foreign parliaments, among them those of 20 US states" counts states, no part of the dead.
     */
    boolean namesOtherWhole(NumberPhrase part, String parentFact) {
        if (part.nounHits.isEmpty() || part.unit != null) {
            return false;
        }
        for (FactCues c : v.cues) {
            if (part.nounHits.contains(c.id()) && (c.parent() != null || c.id().equals(parentFact))) {
                return false;
            }
        }
        return true;
    }

    /** "of whom 98 were women": the noun comes after the copula. */
    void copulaNoun(NumberPhrase it) {
        if (it.nounHits.isEmpty() && !it.classHit) {
            Matcher cop = COPULA_AFTER.matcher(lower.substring(it.numEnd, Math.min(lower.length(), it.numEnd + 6)));
            if (cop.find()) {
                NumberPhrase probe = r.nounOf(it, it.numEnd + cop.end() - 1, sentence[1]);
                if (!probe.nounHits.isEmpty()) {
                    NumberPhrase.noun(v, hits, it, it.numEnd + cop.end() - 1, sentence[1]);
                }
            }
        }
    }

    /**
     * "Of the dead, women accounted for 93; children, 51": a part named right before its figure, as the subject
     * of a verb of {@code part_verbs} or with the verb left out after a comma, in a sentence that opens with its whole.
     */
    void subjectNoun(NumberPhrase it) {
        if (!it.nounHits.isEmpty() || it.classHit || it.unit != null) {
            return;
        }
        subjectNoun(it, true);
    }

    /** {@link #subjectNoun(NumberPhrase)}; with {@code elided} false, only the subject of a verb of {@code part_verbs}. */
    void subjectNoun(NumberPhrase it, boolean elided) {
        int end = it.qualStart;
        while (end > sentence[0] && lower.charAt(end - 1) == ' ') {
            end--;
        }
        String before = lower.substring(sentence[0], end);
        int cut = -1;
        if (before.endsWith(",") && elided) {
            cut = end - 1;
        } else {
            for (String verb : v.grammar.list("part_verbs")) {
                if (before.endsWith(" " + verb)) {
                    cut = end - verb.length() - 1;
                    break;
                }
            }
        }
        if (cut <= sentence[0]) {
            return;
        }
        int from = cut;
        while (from > sentence[0] && ",;:(".indexOf(lower.charAt(from - 1)) < 0) {
            from--;
        }
        if (Text.lower(body.substring(from, cut)).strip().split("\\s+").length > 3) {
            return;   // a clause of its own, not a part's noun
        }
        NumberPhrase probe = r.nounOf(it, from, cut);
        it.nounHits.addAll(probe.nounHits);
    }

    /** "the government's figure of 580", "a total of 300": the figure is a bare count ({@code whole_figure_nouns} and "of" before it, or a table cell of its own). */
    boolean figureOf(NumberPhrase it) {
        String before = lower.substring(Math.max(sentence[0], it.qualStart - 20), it.qualStart).stripTrailing();
        if (before.endsWith("|")) {
            return true;   // "| Government of Azerbaijan | 580 | includes 98 women ... |": a figure alone in its cell
        }
        if (!before.endsWith(" of")) {
            return false;
        }
        String w = Exclusions.wordBeforeSpace(before.substring(0, before.length() - 2));
        return w != null && v.grammar.list("whole_figure_nouns").contains(w);
    }

    /**
     * The one fact whose sub-facts the parts {@code subs} all name ("57 children and 98 women": children may be
     * among the dead or the wounded, women only among the dead), or null: none, or more than one.
     */
    String parentOfParts(List<Integer> subs) {
        Set<String> common = null;
        for (int s : subs) {
            NumberPhrase part = items.get(s);
            Set<String> parents = new HashSet<>();
            for (FactCues c : v.cues) {
                if (c.parent() != null && part.nounHits.contains(c.id())) {
                    parents.add(c.parent());
                }
            }
            if (common == null) {
                common = parents;
            } else {
                common.retainAll(parents);
            }
        }
        return common != null && common.size() == 1 ? common.iterator().next() : null;
    }

    /**
     * "Eight of the families were wiped out", "12 of our schools were burned": a part of a whole of things (a
     * fact that counts no people) counts those things. A part of people ("150 of the hostages remain missing")
     * is left to what is said of it.
     */
    void thingsOfTheWhole(NumberPhrase it) {
        Matcher of = PARTITIVE_OF_OWNED.matcher(lower).region(it.numEnd, sentence[1]);
        if (of.lookingAt()) {
            thingsNamedIn(it, of.end(), sentence[1]);
        }
    }

    /**
     * "Her family was one of the 8 that were wiped out", "our school is one of the 14 burned": a figure without a
     * noun after "X was one of the" counts the things X is one of, when X is a thing a fact counts.
     */
    void oneOfTheFigure(NumberPhrase it) {
        Matcher one = ONE_OF_THE.matcher(lower).region(Math.max(sentence[0], it.qualStart - 60), it.qualStart);
        if (one.find()) {
            thingsNamedIn(it, one.start(1), one.end(1));
        }
    }

    /**
     * "other countries — some 20 in all —", "the victims, 580 in total,": a figure without a noun that says it is the
     * whole number ({@code total_after}) of the noun set off right before it counts that noun.
     */
    void totalOfNounBefore(NumberPhrase it) {
        String total = Text.phraseStartingAt(lower, v.grammar.list("total_after"), it.numEnd + 1);
        if (total == null || !lower.startsWith(" ", it.numEnd)) {
            return;
        }
        Matcher m = DASH_APPOSED_NOUN.matcher(lower).region(Math.max(sentence[0], it.qualStart - 40), it.qualStart);
        if (m.find()) {
            NumberPhrase probe = r.nounOf(it, m.start(1), m.end(1));
            it.nounHits.addAll(probe.nounHits);
            int end = lower.indexOf(total, it.numEnd) + total.length();
            Matcher close = ASIDE_CLOSE.matcher(lower).region(end, sentence[1]);
            if (!probe.nounHits.isEmpty() && close.lookingAt()) {
                it.phraseEnd = close.end();   // "— some 20 in all — as well as 22 states ...": the list goes on past the aside
            }
        }
    }

    /**
     * "children (39) and women (77)": a bare figure alone in brackets right after a noun of a part (a sub-fact's noun)
     * counts that noun; returns where the noun starts, or -1. A bound in the brackets ("children (under 14)") is an age.
     */
    int partNounBeforeBracket(NumberPhrase it) {
        if (it.qualStart != it.m.start() || it.numEnd >= sentence[1] || lower.charAt(it.numEnd) != ')') {
            return -1;
        }
        Matcher m = NOUN_BEFORE_BRACKET.matcher(lower).region(Math.max(sentence[0], it.qualStart - 40), it.qualStart);
        if (!m.find()) {
            return -1;
        }
        NumberPhrase probe = r.nounOf(it, m.start(1), m.end(1));
        boolean part = probe.nounHits.stream().anyMatch(id -> v.cues.stream().anyMatch(c -> c.id().equals(id) && c.parent() != null));
        if (!part) {
            return -1;
        }
        it.nounHits.addAll(probe.nounHits);
        it.nounEnd = it.numEnd + 1;
        return m.start(1);
    }

    /** The nouns in {@code [from, to)} of facts that count things, not people, taken as the figure's own. */
    private void thingsNamedIn(NumberPhrase it, int from, int to) {
        NumberPhrase probe = r.nounOf(it, from, to);
        for (FactCues c : v.cues) {
            if (probe.nounHits.contains(c.id()) && c.counts() == null && c.measure() == null) {
                it.nounHits.add(c.id());
            }
        }
    }

    /** "Women made up 98 of the dead": the whole after the figure, its part named by the subject before it. */
    boolean partOfAWholeAfter(NumberPhrase it) {
        return PARTITIVE_OF.matcher(lower).region(it.numEnd, sentence[1]).lookingAt();
    }

    /** The fact of {@code fact}'s family (itself or its parent) that has a sub-fact for the item's noun, or null. */
    String familyOf(String fact, NumberPhrase it) {
        if (fact == null || it.nounHits.isEmpty()) {
            return null;
        }
        String parent = v.schema.find(fact).map(f -> f.parent()).orElse(null);
        for (String f : parent == null ? List.of(fact) : List.of(fact, parent)) {
            for (FactCues c : v.cues) {
                if (f.equals(c.parent()) && it.nounHits.contains(c.id())) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * Where the whole of a part named right after a figure without a noun ends: the clause's verb after "150 of
     * those captured" ("remain missing"); -1 when the figure names no such whole or no verb follows it.
     */
    int partitiveWholeEnd(NumberPhrase it) {
        if (!it.elided || it.unit != null || !PARTITIVE_OF.matcher(lower).region(it.numEnd, sentence[1]).lookingAt()) {
            return -1;
        }
        Matcher verb = FINITE_VERB.matcher(lower);
        verb.region(it.numEnd, Math.min(sentence[1], it.numEnd + 80));
        return verb.find() ? verb.start() : -1;
    }

    /**
     * "The physician examined 47 of these bodies", "able to match 319 of the named victims to burial records": a
     * part of a whole, the object of a verb that no fact is about and that says nothing ("examined", "to match"), is
     * what was done to some of them, not a count of the event ("killed 40 of the", "Memorial counted 200 of the" are).
     */
    private boolean chosenPart(NumberPhrase it) {
        if (!it.elided || it.unit != null || !PARTITIVE_OF.matcher(lower).region(it.numEnd, sentence[1]).lookingAt()) {
            return false;   // "affected 20 per cent of the territory": a share, not a part
        }
        String before = lower.substring(Math.max(sentence[0], it.qualStart - 30), it.qualStart);
        String w = Exclusions.wordBeforeSpace(before);
        if (w == null || v.cueWords.contains(w) || v.attribution.saysBefore(lower, it.qualStart)
                || v.grammar.list("breakdown_markers").contains(w)) {
            return false;
        }
        // a verb: a past form, or an infinitive after "to"
        return w.endsWith("ed") || before.endsWith(" to " + w + " ");
    }

    /**
     * "Settlements for displaced persons built after the war numbered 67": a figure right after a verb of {@code part_verbs}
     * counts its subject's head, the subject's first word (past an article); a head that no fact counts (no cue, no
     * fact's noun, no people) makes the figure a count of things, whatever the words after the head say.
     */
    boolean countsSubjectThing(NumberPhrase it) {
        int end = it.qualStart;
        while (end > sentence[0] && lower.charAt(end - 1) == ' ') {
            end--;
        }
        String before = lower.substring(sentence[0], end);
        int cut = -1;
        for (String verb : List.of("numbered", "totalled", "totaled", "numbers", "number", "totals")) {
            if (before.endsWith(" " + verb)) {
                cut = end - verb.length() - 1;
                break;
            }
        }
        if (cut <= sentence[0]) {
            return false;
        }
        int from = cut;
        while (from > sentence[0] && ",;:(".indexOf(lower.charAt(from - 1)) < 0) {
            from--;
        }
        Matcher w = SentenceReader.WORD.matcher(lower).region(from, cut);
        String head = null;
        while (w.find()) {
            if (!v.grammar.list("articles").contains(w.group())) {
                head = w.group();
                break;
            }
        }
        if (head == null || !w.find() || !List.of("for", "of", "in", "at", "built", "set").contains(w.group())) {
            return false;   // a head with a preposition or a participle after it: "Settlements for ...", "Camps built ..."
        }
        String h = head;
        return !v.cueWords.contains(h) && !v.classNouns.contains(h) && v.cues.stream().noneMatch(c -> c.nouns().contains(h))
                && h.length() > 3 && h.endsWith("s") && Character.isLetter(h.charAt(0))
                && !v.grammar.list("prepositions").contains(h) && !v.grammar.list("attribution_stopwords").contains(h);
    }

    /** Whether the number counts people a study spoke to: the object of a verb of {@code sample_verbs}, or its passive subject. */
    boolean sampled(NumberPhrase it) {
        if (chosenPart(it)) {
            return true;
        }
        int idx = items.indexOf(it);
        if (it.ofPrev && idx > 0 && sampledObject(items.get(idx - 1))) {
            return true;   // "we interviewed 42 survivors; 31 of them could name a relative still missing": a part of the sample
        }
        List<String> verbs = v.grammar.list("sample_verbs");
        int from = Math.max(sentence[0], it.qualStart - 30);
        String before = lower.substring(from, it.qualStart).strip();
        for (String verb : verbs) {
            if (NumberClause.endsWithWord(before, verb)) {
                return true;   // "we interviewed 47 survivors"
            }
        }
        int after = Math.max(it.numEnd, it.phraseEnd);
        if (after <= sentence[1] && !NumberClause.anyStandsIn(lower, verbs, after, sentence[1])) {
            return false;   // the pattern's words are the text's: where no verb stands, none of them is one
        }
        // "47 survivors were interviewed", "... were later interviewed"
        return passiveSample(lower, verbs, after, sentence[1]);
    }

    /** Whether the number is the object of a verb of {@code sample_verbs} ("we interviewed 42 survivors"). */
    private boolean sampledObject(NumberPhrase it) {
        String before = lower.substring(Math.max(sentence[0], it.qualStart - 30), it.qualStart).strip();
        for (String verb : v.grammar.list("sample_verbs")) {
            if (NumberClause.endsWithWord(before, verb)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #PASSIVE_AFTER} opens {@code [from, to)} with a verb of {@code verbs} as one of its words. */
    static boolean passiveSample(String lower, List<String> verbs, int from, int to) {
        Matcher passive = PASSIVE_AFTER.matcher(lower);
        passive.region(from, to);
        return passive.lookingAt() && (verbs.contains(passive.group(1)) || passive.group(2) != null && verbs.contains(passive.group(2)));
    }
}
