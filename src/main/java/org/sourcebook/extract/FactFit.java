package org.sourcebook.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ranks the facts a number may count (its noun, the cues said of it, their scope) and spans the quote of the one chosen. */
final class FactFit extends SentencePart {
    /** After a cue: "or" (or "and/or") and the next word, as in "killed or injured". */
    private static final Pattern EITHER_OR = Pattern.compile("\\s+(?:or|and/or)\\s+");
    /** Before a cue: "or" ending the words before it, as in "dead or missing". */
    private static final Pattern OR_EITHER = Pattern.compile("\\s+(?:or|and/or)\\s+$");
    /** What may stand between a cue and the number it is bound to: "deaths of the", "fate of". */
    // a date may stand between the cue and its "of": "the killing on 25 February 1992 of", "the deaths in March 1993 of"
    private static final Pattern BOUND_GAP = Pattern.compile("\\s*(?:(?:on|in)\\s+[\\p{L}\\d –-]{0,30}?\\d[\\p{L}\\d –-]{0,30}?\\s+of\\s+|of\\s+)?(?:the\\s+)?");
    /** The scope distance of a scope word found only in the page's title. */
    private static final int TITLE_SCOPE = 3_000_000;
    /** The scope distance of a scope word found only in the sentence before. */
    private static final int INHERITED_SCOPE = 2_000_000;
    /** The scope distance of a scope word found only in the label that opens the sentence ("The town itself: "). */
    private static final int LABEL_SCOPE = 1_500_000;

    FactFit(SentenceReader r) {
        super(r);
    }

    /** Whether the word right before {@code at} is an article ("the missing", "the dead"): the cue is a noun of its own. */
    private boolean afterArticle(int at) {
        Matcher w = NumberClause.LAST_WORD.matcher(lower.substring(Math.max(sentence[0], at - 12), at));
        return w.find() && lower.substring(Math.max(sentence[0], at - 12), at).endsWith(w.group(1) + " ")
                && v.grammar.list("articles").contains(w.group(1));
    }

    /** Whether a word that rules fact {@code id} out stands in {@code window} ("remained in captivity" is no population). */
    boolean ruledOutIn(String id, int[] window) {
        for (FactCues c : v.cues) {
            if (c.id().equals(id)) {
                for (String no : hits.present(c.not())) {
                    if (hits.find(no, window[0], window[1]) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a cue that ends on "of" ("town of", "city of") has a capitalized name right after it ("the town of Velin"):
     * a place or an event named by its frame, not a figure framed by it ("a town of 7,000").
     */
    private boolean ofAName(String cue, int end) {
        if (!cue.endsWith(" of")) {
            return false;
        }
        int k = end;
        while (k < sentence[1] && body.charAt(k) == ' ') {
            k++;
        }
        return k > end && k < sentence[1] && Character.isUpperCase(body.charAt(k));
    }

    /** Whether a part marker with no figure ({@code vague_part_markers}: "many of them") stands between the figure and {@code at}. */
    private boolean vaguePartBefore(NumberPhrase it, int at) {
        int from = Math.max(it.numEnd, it.phraseEnd);
        for (String m : v.grammar.list("vague_part_markers")) {
            int k = Text.indexOf(lower, m, from, at);
            if (k >= 0 && (k == 0 || !Character.isLetter(lower.charAt(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "12 displaced families housed in carriages": a cue right after the figure that is only a participle before
     * its noun, when that noun is a word that rules the fact out, rules it out as the figure's own noun would.
     */
    private boolean participleBeforeNot(FactCues c, NumberPhrase it, List<String> not) {
        int at = Math.max(it.numEnd, it.phraseEnd);
        while (at < lower.length() && lower.charAt(at) == ' ') {
            at++;
        }
        for (String cue : hits.present(c.words())) {
            if (hits.find(cue, at, Math.min(lower.length(), at + cue.length() + 1)) != at) {
                continue;
            }
            int next = Text.matchEnd(lower, cue, at);
            while (next < lower.length() && lower.charAt(next) == ' ') {
                next++;
            }
            for (String no : not) {
                if (hits.find(no, next, Math.min(lower.length(), next + no.length() + 1)) == next) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the word {@code not} that rules fact {@code c} out stands in {@code w}, other than as a verb
     * whose "as" names the fact: "485 people had been identified as killed" counts the dead, "the remains of
     * 9 victims were identified" does not.
     */
    boolean rulesOut(String not, FactCues c, int[] w) {
        for (int at = hits.find(not, w[0], w[1]); at >= 0; at = hits.find(not, at + 1, w[1])) {
            int end = Text.matchEnd(lower, not, at);
            if (!lower.startsWith(" as ", end) || !startsCue(c, end + 4)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsCue(FactCues c, int at) {
        for (String cue : hits.present(c.words())) {
            if (hits.find(cue, at, Math.min(lower.length(), at + cue.length() + 1)) == at) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue that names the number's fact is joined by "or" to a cue of another fact, not of its
     * family ("killed or injured", "dead or missing", "wounded or taken hostage"): the count is of both together.
     */
    boolean joinedWithAnotherFact(FactMatch best, List<FactCues> facts) {
        if (best.cueAt() < sentence[0] || best.cueEnd() > sentence[1]) {
            return false;   // no cue span, or a cue read in another sentence
        }
        Matcher after = EITHER_OR.matcher(lower);
        after.region(best.cueEnd(), sentence[1]);
        Matcher before = OR_EITHER.matcher(lower);
        before.region(sentence[0], best.cueAt());
        int next = after.lookingAt() ? after.end() : -1;
        int prev = before.find() ? before.start() : -1;
        if (next >= 0 && Text.phraseStartingAt(lower, best.cues().words(), next) != null
                || prev >= 0 && Text.phraseEndingAt(lower, best.cues().words(), prev, sentence[0]) >= 0) {
            return false;   // "tortured to death or burned alive": two cues of one fact
        }
        for (FactCues c : facts) {
            if (c == best.cues() || c.measure() != null || sameFamily(c, best.cues()) || !Objects.equals(c.counts(), best.cues().counts())) {
                continue;
            }
            String p = next < 0 ? null : Text.phraseStartingAt(lower, c.words(), next);
            int q = prev < 0 ? -1 : Text.phraseEndingAt(lower, c.words(), prev, sentence[0]);
            if (p != null && !best.cues().words().contains(p)
                    || q >= 0 && !best.cues().words().contains(lower.substring(q, prev).strip())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFamily(FactCues a, FactCues b) {
        String fa = a.parent() == null ? a.id() : a.parent();
        String fb = b.parent() == null ? b.id() : b.parent();
        return fa.equals(fb);
    }

    /** The quote's span: what is said after the number (or, for an item of a list, its own words), and a cue bound to it before. */
    int[] quote(NumberPhrase it, FactMatch best, List<int[]> windows, boolean extendQuote) {
        QuoteSpan quotes = new QuoteSpan(v, hits, sentence);
        int idx = items.indexOf(it);
        int after;
        if (extendQuote) {
            after = Math.max(it.numEnd, it.nounEnd);
            for (int k = 0; k < windows.size() - 1; k++) {
                if (windows.get(k)[0] >= it.numEnd) {
                    after = Math.max(after, windows.get(k)[1]);
                }
            }
        } else {
            after = quotes.itemEnd(it, idx >= 0 && idx + 1 < items.size() ? items.get(idx + 1).qualStart : sentence[1]);
        }
        if (columnHeads.contains(it)) {
            return new int[] {it.qualStart, it.numEnd};   // "| 1992 | >200 |": the header is lines away
        }
        if (sharedLabels.contains(it)) {
            return new int[] {it.qualStart, it.numEnd};   // "Deaths: 580 (government); 485 (commission)": the item alone
        }
        if (labels.containsKey(it) && !r.labelLines.ownVerb(it)) {
            return new int[] {labels.get(it)[0], Math.max(it.numEnd, it.nounEnd)};   // "Held captive: 900"
        }
        int[] head = windows.size() > 1 ? windows.get(windows.size() - 1) : null;
        if (head != null && (head[1] > it.qualStart || head[0] >= it.qualStart)) {
            head = new int[] {Math.max(sentence[0], Math.min(head[0], it.qualStart)), it.qualStart};
        }
        return quotes.span(it, best, head, after, extendQuote);
    }

    /** The best of {@code facts} for {@code it} read over {@code windows} outside its own phrase (the sentence, the one before, a lead-in line), or null. */
    FactMatch bestElsewhere(List<FactCues> facts, NumberPhrase it, List<int[]> windows, boolean predicateFirst) {
        FactMatch best = null;
        for (FactCues c : facts) {
            FactMatch m = match(c, it, windows, predicateFirst);
            if (m != null && (best == null || m.better(best))) {
                best = m;
            }
        }
        return best == null ? null : best.cueElsewhere();
    }

    /**
     * How well fact {@code c} fits the number: {@code windows} are its own noun phrase (first), then
     * what is said after it and before it. With {@code predicateFirst}, a cue in what is said beats
     * a cue inside the noun phrase ("150 hostages ... remain unknown" is about the missing).
     */
    FactMatch match(FactCues c, NumberPhrase it, List<int[]> windows, boolean predicateFirst) {
        int nounScore;
        if (it.records) {
            return null;
        } else if (c.measure() != null) {
            if (!c.measure().equals(it.unit) || r.frames.measureOfOther(c, it) || r.frames.datedOtherYear(c, it) || r.frames.measureInOthersClause(c, it)) {
                return null;
            }
            nounScore = 2;
        } else if (it.unit != null || r.frames.episodeOfOtherYear(it) && !r.scopes.placedBy(c)) {
            return null;
        } else if (!c.nouns().isEmpty() && it.nounHits.contains(c.id())) {
            if (c.counts() == null && r.frames.placesOfPeople(c, it)) {
                return null;   // "signed by 9,000 people in 85 countries": where the people are
            }
            nounScore = 3;
        } else if (c.counts() != null) {
            if (it.classHit) {
                nounScore = 2;
            } else if (!it.nounHits.isEmpty()) {
                return null;
            } else if (it.elided) {
                nounScore = 1;
            } else if (it.unknownNoun && !it.m.weak()) {
                nounScore = 0;
            } else {
                return null;
            }
        } else {
            return null;
        }
        if (c.beyond(it.value)) {
            return null;   // "more than 8,000 men and boys were murdered in Srebrenica": more than the fact can count
        }
        if (c.notBefore() != null && r.frames.datedBefore(it, c.notBefore())) {
            return null;   // "In 1945, 212 residents were killed in an air raid": an event of an earlier year
        }
        List<String> cues = hits.present(c.words());
        if (cues.isEmpty()) {
            return null;   // no cue of the fact in the text: nothing below can match
        }
        List<String> not = hits.present(c.not());
        int[] own = not.isEmpty() ? null : r.clauses.notWindow(it, windows.get(0));   // read only when a word rules the fact out
        int[] before = windows.get(windows.size() - 1);
        for (int k = 0; k < not.size(); k++) {
            if (rulesOut(not.get(k), c, own) || rulesOut(not.get(k), c, before)) {
                return null;
            }
        }
        if (r.clauses.ruledOutBySaid(c, it) || !not.isEmpty() && participleBeforeNot(c, it, not)) {
            return null;
        }
        FactMatch best = null;
        int wholeEnd = r.breakdowns.partitiveWholeEnd(it);
        for (int k = 0; k < cues.size(); k++) {
            String cue = cues.get(k);
            for (int wi = nounScore == 0 ? 1 : 0; wi < windows.size(); wi++) {
                int[] w = windows.get(wi);
                int at = hits.find(cue, w[0], w[1]);
                while (at >= 0) {
                    int end = Text.matchEnd(lower, cue, at);
                    int dist = at >= it.m.end() ? at - it.m.end() : it.m.start() - end;
                    boolean said = at >= it.m.end() && end > it.phraseEnd;
                    if (said && at >= r.clauses.otherVerb(it)) {
                        // "Some 4,000 people attended the commemoration": said after a verb of its own
                        at = hits.find(cue, at + 1, w[1]);
                        continue;
                    }
                    if (said && c.parent() != null && vaguePartBefore(it, at)) {
                        // "580 were killed, many of them tortured to death": a sub-fact's cue said of some of them, not all
                        at = hits.find(cue, at + 1, w[1]);
                        continue;
                    }
                    // "compiled by the State Commission on Prisoners of War, Hostages and ...": a word of the body's name says nothing
                    if (Character.isUpperCase(body.charAt(at)) && at >= r.credits.creditedName(it)[0] && at < r.credits.creditedName(it)[1]) {
                        at = hits.find(cue, at + 1, w[1]);
                        continue;
                    }
                    if (at >= it.m.end() && ofAName(cue, end)) {
                        // "580 civilians in the town of Velin": a frame said of a name after the count names a place, says nothing of it
                        at = hits.find(cue, at + 1, w[1]);
                        continue;
                    }
                    if (r.clauses.ofRelation(it, at)) {
                        // "40 families of former hostages": whose families they are, not what is counted
                        at = hits.find(cue, at + 1, w[1]);
                        continue;
                    }
                    // a noun no fact names ("35 letters", "30 villages") counts people only if what is said right after it says so
                    // ("12 lists containing information on the missing": "the missing" are people of their own)
                    if (nounScore == 0 && (!said || !r.clauses.saidOf(it, at) || afterArticle(at))) {
                        at = hits.find(cue, at + 1, w[1]);
                        continue;
                    }
                    // "the slaughter of 250", "killing 300", "a town of 12,000": a cue bound to the number frames what it counts
                    // "150 of those captured remain missing": the whole a part is of is not what is said of the part
                    int tier = at < it.qualStart && BOUND_GAP.matcher(lower.substring(Math.min(end, it.qualStart), it.qualStart)).matches() ? 3
                            : predicateFirst && said && at >= wholeEnd ? 2 : 1;
                    if (tier != 3 && v.boundOnlyCues.contains(cue)) {
                        // "which had about 6,000 residents": a possessive verb says what it counts only right before the figure
                        at = hits.find(cue, at + 1, w[1]);
                        continue;
                    }
                    FactMatch m = new FactMatch(c, nounScore, tier, end - at, Math.abs(dist), at, end, 0);
                    if (best == null || m.better(best)) {
                        best = m;
                    }
                    at = hits.find(cue, at + 1, w[1]);
                }
            }
        }
        if (best == null) {
            return null;
        }
        // the nearest scope word; one inside the number's own comma-delimited segment comes first
        List<String> scope = hits.present(c.scope());
        int segStart = scope.isEmpty() ? 0 : r.clauses.segmentStart(it);
        int segEnd = scope.isEmpty() ? 0 : r.clauses.segmentEnd(it);
        // scope words of the number's own clause: "..., and Amnesty called it the worst atrocity of the war" does not place it
        int[] clause = r.scopes.scopeClause(it.m.start());
        int scopeDist = Integer.MAX_VALUE;
        for (String s : scope) {
            int at = hits.find(s, clause[0], clause[1]);
            while (at >= 0) {
                // "compiled by the Commission on Prisoners of War": a word of the body's name places nothing;
                // nor does a word of a quotation opened after the number ("called it \"the worst massacre of the war\"")
                if (!r.credits.inCreditedName(it, at) && !r.scopes.quotedAfter(it, at) && !r.scopes.comparedWith(at) && !r.scopes.inClosedRelative(at, it.qualStart)) {
                    int d = Math.abs(at - it.m.start()) + (at >= segStart && at < segEnd ? 0 : 1_000_000);
                    scopeDist = Math.min(scopeDist, d);
                }
                at = hits.find(s, at + 1, clause[1]);
            }
        }
        int[] label = scopeDist == Integer.MAX_VALUE ? r.labelLines.openingLabel() : null;
        if (label != null && label[1] <= clause[0]) {
            // "The town itself: ~7,000 residents before the war; 5,140 forcibly expelled": the sentence's label places its clauses
            for (String s : scope) {
                int at = hits.find(s, label[0], label[1]);
                if (at >= 0) {
                    scopeDist = Math.min(scopeDist, LABEL_SCOPE + it.m.start() - at);
                }
            }
        }
        if (scopeDist == Integer.MAX_VALUE && r.scopes.placedBySemicolonClauseBefore(c, clause)) {
            // "For 30 years our lands were occupied; 20,000 were killed": the clause before the semicolon places this one
            scopeDist = INHERITED_SCOPE;
        }
        if (scopeDist == Integer.MAX_VALUE && r.scopes.inheritsScope()) {
            // a sentence that places nothing is placed by the sentence before it in its paragraph
            int[] from = r.scopes.placedFrom();
            for (String s : hits.present(c.scope())) {
                int at = hits.find(s, from[0], from[1]);
                while (at >= 0 && (r.clauses.inRelativeClause(at, from[0]) || r.credits.inBodyName(at, from[0]) || r.scopes.comparedWith(at)
                        || r.scopes.inTimeFrame(at, from[0]))) {
                    at = hits.find(s, at + 1, from[1]);
                }
                if (at >= 0) {
                    scopeDist = INHERITED_SCOPE;
                    break;
                }
            }
            if (scopeDist == Integer.MAX_VALUE && r.scopes.placesThroughEarlier(c, from)) {
                scopeDist = INHERITED_SCOPE;
            }
        }
        if (scopeDist == Integer.MAX_VALUE && r.scopes.titlePlaces(c)) {
            scopeDist = TITLE_SCOPE;   // "# The Karabakh conflict: casualties": a page about the war places what nothing else places
        }
        if (c.scopeRequired() && scopeDist == Integer.MAX_VALUE) {
            return null;
        }
        if (r.scopes.inAnotherPlacesRow(c, it)) {
            // "| Aghdaban | 8 April 1992 | 67 |" in a table of places: the row's figure is that place's
            return null;
        }
        if (r.scopes.whereAtAnotherPlace(c, it)) {
            // "... near Shusha, where four soldiers were killed": the figure is that place's, not the town's or the war's
            return null;
        }
        if (scopeDist >= INHERITED_SCOPE && scopeDist != Integer.MAX_VALUE && c.scopeRequired() && r.scopes.anotherEvent(c, r.scopes.eventSpan(clause))) {
            // a page about the war, or the sentence before, places the war; "Pogroms against Armenians in Sumgait killed 26" is one event's toll
            return null;
        }
        if (scopeDist >= INHERITED_SCOPE && scopeDist != Integer.MAX_VALUE && c.scopeRequired() && r.scopes.oneNight(clause)) {
            return null;   // "For years the land was occupied; 212 civilians were killed in a single night": one night's toll, no war's
        }
        if (r.scopes.inDayEntry(c, it)) {
            // "- 20 May — Troops storm the port; 140 civilians are killed": a chronology's day tells that day's toll
            return null;
        }
        if (scopeDist >= 1_000_000 && !c.scopeRequired() && r.scopes.anotherEvent(c, r.scopes.eventSpan(scopeDist == Integer.MAX_VALUE ? r.scopes.toCoordinatedPredicate(clause, it) : new int[] {segStart, segEnd}))) {
            // "40 villagers were killed in the assault on Maraghar": another place's event, not the town's (a scope word
            // outside the number's own segment does not hold it: "the shelling from Velin killed dozens, and 40 ...")
            return null;
        }
        if (scopeDist >= LABEL_SCOPE && r.scopes.rivalScopeLeads(c, clause, it)) {
            return null;   // "As a result of the war, about 4,000 went missing": the war's count, which the town's fact is not
        }
        if (scopeDist >= 1_000_000 && r.scopes.placedElsewhere(c, clause, it)) {
            return null;   // "4,000 are still missing in the conflict as a whole": not the town's missing
        }
        if (scopeDist == Integer.MAX_VALUE && best.cueAt() >= 0 && best.cueAt() < it.qualStart && r.scopes.rivalScopeBetween(c, best.cueEnd(), it.qualStart, it)) {
            return null;   // "persons missing in connection with the conflict as a whole exceeds 4,000": the cue is placed elsewhere
        }
        // the furthest cue of this fact after the number, for the quote
        int cueEnd = best.cueEnd();
        int cueAt = best.cueAt();
        return new FactMatch(c, nounScore, best.tier(), best.cueLength(), best.distance(), cueAt, cueEnd, scopeDist);
    }
}
