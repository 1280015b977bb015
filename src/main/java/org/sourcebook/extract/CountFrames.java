package org.sourcebook.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.model.Claim;

/** Reads count frames and measures: "the number of X at N", "one for each", spans of time and the years that date them. */
final class CountFrames extends SentencePart {
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<![\\d,.])(?:19|20)\\d\\d(?!\\d|[,.]\\d)");
    /** After a measure: "of" and up to three words of what it is a span of ("years of Armenian occupation"). */
    private static final Pattern MEASURE_OF = Pattern.compile("\\s+of\\s+((?:the\\s+|its\\s+|their\\s+)?[\\p{L}\\p{N}-]+(?:\\s+[\\p{L}\\p{N}-]+){0,2})");
    /** After a figure, in its clause: ", one for every ", " — one for each ": what each of its things stands for follows. */
    private static final Pattern ONE_FOR_EACH = Pattern.compile("[^;:.()\\n]{0,80}?[,—–]\\s*one\\s+for\\s+(?:each|every)\\s+");
    /** A noun, then the comma that sets off the figure after it: "the many nations, ". */
    private static final Pattern APPOSED_NOUN = Pattern.compile("(\\p{L}+)\\s*,\\s*$");
    /** A head that gives another count of something already counted: "a lower tally of", "their own figure is". */
    static final Pattern COUNT_HEAD = Pattern.compile("\\b(?:count|counts|figure|figures|total|tally|number|estimate|estimates|list|lists|register|registers|roll|rolls)\\b");
    /** "the number of mourners at", "the total of dead was", "the number of countries is now", "... reaches": a frame naming what the figure after it counts. */
    private static final Pattern COUNT_FRAME = Pattern.compile("\\b(?:number|count|total|tally)\\s+of\\s+(?:the\\s+)?(\\p{L}[^,;:()]{0,60}?)(?:\\s+(?:(?:is|was|are|were|has|had)\\s+(?:now|already|still)|now stands at|at|was|is|were|are|stood at|stands at|reached|reaches|has reached|had reached|rose to|rises to|has risen to|grew to|grows to|climbed to|to|as)|\\s*,)\\s*$");
    /** A count as the sentence's subject, what qualifies it, and its copula right before the figure: "the figure given by the national government is ". */
    private static final Pattern COUNT_SUBJECT = Pattern.compile("\\s*(?:the|its|their|our|his|her|this|that|an?)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:figure|count|total|tally|estimate|toll)\\s+(?!of\\b)[^.;:!?()\\d]{0,90}?\\b(?:is|was|stands at|stood at|now stands at)\\s*");

    /** Words that date what a clause tells by the year after them: "In 1945, ...", "during 1990", "on 14 February 1945". */
    private static final Set<String> DATING_WORDS = Set.of("in", "during", "on");

    /** Words that move a clause's time forward from a date before them: "In 1990 ..., and two years later ...". */
    private static final Set<String> LATER_WORDS = Set.of("later", "after", "afterwards", "afterward", "subsequently");

    /** " the number of ", " the total of": a count frame right after a bare figure ("bringing to 25 the number of states that ..."). */
    private static final Pattern COUNT_FRAME_AFTER = Pattern.compile("[ \\t]+the[ \\t]+(?:number|count|total|tally)[ \\t]+of[ \\t]+(?:the[ \\t]+)?");

    private final Map<NumberPhrase, Integer> apposed;
    /** Whether the sentence tells of an episode dated by another year: read once, when a count asks. */
    private Boolean episodeOfOtherYear;
    /** The years that date the sentence ("In 1945, ..."), as {end, year}: read once, when a fact with {@code not_before} asks. */
    private List<int[]> datingYears;

    CountFrames(SentenceReader r) {
        super(r);
        this.apposed = r.apposed;
    }

    /** The last words {@link #PEOPLE_IN} can end with (before its trailing whitespace). */
    private static final Set<String> PEOPLE_IN_LAST = Set.of("in", "from", "across", "throughout", "some", "over", "than");

    /**
     * Whether {@code [from, to)} of {@code lower} ends with whitespace ({@code \s}, or a line terminator that {@code $}
     * may stand before) after a word of {@link #PEOPLE_IN_LAST} (its letters as read back from there): a stretch that
     * does not holds no match of {@link #PEOPLE_IN}, which ends there.
     */
    static boolean endsWithPlaceWord(String lower, int from, int to) {
        int k = to;
        while (k > from && " \t\n\013\f\r\u0085\u2028\u2029".indexOf(lower.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k == to) {
            return false;
        }
        int w = k;
        while (w > from && Character.isLetter(lower.charAt(w - 1))) {
            w--;
        }
        return k - w >= 2 && k - w <= 10 && PEOPLE_IN_LAST.contains(lower.substring(w, k));
    }

    /** The figure {@link #peopleEnd} was read for (the last asked about). */
    private NumberPhrase peopleOf;
    /** Where {@link #PEOPLE_IN}'s people noun before {@link #peopleOf} ends, when it is a class noun; else -1. */
    private int peopleEnd;

    /** "signed by 9,000 people in ", "supporters from ", "families across ": people, then where they are. */
    static final Pattern PEOPLE_IN = Pattern.compile("(\\p{L}+)\\s+(?:in|from|across|throughout)\\s+(?:some\\s+|over\\s+|more than\\s+)?$");

    /**
     * "signed by 9,000 people in 85 countries", "supporters from 30 countries": a count of places right after people
     * and a preposition of place says where those people are, not what the places did. A body's noun before it
     * ("parliaments in 15 countries", "lawmakers in 12 countries") is no such people noun.
     */
    boolean placesOfPeople(FactCues c, NumberPhrase it) {
        if (peopleOf != it) {   // the same for every fact asked about the figure: read once
            int from = Math.max(sentence[0], it.m.start() - 40);
            Matcher m = PEOPLE_IN.matcher(lower).region(from, it.m.start());
            peopleEnd = endsWithPlaceWord(lower, from, it.m.start()) && m.find() && v.classNouns.contains(m.group(1)) ? m.end(1) : -1;
            peopleOf = it;
        }
        if (peopleEnd < 0) {
            return false;
        }
        String before = lower.substring(Math.max(sentence[0], it.m.start() - 40), peopleEnd);
        return c.nouns().stream().noneMatch(n -> n.contains(" ") && before.endsWith(Text.lower(n)));   // "legislative bodies in 19 countries"
    }

    /**
     * "Thirty years of occupation, three years of return": a span of time followed by "of" and what it is a
     * span of, none of the fact's words among the next three, is about that, not about the fact.
     */
    boolean measureOfOther(FactCues c, NumberPhrase it) {
        Matcher of = MEASURE_OF.matcher(lower).region(it.numEnd, sentence[1]);
        if ("percent".equals(it.unit) || !of.lookingAt()) {   // "20 percent of the country": a share names its whole after "of"
            return false;
        }
        for (String w : hits.present(c.words())) {
            if (hits.find(w, of.start(1), of.end(1)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "a people who have hosted refugees for four decades", "the talks, where the mediators sat for 28 years": a span
     * of time in a relative clause about people or a place (", who", ", where"), with none of the fact's words from
     * its opener through the span's own noun, is how long they did what the clause says, not the fact's length.
     */
    boolean measureInOthersClause(FactCues c, NumberPhrase it) {
        int from = Math.max(sentence[0], it.qualStart - 100);
        int at = Math.max(NumberClause.lastIndexOf(lower, " who ", it.qualStart, from), NumberClause.lastIndexOf(lower, " where ", it.qualStart, from));
        if (at < 0 || Text.indexOf(lower, ",", at, it.qualStart) >= 0 || Text.indexOf(lower, ";", at, it.qualStart) >= 0) {
            return false;
        }
        int to = Math.min(sentence[1], Math.max(it.phraseEnd, it.numEnd + 12));   // "after the 44-day war": the span's own noun
        for (String w : hits.present(c.words())) {
            if (hits.find(w, at, to) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "renewed hostilities in April 2016, lasting four days", "**April 2016** — Four-day war": a fact whose
     * cue is a year (the 2020 war's length) is not what a sentence dated by a month of another year before
     * the number counts; a time said from that date ("in March 2023, three years after the 44-day war") still is.
     */
    boolean datedOtherYear(FactCues c, NumberPhrase it) {
        String year = null;
        for (String w : c.words()) {
            if (YEAR.matcher(w).matches()) {
                year = w;
            }
        }
        if (year == null) {
            return false;
        }
        boolean other = false;
        Matcher y = YEAR_IN_TEXT.matcher(lower).region(sentence[0], sentence[1]);
        while (y.find()) {
            if (y.group().equals(year)) {
                return false;
            }
            if (y.end() <= it.qualStart && afterMonth(y.start()) && !timeRelationBetween(y.end(), it.qualStart)) {
                other = true;
            }
        }
        return other;
    }

    /**
     * "renewed hostilities in April 2016, lasting four days, claimed around 200 lives on both sides": a count
     * in a sentence whose length in days is an episode dated by another year ({@link #datedOtherYear}) is that
     * episode's, neither the town's nor the whole conflict's.
     */
    boolean episodeOfOtherYear(NumberPhrase it) {
        if (episodeOfOtherYear == null) {
            episodeOfOtherYear = false;
            for (NumberPhrase other : items) {
                if (other != it && other.unit != null && episodeLength(other)) {
                    for (FactCues c : v.cues) {
                        if (other.unit.equals(c.measure()) && datedOtherYear(c, other)) {
                            episodeOfOtherYear = true;
                        }
                    }
                }
            }
        }
        return episodeOfOtherYear;
    }

    /**
     * Whether the sentence dates the figure by a year before {@code year} (a fact's {@code not_before}): "In 1945,
     * 212 residents of the town were killed", "During March 1990 some 300 ...". The year stands before the figure
     * after "in", "during" or "on" (a month and a day may come between), with no ";" and no word that moves the
     * time on ("In 1990 ..., and two years later 580 were killed") between it and the figure.
     */
    boolean datedBefore(NumberPhrase it, int year) {
        if (datingYears == null) {
            List<int[]> found = new ArrayList<>();
            Matcher y = YEAR_IN_TEXT.matcher(lower).region(sentence[0], sentence[1]);
            boolean any = fourDigitYear(lower, sentence[0], sentence[1]);
            while (any && y.find()) {
                int at = y.start();
                String w = NumberClause.lastWord(lower, sentence[0], at);
                int k = at;
                for (int step = 0; step < 2 && w != null && (v.grammar.list("months").contains(w) || w.chars().allMatch(Character::isDigit)); step++) {
                    k = lower.lastIndexOf(w, k - 1);
                    w = k < 0 ? null : NumberClause.lastWord(lower, sentence[0], k);
                }
                if (w != null && DATING_WORDS.contains(w)) {
                    found.add(new int[] {y.end(), Integer.parseInt(y.group())});
                }
            }
            datingYears = found;
        }
        for (int[] d : datingYears) {
            if (d[1] < year && d[0] <= it.qualStart && Text.indexOf(lower, ";", d[0], it.qualStart) < 0 && !laterBetween(d[0], it.qualStart)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "19" or "20" and two more digits (0-9) stand in {@code [from, to)} of {@code s}: what {@link #YEAR_IN_TEXT}
     * matches at the least, looked for without the pattern's look-behind tried at every char.
     */
    static boolean fourDigitYear(String s, int from, int to) {
        for (int i = from; i + 4 <= to; i++) {
            char c = s.charAt(i);
            if ((c == '1' || c == '2') && s.charAt(i + 1) == (c == '1' ? '9' : '0')) {
                char d = s.charAt(i + 2);
                char e = s.charAt(i + 3);
                if (d >= '0' && d <= '9' && e >= '0' && e <= '9') {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean laterBetween(int from, int to) {
        for (String w : lower.substring(from, to).split("[^\\p{L}]+")) {
            if (LATER_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "a four-day war", "hostilities lasting four days": a length that names an episode, not a time within which ("over two days"). */
    private boolean episodeLength(NumberPhrase it) {
        if (lower.startsWith("-day", it.m.end() - 4)) {
            return true;
        }
        Matcher last = NumberClause.LAST_WORD.matcher(lower).region(sentence[0], it.qualStart);
        return last.find() && (last.group(1).equals("lasting") || last.group(1).equals("lasted"));
    }

    private boolean afterMonth(int at) {
        Matcher last = NumberClause.LAST_WORD.matcher(lower).region(sentence[0], at);
        return last.find() && v.grammar.list("months").contains(last.group(1));
    }

    private boolean timeRelationBetween(int from, int to) {
        for (String w : lower.substring(from, to).split("[^\\p{L}]+")) {
            if (v.grammar.list("time_relations").contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fact of a figure that gives another count of what was just counted, or null: "a higher tally
     * of 19 countries" (its noun is the total's), "our own figure is 90", "today we
     * cite 350" (nothing after it, and its head names a figure or ends on an attribution verb).
     */
    String sameCount(int idx, String lastTopFact, SentenceReader.Carry carry) {
        NumberPhrase it = items.get(idx);
        String h = lower.substring(r.clauses.head(idx)[0], it.qualStart);
        String before = lastTopFact != null ? lastTopFact : carry == null ? null : carry.fact();
        if (before != null && it.unit != null) {
            return sameMeasure(it, before) ? before : null;
        }
        if (before == null) {
            return null;
        }
        if (lastTopFact == null && it.nounHits.contains(before) && COUNT_HEAD.matcher(h).find()) {
            return before;
        }
        String counted = lastTopFact == null && !it.nounHits.isEmpty() && COUNT_FRAME.matcher(h).find() ? lastClaimedOf(it.nounHits) : null;
        if (counted != null) {
            return counted;   // "... and parliaments in 15 countries. The number of countries is now 17.": a count the text has made before
        }
        if (!it.elided || !it.nounHits.isEmpty() || it.classHit || it.ofPrev) {
            return null;   // "a list of 12 of them": a part of what was counted, not that count again
        }
        if (lastTopFact != null && r.breakdowns.restated(it)) {
            return lastTopFact;   // "More than a thousand were taken prisoner — 1,140, to be precise."
        }
        if (countHeadSetOff(it, true)) {
            return before;   // "The register holds 900 names. A monitor gave a far lower number — \"at least 90\" —": that count again
        }
        Matcher last = NumberClause.LAST_WORD.matcher(h);
        // the frame's word alone after a clause mark frames nothing ("..., at 70, at 80 years old")
        boolean credited = last.find() && (r.credits.creditVerb(last.group(1)) || h.strip().contains(" ") && r.credits.creditFrameObject(last.group(1), it));
        if (!(COUNT_HEAD.matcher(h).find() || credited || r.credits.gapped(idx, lastTopFact) || countSubject(it))) {
            return null;
        }
        // "... 1,140 hostages and 455 wounded. Human Rights Watch gave 172 as a minimum": a figure the text has
        // already claimed with this value (the table's "172+ (HRW)") is that figure again, not the last count's
        String again = lastTopFact == null ? factClaimedWith(it.value) : null;
        return again != null ? again : before;
    }

    /**
     * Whether the sentence's subject is a count and its copula comes right before the figure: "The figure given by the
     * national government is 580", "The total the ministry later published was 9", "Their own estimate now stands at 70".
     */
    private boolean countSubject(NumberPhrase it) {
        return it.qualStart - sentence[0] <= 120 && COUNT_SUBJECT.matcher(lower).region(sentence[0], it.qualStart).matches();
    }

    /** The fact of the last claim of the text whose fact is one of {@code facts}, or null. */
    private String lastClaimedOf(java.util.Collection<String> facts) {
        for (int k = claims.size() - 1; k >= 0; k--) {
            if (facts.contains(claims.get(k).fact())) {
                return claims.get(k).fact();
            }
        }
        return null;
    }

    /** The fact of the last claim of the text with exactly {@code value} (no range), or null. */
    String factClaimedWith(BigDecimal value) {
        for (int k = claims.size() - 1; k >= 0; k--) {
            Claim c = claims.get(k);
            if (c.valueMax() == null && c.value().compareTo(value) == 0) {
                return c.fact();
            }
        }
        return null;
    }

    /**
     * "13.6% of the territory ... Officials give a higher figure, 20 percent": a measure right after a
     * noun that names a figure, in the measure of the fact just counted, is another figure for it.
     */
    private boolean sameMeasure(NumberPhrase it, String before) {
        boolean measured = v.cues.stream().anyMatch(c -> c.id().equals(before) && it.unit.equals(c.measure()));
        if (!measured) {
            return false;
        }
        return countHeadSetOff(it, false);
    }

    private boolean hasLetter(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetter(lower.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Marks that set a figure off from the noun before it: a comma, colon or dash, and quotation marks (a space alone, with {@code markNeeded} false). */
    private static final String SET_OFF = " ,:—–\"“”«»'‘’";

    /**
     * Whether the figure stands set off right after a noun that names a figure: "a higher figure, 20 percent",
     * "a far lower number — “at least 90”", "their own count: 75".
     */
    private boolean countHeadSetOff(NumberPhrase it, boolean markNeeded) {
        int i = it.qualStart;
        boolean mark = false;
        while (i > sentence[0] && SET_OFF.indexOf(lower.charAt(i - 1)) >= 0) {
            mark |= lower.charAt(i - 1) != ' ';
            i--;
        }
        if (markNeeded ? !mark : i == it.qualStart) {
            return false;
        }
        Matcher last = NumberClause.LAST_WORD.matcher(lower);
        last.region(Math.max(sentence[0], i - 20), i);
        // (not a line's label of its own: "Total: 540" under a count says it again, it is no other count)
        return last.find() && last.end() == i && COUNT_HEAD.matcher(last.group(1)).matches()
                && (!markNeeded || hasLetter(sentence[0], last.start()));
    }

    /**
     * "580 candles, one for every person who was killed", "sixty-three, one for each child who died": a
     * figure of things set out one for each of what is counted counts that, and what is said of it follows.
     */
    void eachNoun(int idx) {
        NumberPhrase it = items.get(idx);
        int limit = idx + 1 < items.size() ? items.get(idx + 1).qualStart : sentence[1];
        Matcher m = ONE_FOR_EACH.matcher(lower).region(it.numEnd, Math.min(limit, it.numEnd + 100));
        if (it.unit != null || !it.nounHits.isEmpty() || it.classHit || !m.lookingAt()) {
            return;
        }
        NumberPhrase probe = nounAt(it, m.end(), limit);
        if (probe != null) {
            takeNoun(it, probe);
        }
    }

    /** The noun phrase from {@code from} to {@code to} read as {@code it}'s noun; null when it names nothing a fact counts. */
    private NumberPhrase nounAt(NumberPhrase it, int from, int to) {
        NumberPhrase probe = r.nounOf(it, from, to);
        return probe.nounHits.isEmpty() && !probe.classHit ? null : probe;
    }

    /** {@code it} takes the noun {@link #nounAt} read for it (after a frame, or "one for each ..."), with what is said after it. */
    private static void takeNoun(NumberPhrase it, NumberPhrase probe) {
        it.nounHits.addAll(probe.nounHits);
        it.classHit = probe.classHit;
        it.elided = false;
        it.unknownNoun = false;
        it.records = false;
        it.phraseEnd = probe.phraseEnd;
        it.nounEnd = Math.max(it.nounEnd, probe.phraseEnd);
    }

    /**
     * "Its vote brought to 25 the number of states that ...": a figure with nothing after it but a
     * "the number of" frame counts the frame's noun, and what is said of that noun is said of it.
     */
    void frameNounAfter(int idx) {
        NumberPhrase it = items.get(idx);
        if (!it.nounHits.isEmpty() || it.classHit || it.unit != null || labels.containsKey(it)) {
            return;
        }
        int limit = idx + 1 < items.size() ? items.get(idx + 1).qualStart : sentence[1];
        if (it.numEnd >= limit) {
            return;
        }
        Matcher m = COUNT_FRAME_AFTER.matcher(lower).region(it.numEnd, limit);
        if (!m.lookingAt()) {
            return;
        }
        NumberPhrase probe = nounAt(it, m.end(), Math.min(limit, m.end() + 60));
        if (probe != null) {
            takeNoun(it, probe);
        }
    }

    /**
     * "Organisers put the number of mourners at 12,000": a figure with nothing after it counts the noun of
     * the "number of" frame before it ("the number of wounded stood at over 300").
     */
    void frameNoun(int idx) {
        NumberPhrase it = items.get(idx);
        if (!it.elided || it.unit != null || labels.containsKey(it)) {
            return;
        }
        // back to the figure before, not only the head: "the number of children who lost both parents, 25,"
        int from = idx > 0 ? Math.max(sentence[0], Math.min(items.get(idx - 1).numEnd, it.qualStart)) : sentence[0];
        Matcher m = COUNT_FRAME.matcher(lower);
        m.region(from, it.qualStart);
        if (!m.find()) {
            return;
        }
        NumberPhrase probe = r.nounOf(it, m.start(1), m.end(1));
        if (!probe.elided) {
            it.elided = false;
            it.nounHits.addAll(probe.nounHits);
            it.classHit = probe.classHit;
            it.unknownNoun = probe.unknownNoun;
        }
    }

    /**
     * "entire families — eight of them, by official count — were wiped out": a figure said "N of them" between
     * dashes right after the noun phrase it counts, with nothing counted before it in its sentence, takes that
     * noun, and what is said of it comes after the closing dash.
     */
    void appositionNoun(int idx) {
        NumberPhrase it = items.get(idx);
        if (!it.ofPrev || !it.nounHits.isEmpty() || it.classHit || it.unit != null || idx > 0) {
            return;
        }
        int dash = it.qualStart - 1;
        while (dash > sentence[0] && lower.charAt(dash) == ' ') {
            dash--;
        }
        if (dash <= sentence[0] || "—–".indexOf(lower.charAt(dash)) < 0) {
            return;
        }
        int close = -1;
        for (int k = it.numEnd; k < sentence[1]; k++) {
            if (lower.charAt(k) == lower.charAt(dash)) {
                close = k;
                break;
            }
            if (";:()\n".indexOf(lower.charAt(k)) >= 0) {
                return;
            }
        }
        if (close < 0 || close - it.numEnd > 60) {
            return;
        }
        int from = dash;
        while (from > sentence[0] && ",;:(\n".indexOf(lower.charAt(from - 1)) < 0) {
            from--;
        }
        NumberPhrase probe = nounAt(it, from, dash);
        if (probe == null) {
            return;
        }
        it.nounHits.addAll(probe.nounHits);
        it.classHit = probe.classHit;
        labels.remove(it);   // "WHEREAS, entire families — ": read as a label that named nothing
        apposed.put(it, close + 1);
    }

    /**
     * "the many nations, about a dozen of them,": a part "of them" set off right after a noun of some fact
     * counts what that noun names (not the count before). Returns whether the noun was taken.
     */
    boolean commaApposedNoun(NumberPhrase it) {
        Matcher m = APPOSED_NOUN.matcher(lower).region(Math.max(sentence[0], it.qualStart - 40), it.qualStart);
        if (!m.find()) {
            return false;
        }
        NumberPhrase probe = r.nounOf(it, m.start(1), m.end(1));
        if (probe.nounHits.isEmpty()) {
            return false;
        }
        it.nounHits.addAll(probe.nounHits);
        return true;
    }

    /** A measure of time followed by a word that places an event in time ({@code time_relations}: "after", "ago"). */
    boolean pointInTime(NumberPhrase it) {
        if (it.unit == null || "percent".equals(it.unit)) {
            return false;
        }
        Matcher w = SentenceReader.WORD.matcher(lower);
        w.region(it.numEnd, sentence[1]);
        return w.find() && lower.substring(it.numEnd, w.start()).isBlank() && v.grammar.list("time_relations").contains(w.group());
    }
}
