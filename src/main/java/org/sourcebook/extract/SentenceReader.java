package org.sourcebook.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sourcebook.model.Claim;
import org.sourcebook.model.NumberDecision;
import org.sourcebook.model.Qualifier;

/**
 * Reads the numbers of one sentence: lists, breakdowns, then a fact for each, with quotes and attribution. It holds
 * the sentence's state and the read loop; each construction has a part of its own, which takes this reader:
 * {@link ListItems}, {@link Breakdowns}, {@link LabelLines}, {@link CountFrames}, {@link FigureCredits},
 * {@link ClauseScope}, {@link NumberClause}, {@link BackReferences}, and {@link FactFit} ranks the facts. Each is a
 * {@link SentencePart}, which holds the state of the sentence they share.
 */
final class SentenceReader {
    static final String NO_FACT = "no fact matched";
    static final String TIME_SPAN = "time span, no fact matched";
    static final String NO_SUB_FACTS = "breakdown of a fact without sub-facts";
    static final String NO_SUB_FACT = "no sub-fact matched";
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern AMONG = Pattern.compile("\\bamong(?: the)?\\s*$");
    /** After a part's phrase: "72 children among them", "some 40 amongst whom". */
    // "57 children among them, and a room ...": the marker ends the sentence or its clause
    private static final Pattern AMONG_AFTER = Pattern.compile("\\s*(?:among|amongst)\\s+(?:them|whom|these|those)\\b\\s*(?:[.;,!)]|$)");
    private static final Pattern HEDGE = Pattern.compile("(?:perhaps|possibly|maybe|probably)\\b");
    private static final Pattern ALTERNATIVE = Pattern.compile("\\b(?:possibly|perhaps|maybe|probably|or even|or|if not|even|others say|some say|to|against|versus|vs|compared with|compared to)\\b");
    private static final Pattern CONTINUES_BREAKDOWN = Pattern.compile("^[\\W\\d]*(?:among (?:them|these|those|the (?:dead|victims|killed|wounded|injured|hostages))|of (?:them|these|those|whom|which)|they included|these included|this included|including"
            + "|(?:it|this|that|they|these|the (?:toll|figure|total|count|number|list))\\s+(?:also\\s+)?(?:includes|included|include|comprises|comprised))\\b");
    /** A line of a list: "- ", "* ", "• ", "1. ", a keycap digit "2️⃣ ", also in a block quote: "> - ". */
    static final Pattern LIST_LINE = Pattern.compile("\\s*(?:>\\s*)*(?:[-*•▪–]\\S*\\s|\\d{1,2}[.)]\\s|\\d\\x{FE0F}?\\x{20E3}\\s?|\\x{1F51F}\\s?)");

    final Vocabulary v;
    private final String slug;
    final String body;
    final String lower;
    final PhraseHits hits;
    final int[] sentence;
    final List<NumberPhrase> items;
    final List<Claim> claims;
    final List<NumberDecision> decisions;
    final int[] previous;
    private Boolean placesNothing;
    int[] title;
    int[] scopeFrom;
    /** The sentence that placed something before {@link #scopeFrom} in its paragraph (see {@link ClauseScope#placesThroughEarlier}). */
    int[] scopeFromEarlier;
    PostAuthors posts;
    SpeakerTurns turns;
    CarriedWords carried;
    /** The label each labelled figure was read with ("Wounded: 90"). */
    final Map<NumberPhrase, int[]> labels = new java.util.IdentityHashMap<>();
    /** Figures said "N of them" between dashes after what they count, with where what is said of it starts ({@link CountFrames#appositionNoun}). */
    final Map<NumberPhrase, Integer> apposed = new java.util.IdentityHashMap<>();
    /** Figures that take the label of the figure before them ("Deaths: 580 (X); 485 (Y)"). */
    final Set<NumberPhrase> sharedLabels = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The labelled figures whose label is their table column's header. */
    final Set<NumberPhrase> columnHeads = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The parts that read each construction; they read and fill the state above. */
    final ListItems lists;
    final Breakdowns breakdowns;
    final LabelLines labelLines;
    final CountFrames frames;
    final FigureCredits credits;
    final ClauseScope scopes;
    final NumberClause clauses;
    final FactFit fit;
    final BackReferences backRefs;

    SentenceReader(Vocabulary v, String slug, String body, PhraseHits hits, int[] sentence, int[] previous, List<NumberPhrase> items, List<Claim> claims,
                   List<NumberDecision> decisions) {
        this.v = v;
        this.previous = previous;
        this.slug = slug;
        this.body = body;
        this.lower = hits.lower();
        this.hits = hits;
        this.sentence = sentence;
        this.items = items;
        this.claims = claims;
        this.decisions = decisions;
        this.lists = new ListItems(this);
        this.breakdowns = new Breakdowns(this);
        this.labelLines = new LabelLines(this);
        this.frames = new CountFrames(this);
        this.credits = new FigureCredits(this);
        this.scopes = new ClauseScope(this);
        this.clauses = new NumberClause(this);
        this.fit = new FactFit(this);
        this.backRefs = new BackReferences(this);
    }

    /**
     * The noun phrase from {@code from} to {@code to} read as if it were {@code it}'s, on a throwaway phrase
     * ({@code it} is left as it is): what a label, a frame or a word before the figure would give it.
     */
    NumberPhrase nounOf(NumberPhrase it, int from, int to) {
        NumberPhrase probe = new NumberPhrase();
        probe.m = it.m;
        probe.numEnd = it.numEnd;
        NumberPhrase.noun(v, hits, probe, from, to);
        return probe;
    }

    /** "Among the " (or "among those ") right before a whole's figure. */
    private static final Pattern AMONG_WHOLE = Pattern.compile("\\b(?:among|amongst)\\s+(?:the|those|these|all)?\\s*$");
    /** What stands between a whole's phrase and its part's figure: its own words at most, then a copula ("killed were "). */
    private static final Pattern COPULA_BEFORE_PART = Pattern.compile("^[^,;:.()\\n]{0,40}?\\b(?:were|was|are|is|included|includes)\\s+$");

    /** Whether the figure at {@code i} is said, after a copula, to be among the whole at {@code i - 1}: "Among the 410 dead were 39 children". */
    private boolean partAfterAmongWhole(int i) {
        NumberPhrase whole = items.get(i - 1);
        NumberPhrase part = items.get(i);
        int from = Math.max(whole.phraseEnd, whole.nounEnd);
        return from <= part.qualStart && AMONG_WHOLE.matcher(lower.substring(Math.max(sentence[0], whole.qualStart - 20), whole.qualStart)).find()
                && COPULA_BEFORE_PART.matcher(lower.substring(from, part.qualStart)).find();
    }

    /** Reads the sentence; {@code carry} is the last total of the sentence before ("Among them were 57 children."). */
    Carry read(Carry carry) {
        int n = items.size();
        for (int i = 0; i < n; i++) {
            labelLines.labelNoun(i);
            frames.appositionNoun(i);
            frames.frameNoun(i);
            frames.frameNounAfter(i);
            frames.eachNoun(i);
        }
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            done[i] = items.get(i).records;   // "five published estimates of the toll", "1,700 exhibits" count no one
            if (done[i]) {
                ignore(items.get(i), NO_FACT);
            }
        }
        if (n >= 2 && byDimension()) {
            // "By place of death, 240 were killed in the town, 300 on the road and 50 in the forest": parts of the whole by
            // place, which no fact counts; a part a sub-fact names ("By sex, 98 women ...") is read as ever
            for (int i = 0; i < n; i++) {
                if (!done[i] && items.get(i).nounHits.stream().noneMatch(f -> v.schema.find(f).map(x -> x.parent() != null).orElse(false))) {
                    ignore(items.get(i), NO_SUB_FACTS);
                    done[i] = true;
                }
            }
        }
        int lastTop = -1;
        String lastTopFact = null;
        String lastTopAttr = null;
        NumberPhrase pending = null;
        String whole = n > 0 ? breakdowns.wholeNamedFirst() : null;
        boolean partsOfWhole = false;   // parts of the whole the sentence opens with were read
        // "A town of some 7,000 people was erased. Among the dead were 57 children": a whole named anew is not the count before
        if (n > 0 && carry != null && (whole == null || whole.equals(carry.fact()))
                && (CONTINUES_BREAKDOWN.matcher(lower.substring(sentence[0], items.get(0).qualStart)).find() || labelLines.underBreakdownLead()
                    || labelLines.subRow())) {
            for (int i = 0; i < n; i++) {
                if (!items.get(i).nounHits.isEmpty()) {
                    // "Of them, children: 39": a labelled part's quote keeps its label
                    breakdowns.sub(items.get(i), carry.fact(), carry.attributedTo(), labels.containsKey(items.get(i)) ? labels.get(items.get(i))[0] : items.get(i).qualStart);
                    done[i] = true;
                }
            }
        }
        for (int i = 0; i < n && whole != null; i++) {
            // "Of the hostages, 68 were women and 26 children": parts of the whole the sentence opens with
            NumberPhrase it = items.get(i);
            if (done[i]) {
                continue;
            }
            if (labelLines.totalLabelled(it)) {
                // "Among the dead were 51 children and 88 women; 402 in all": the whole itself, no part of it
                int[] q = labelLines.totalQuote(it);
                emit(it, whole, q[0], q[1], credits.attributionFor(it));
                done[i] = true;
                continue;
            }
            breakdowns.copulaNoun(it);
            breakdowns.subjectNoun(it);
            String other = it.nounHits.isEmpty() ? null : breakdowns.otherFactSaid(it, i, whole);
            if (other != null && breakdowns.familyOf(other, it) != null) {
                // "Of the dead, 57 were children; another 72 children were among the wounded": a part of the count said of it
                breakdowns.sub(it, other, null);
                done[i] = true;
                continue;
            }
            if (!it.nounHits.isEmpty() && breakdowns.familyOf(whole, it) == null && breakdowns.ownNounFact(it)) {
                continue;   // "Among the buildings destroyed were 14 schools": a count its own noun gives a fact to, not a part
            }
            if (!it.nounHits.isEmpty() || it.unit == null && breakdowns.otherFactSaid(it, i, whole) == null) {
                breakdowns.sub(it, whole, null);
                done[i] = true;
                partsOfWhole = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (done[i]) {
                continue;
            }
            NumberPhrase it = items.get(i);
            if (labelLines.tableBreakdown(it)) {
                // "| Women | 98 | 40 |" under "| Group | Killed | Wounded |": its row's part of its column's fact
                done[i] = true;
                continue;
            }
            String wholeOfParts = labelLines.totalLabelled(it) ? wholeOfPartsBefore() : null;
            if (wholeOfParts != null) {
                // "51 children and 88 women among the dead; 402 in all", "- 88 women" over "- 402 in total": the whole of those parts
                int[] q = labelLines.totalQuote(it);
                emit(it, wholeOfParts, q[0], q[1], credits.attributionFor(it));
                done[i] = true;
                lastTop = i;
                lastTopFact = wholeOfParts;
                continue;
            }
            if (i + 1 < n && !done[i + 1] && breakdowns.partOfThings(i)) {
                // "281 of the 312 texts": a part of things no fact counts is no count of any fact either
                ignore(it, NO_FACT);
                ignore(items.get(i + 1), NO_FACT);
                done[i] = true;
                done[i + 1] = true;
                i++;
                continue;
            }
            if (i + 1 < n && !done[i + 1] && breakdowns.denominator(i)) {
                // "24 of the 50 US states have ...", "14 out of 21 clubs were burned": the whole is every such thing, the part what is said
                NumberPhrase all = items.get(i + 1);
                int allEnd = Math.max(all.numEnd, all.nounEnd);
                it.nounHits.addAll(all.nounHits);
                it.nounEnd = all.nounEnd;
                claimFor(it, List.of(new int[] {it.numEnd, allEnd}, clauses.predicate(allEnd, i + 1, 16), clauses.head(i)), true, true);
                ignore(all, NO_FACT);
                done[i] = true;
                done[i + 1] = true;
                i++;
                continue;
            }
            if (i + 1 < n && !done[i + 1]) {
                Optional<Claim> ofWhole = breakdowns.partOfWhole(i);
                if (ofWhole != null) {
                    done[i] = true;
                    done[i + 1] = true;
                    lastTop = i + 1;
                    lastTopFact = ofWhole.map(Claim::fact).orElse(null);
                    lastTopAttr = ofWhole.map(Claim::attributedTo).orElse(null);
                    i++;
                    continue;
                }
            }
            if (it.ofPrev && it.nounHits.isEmpty() && !it.classHit && frames.commaApposedNoun(it)) {
                it.ofPrev = false;   // "the many nations, about a dozen of them, whose parliaments ...": the noun right before counts
            }
            if (it.ofPrev && (!it.nounHits.isEmpty() || it.classHit) && lastTop >= 0) {
                breakdowns.sub(it, lastTopFact, lastTopAttr);
                done[i] = true;
                continue;
            }
            if (it.ofPrev && !it.nounHits.isEmpty() && i == 0 && carry != null && atMostOneWord(lower.substring(sentence[0], it.qualStart))) {
                // "300 died. 45 of them were children.", "Perhaps 45 of them were children": a part of the total of the sentence before
                breakdowns.sub(it, carry.fact(), carry.attributedTo());
                done[i] = true;
                continue;
            }
            if (it.nounHits.isEmpty() && it.unit == null && breakdowns.partOfAWholeAfter(it)) {
                breakdowns.subjectNoun(it, false);   // "Women made up 98 of the dead": the subject names the part, the whole its fact
            }
            if (it.nounHits.isEmpty() && !it.classHit && it.unit == null && lastTop >= 0 && lastTop < i) {
                int noun = breakdowns.partNounBeforeBracket(it);
                if (noun >= 0) {
                    breakdowns.sub(it, lastTopFact, lastTopAttr, noun);   // "of the 410 dead, children (39) and women (77)": a part's figure in brackets after its noun
                    done[i] = true;
                    continue;
                }
            }
            if (it.nounHits.isEmpty() && !it.classHit && it.unit == null && it.elided) {
                breakdowns.thingsOfTheWhole(it);
                breakdowns.oneOfTheFigure(it);
                breakdowns.totalOfNounBefore(it);
            }
            int marker = breakdowns.opener(i);
            if (marker >= 0 && i + 1 < n && credits.gappedBody(i + 1) != null) {
                marker = -1;   // "Amnesty (120) and Memorial (180)": two bodies' figures, not a total and its part
            }
            if (marker >= 0 && i + 1 < n && items.get(i + 1).elided && items.get(i + 1).nounHits.isEmpty() && breakdowns.restated(items.get(i + 1))) {
                marker = -1;   // "More than a thousand were taken prisoner — 1,140, to be precise": the count again, no part of it
            }
            if (marker >= 0) {
                List<Integer> subs = new ArrayList<>();
                int j = i + 1;
                while (j < n) {
                    subs.add(j);
                    done[j] = true;
                    // parts go on while they name what they count ("57 children, 98 women"), not "1,000 people became ..."
                    if ((lists.pure(j) || labelledNext(j)) && j + 1 < n && !items.get(j + 1).nounHits.isEmpty() && !newClauseAfterSemicolon(j)) {
                        j++;
                    } else {
                        break;
                    }
                }
                int last = subs.get(subs.size() - 1);
                NumberPhrase firstPart = items.get(i + 1);
                breakdowns.copulaNoun(firstPart);
                boolean ownFigure = firstPart.nounHits.isEmpty() && !firstPart.classHit && firstPart.unit == null;
                List<int[]> windows = new ArrayList<>();
                windows.add(new int[] {it.numEnd, marker});
                // "1,140 hostages, of whom 150 are still missing": what follows is said of the part, not the total
                windows.add(ownFigure ? new int[] {marker, marker} : clauses.predicate(items.get(last).phraseEnd, last, 16));
                windows.add(clauses.head(i));
                // "the government's figure is 455, of whom 72 were children": another count of what was just counted, with its parts
                String sameTotal = frames.sameCount(i, lastTopFact, carry);
                Claim earlier = sameTotal == null ? breakdowns.earlierFigureOfRecord(i) : null;
                int close = breakdowns.asideClose(marker);
                // "the government's figure of 580 includes 57 children and 98 women": the parts name the whole
                String parent = earlier == null && it.nounHits.isEmpty() && !it.classHit && it.unit == null && breakdowns.figureOf(it) ? breakdowns.parentOfParts(subs) : null;
                Optional<Claim> total = claimFor(it, windows, true, true, i == 0 || sameTotal != null || earlier != null || close >= 0 || parent != null);
                if (i == 0 && total.isEmpty()) {
                    // "The number of dead, according to the Azerbaijani side, was 580, among them ...": named at the sentence start
                    windows.set(2, new int[] {sentence[0], it.qualStart});
                    total = claimFor(it, windows, true, true, sameTotal != null || earlier != null || close >= 0 || parent != null);
                }
                boolean partsSay = false;
                if (total.isEmpty() && close >= 0 && sameTotal == null && earlier == null) {
                    // "more than 1 million people — about 750,000 internally displaced persons and 250,000 refugees — were
                    // forced to live ...": the parts between the dashes say what the total counts
                    total = claimFor(it, List.of(new int[] {it.numEnd, marker}, new int[] {marker, close}, clauses.head(i)), false, true, true);
                    partsSay = total.isPresent();
                    while (partsSay && last + 1 < n && items.get(last + 1).qualStart < close) {
                        last++;
                        subs.add(last);
                        done[last] = true;
                    }
                    if (total.isEmpty() && parent == null) {
                        ignore(it, NO_FACT);
                    }
                }
                if (total.isEmpty() && sameTotal != null) {
                    total = Optional.of(emit(it, sameTotal, it.qualStart, it.numEnd, credits.attributionFor(it)));
                }
                if (total.isEmpty() && parent != null) {
                    total = Optional.of(emit(it, parent, it.qualStart, it.numEnd, credits.attributionFor(it)));
                }
                if (total.isEmpty() && earlier != null) {
                    String own = credits.attributionFor(it);
                    total = Optional.of(emit(it, earlier.fact(), it.qualStart, it.numEnd, own != null ? own : earlier.attributedTo()));
                }
                if (total.isPresent()) {
                    total = Optional.of(wholeOfParts(total.get(), subs));
                }
                String fact = total.map(Claim::fact).orElse(null);
                String attr = total.map(Claim::attributedTo).orElse(null);
                for (int s : subs) {
                    NumberPhrase si = items.get(s);
                    breakdowns.copulaNoun(si);
                    // "seven districts — roughly 13.4 per cent of the territory": a measure is never a part of a count
                    if (!partsSay && si.nounHits.isEmpty() && !si.classHit && si.unit == null || si.unit != null && it.unit == null) {
                        // "1,140 taken hostage, of whom 150 remain missing": a figure of its own
                        List<int[]> own = List.of(new int[] {si.numEnd, si.phraseEnd},
                                new int[] {si.numEnd, clauses.predicate(si.phraseEnd, s, 16)[1]}, new int[] {si.qualStart, si.qualStart});
                        claimFor(si, own, true, true);
                    } else if (breakdowns.namesOtherWhole(si, fact)) {
                        // "the figure is cited in the resolutions of foreign parliaments, among them those of 20 US states":
                        // a part of the noun before the marker, which its own noun names, not of the figure before
                        List<int[]> own = List.of(new int[] {si.numEnd, si.phraseEnd},
                                new int[] {si.numEnd, clauses.predicate(si.phraseEnd, s, 16)[1]}, clauses.head(s));
                        claimFor(si, own, true, true);
                    } else if (fact == null) {
                        ignore(si, NO_FACT);
                    } else {
                        breakdowns.sub(si, fact, attr, labels.containsKey(si) ? labels.get(si)[0] : si.qualStart);   // "women — 98": the label and its figure
                    }
                }
                lastTop = i;
                lastTopFact = fact;
                lastTopAttr = attr;
                i = last;
                continue;
            }
            int k0 = i;
            while (k0 + 1 < n && lists.listGap(k0) && lists.hasNoun(items.get(k0)) && lists.hasNoun(items.get(k0 + 1)) && breakdowns.opener(k0) < 0) {
                k0++;
            }
            if (k0 + 1 < n && AMONG.matcher(lists.gap(k0)).find() && items.stream().skip(i).limit(k0 - i + 1L).noneMatch(x -> x.nounHits.isEmpty())) {
                // "57 children and 98 women were among the 580 people killed": parts before their total
                int t = k0 + 1;
                NumberPhrase total = items.get(t);
                List<int[]> windows = List.of(new int[] {total.numEnd, total.phraseEnd}, new int[] {total.numEnd, clauses.predicate(total.phraseEnd, t, 16)[1]}, clauses.head(t));
                Optional<Claim> c = claimFor(total, windows, true, true);
                for (int x = i; x <= k0; x++) {
                    breakdowns.sub(items.get(x), c.map(Claim::fact).orElse(null), c.map(Claim::attributedTo).orElse(null));
                }
                lastTop = t;
                lastTopFact = c.map(Claim::fact).orElse(null);
                lastTopAttr = c.map(Claim::attributedTo).orElse(null);
                i = t;
                continue;
            }
            if (lists.listGap(i) && lists.hasNoun(it) && lists.hasNoun(items.get(i + 1)) && !it.copula && !items.get(i + 1).copula && !items.get(i + 1).ofPrev) {
                int k = i + 1;
                while (k < n && lists.listGap(k) && k + 1 < n && lists.hasNoun(items.get(k + 1)) && breakdowns.opener(k) < 0 && !items.get(k + 1).copula
                        && !items.get(k + 1).ofPrev) {
                    k++;
                }
                int[] shared = lists.anaphoric(clauses.predicate(items.get(k).phraseEnd, k, 24), k);
                int[] head = clauses.head(i);
                int[] lead = lists.lead(i);
                if (lead == null) {
                    lead = lists.colonLead(i);
                }
                if (lead == null) {
                    lead = lists.saidOfFigureBefore(i);
                }
                if (lead == null) {
                    lead = saidOfAllNext();   // "It had 9 schools and 12 clubs. All of them were burned."
                }
                for (int x = i; x <= k; x++) {
                    NumberPhrase li = items.get(x);
                    List<int[]> windows = lead == null ? List.of(new int[] {li.numEnd, li.phraseEnd}, shared, head)
                            : List.of(new int[] {li.numEnd, li.phraseEnd}, shared, lead, head);
                    String fam = breakdowns.familyOf(lastTopFact != null ? lastTopFact : carry == null ? null : carry.fact(), li);
                    Optional<Claim> c = claimFor(li, windows, false, false, fam != null);
                    if (c.isEmpty() && fam != null) {
                        // "98 were women, 57 children and 66 elderly people": the rest of a breakdown
                        breakdowns.sub(li, fam, lastTopFact != null ? lastTopAttr : carry.attributedTo());
                    } else if (c.isPresent()) {
                        lastTop = x;
                        lastTopFact = c.get().fact();
                        lastTopAttr = c.get().attributedTo();
                    }
                    done[x] = true;
                }
                i = k;
                continue;
            }
            String family = breakdowns.familyOf(lastTopFact != null ? lastTopFact : carry == null ? null : carry.fact(), it);
            if (family != null && i > 0 && items.get(i - 1).ofPrev && lists.pure(i - 1) && !it.ofPrev) {
                // "480 died, 52 of them children, 77 women": the next part goes on after "of them" with the same whole
                breakdowns.sub(it, family, lastTopFact != null ? lastTopAttr : carry.attributedTo());
                continue;
            }
            if (family != null && (it.copula || i > 0 && items.get(i - 1).copula && lists.pure(i - 1))) {
                // "45 were children and 80 women": the second part shares the first one's copula
                // "..., 57 were children and 70 were elderly": parts of the total named just before
                breakdowns.sub(it, family, lastTopFact != null ? lastTopAttr : carry.attributedTo());
                continue;
            }
            if (family != null && lastTopFact == null && n == 1 && (labelLines.fragment(it) || labelLines.labelledFragment(it))) {
                // "300 killed. 45 children. 80 women.": a sentence that is only a part of the total before it
                // ("Killed: 580. Women: 98.": its quote keeps its label)
                breakdowns.sub(it, family, carry.attributedTo(), labels.containsKey(it) ? labels.get(it)[0] : it.qualStart);
                continue;
            }
            if (family != null && (lastTopFact != null || i == 0) && AMONG_AFTER.matcher(lower).region(Math.max(it.phraseEnd, it.nounEnd), sentence[1]).lookingAt()) {
                // "455 wounded, 72 kids among them": a part of the total just before, its marker after it; or of the
                // total of the sentence or list line before ("- 580 civilians murdered" over "- 57 children among them")
                breakdowns.sub(it, family, lastTopFact != null ? lastTopAttr : carry.attributedTo());
                continue;
            }
            if (family != null && lastTopFact != null && lastTop == i - 1 && partAfterAmongWhole(i)) {
                // "Among the 410 victims were 39 children": the whole the sentence opens among, then its part after the copula
                breakdowns.sub(it, family, lastTopAttr);
                continue;
            }
            if (family != null && lastTopFact != null && lastTop >= 0 && lastTop < i && labels.containsKey(it) && !columnHeads.contains(it)) {
                // "the victims numbered 410: children — 39, women — 77": labelled parts after their total, in its sentence
                breakdowns.sub(it, family, lastTopAttr, labels.get(it)[0]);
                continue;
            }
            int[] lead = labels.containsKey(it) ? labels.get(it) : lists.lead(i);
            if (lead == null && !it.elided && lists.hasNoun(it)) {
                lead = lists.colonLead(i);   // "Burned that week: 3 schools and a museum"
            }
            int[] rowSays = null;
            if (lower.charAt(Text.lineStart(lower, it.qualStart, 2000)) == '|') {
                int[][] row = labelLines.rowWindows(it, lead);
                lead = row[0];
                rowSays = row[1];
            } else if (lead != null && labels.containsKey(it)) {
                // "Burned: schools — 9; clubs — 12": what the sentence's opening label says of the labelled figures after it
                // (not the label of a figure of its own: "Wounded: 310, ...; killed: 402")
                int[] opening = labelLines.openingLabel();
                int[] firstLabel = labels.get(items.get(0));
                rowSays = opening != null && opening[1] <= lead[0] && firstLabel != null && firstLabel[0] > opening[1] ? opening : null;
            }
            int predicateEnd = clauses.predicate(it.phraseEnd, i, 16)[1];
            if (labels.containsKey(it) && i + 1 < n && labels.containsKey(items.get(i + 1)) && labels.get(items.get(i + 1))[0] >= it.numEnd) {
                predicateEnd = Math.min(predicateEnd, labels.get(items.get(i + 1))[0]);   // "killed — 410, wounded — 455": the next pair's label is its own
            }
            List<int[]> windows = lead == null
                    ? List.of(new int[] {it.numEnd, it.phraseEnd}, new int[] {it.numEnd, predicateEnd}, clauses.head(i))
                    : rowSays == null ? List.of(new int[] {it.numEnd, it.phraseEnd}, new int[] {it.numEnd, predicateEnd}, lead, clauses.head(i))
                    : List.of(new int[] {it.numEnd, it.phraseEnd}, new int[] {it.numEnd, predicateEnd}, lead, rowSays, clauses.head(i));
            if (apposed.containsKey(it)) {
                // "entire families — eight of them, by one count — were wiped out": what is said comes after the closing dash
                int said = apposed.get(it);
                windows = List.of(new int[] {it.numEnd, it.phraseEnd}, new int[] {said, clauses.predicate(said, i, 16)[1]}, clauses.head(i));
            }
            // another estimate of a count is a count too: never a measure ("five days", "two decades")
            boolean alternative = lastTopFact != null && it.elided && it.unit == null && i > 0
                    && (ALTERNATIVE.matcher(afterClauseBreak(lower.substring(items.get(i - 1).phraseEnd, Math.max(items.get(i - 1).phraseEnd, it.qualStart))) + hedge(it)).find()
                        || credits.creditedInTurn(i));
            // (not across a clause break: "about 50,000 wounded or left disabled; nearly a million became refugees")
            boolean before = it.elided && it.unit == null && i + 1 < n
                    && ALTERNATIVE.matcher(lower.substring(it.phraseEnd, Math.max(it.phraseEnd, items.get(i + 1).qualStart)) + hedge(items.get(i + 1))).find()
                    && Text.indexOf(lower, ";", it.phraseEnd, Math.max(it.phraseEnd, items.get(i + 1).qualStart)) < 0;
            boolean widen = i == 0 && (it.elided || it.classHit) && !clauses.afterPreposition(it);
            if (it.ofPrev && lastTop < 0 && i == 0 && partOfOwnPeople()) {
                ignore(it, NO_FACT);   // "She lists 19 relatives. Eleven of them died that night.": a part of one family's count
                continue;
            }
            boolean ofPrevious = it.ofPrev && lastTop >= 0;
            // "a lobby gives a higher tally of 19 countries": the noun of the total just read, said again
            String same = frames.sameCount(i, lastTopFact, carry);
            // "The Human Rights Watch figure of 172 was a minimum", with no count before it in its paragraph
            String bodysFigure = same == null && lastTopFact == null && carry == null ? credits.bodysFigureFact(i) : null;
            // "Human Rights Watch (at least 172) and Memorial (more than 200)": bodies, each with its figure of that count
            String factBefore = lastTopFact != null ? lastTopFact : carry == null ? null : carry.fact();
            int[] named = factBefore != null ? credits.gappedBody(i) : null;
            if (named != null) {
                same = null;   // the body named right before the figure is its credit, not the one of the clause before
            }
            // "HRW: at least 172" in a post of its own, "- Memorial (Moscow): over 200" under "**Death toll**": a body's
            // bare figure in a paragraph with no count before it
            String labelledFact = factBefore == null && same == null && bodysFigure == null ? credits.bodysLabelFact(i) : null;
            int[] labelled = labelledFact != null ? credits.gappedBody(i) : null;
            // "130 children lost one parent, while 25 lost both": a figure without a noun may borrow the noun before it
            // "25 children lost both parents. 130 lost one.": or the noun of the last figure of the sentence before, in its paragraph
            Set<String> lent = i > 0 ? items.get(i - 1).nounHits : nounsOfSentenceBefore(carry, it, i);
            // (not a figure its own label names: "| Medical posts destroyed | 8 |" under a row of schools counts no schools)
            boolean borrow = it.elided && it.unit == null && !it.ofPrev && !lent.isEmpty() && (!labels.containsKey(it) || sharedLabels.contains(it));
            // "57 children were among the dead, and another 72 were wounded": another figure of the same kind
            boolean sameKind = borrow && i > 0 && lists.sameKindAsBefore(i);
            if (sameKind) {
                it.nounHits.addAll(lent);
            }
            String sibling = lists.coordinatedSibling(i, lastTopFact);
            Optional<Claim> c = claimFor(it, windows, lead == null || labels.containsKey(it), true,
                    alternative || before || widen || ofPrevious || same != null || borrow || named != null || bodysFigure != null || labelled != null
                    || sibling != null);
            if (c.isEmpty() && sameKind) {
                it.nounHits.clear();
                c = claimFor(it, windows, lead == null || labels.containsKey(it), true,
                        alternative || before || widen || ofPrevious || same != null || borrow || named != null || bodysFigure != null || labelled != null);
            }
            if (c.isEmpty() && ofPrevious) {
                // "30,000 people were killed, 580 of them in Velin": what is said of the count before, placed by this one's scope
                List<int[]> back = List.of(windows.get(0), windows.get(1), new int[] {items.get(lastTop).numEnd, it.qualStart});
                c = claimFor(it, back, false, false, alternative || before || widen || same != null || borrow || named != null || bodysFigure != null || labelled != null);
            }
            if (c.isEmpty() && widen) {
                // "The death toll, according to official data, stands at 580": the fact is named at the sentence's start
                List<int[]> wide = List.of(windows.get(0), windows.get(1), new int[] {sentence[0], it.qualStart});
                c = claimFor(it, wide, true, true, alternative || before || same != null || borrow || named != null || bodysFigure != null || labelled != null);
            }
            if (c.isEmpty() && borrow) {
                it.nounHits.addAll(lent);
                List<int[]> own = List.of(windows.get(0), windows.get(1), new int[] {it.qualStart, it.qualStart});
                c = claimFor(it, own, true, true, alternative || before || same != null || named != null || bodysFigure != null || labelled != null);
                if (c.isEmpty()) {
                    it.nounHits.clear();
                }
            }
            if (c.isEmpty() && !it.nounHits.isEmpty() && it.unit == null) {
                int[] said = saidOfAllNext();
                if (said != null) {
                    // "It had 9 schools and 12 clubs. All of them were burned.": what the next sentence says of them all
                    c = claimFor(it, List.of(windows.get(0), windows.get(1), said, clauses.head(i)), false, true, true);
                }
            }
            if (c.isEmpty() && same != null) {
                String gappedBody = credits.gapped(i, lastTopFact) ? credits.gappedAtBody(i) : null;
                c = Optional.of(emit(it, same, it.qualStart, Math.max(it.numEnd, it.nounEnd), gappedBody != null ? gappedBody : credits.attributionFor(it)));
            }
            if (c.isEmpty() && named != null) {
                c = Optional.of(emit(it, factBefore, named[0], named[2], body.substring(named[0], named[1])));
            }
            if (c.isEmpty() && labelled != null) {
                c = Optional.of(emit(it, labelledFact, labelled[0], labelled[2], body.substring(labelled[0], labelled[1])));
            }
            if (c.isEmpty() && bodysFigure != null) {
                String credit = credits.attributionFor(it);
                int from = credits.bodysFigureStart(i);
                int[] label = credit == null && credits.bodysFigureCredit(i) == null ? credits.gappedBody(i) : null;
                if (label != null) {
                    // "Memorial: 200+": the body and its figure
                    c = Optional.of(emit(it, bodysFigure, label[0], label[2], body.substring(label[0], label[1])));
                } else {
                    c = Optional.of(emit(it, bodysFigure, from >= 0 ? from : it.qualStart, it.numEnd, credit != null ? credit : credits.bodysFigureCredit(i)));
                }
            }
            if (c.isEmpty() && sibling != null) {
                // "24 US states and more than 15 countries", "22 state legislatures and parliaments in 16 countries": the
                // second item counts the sibling fact its noun names and shares what is said of the first
                c = Optional.of(emit(it, sibling, it.qualStart, Math.max(it.numEnd, it.nounEnd), credits.attributionFor(it)));
            }
            if (c.isEmpty() && alternative) {
                if (!saysAnotherFact(it, windows.get(1), lastTopFact)) {
                    // "killed at least 200 people, and possibly as many as 500 to 1,000": another estimate of the same figure
                    c = Optional.of(emit(it, lastTopFact, it.qualStart, it.numEnd, credits.attributionFor(it)));
                } else if (!before) {
                    ignore(it, NO_FACT);   // "50,000 were wounded, and about 4,000 went missing": a verb of another fact of its own
                }
            }
            if (c.isEmpty() && before) {
                // "at least 485 and possibly more than 1,000 civilians died": the same figure as the next number
                pending = it;
                continue;
            }
            if (c.isPresent() && pending != null) {
                emit(pending, c.get().fact(), pending.qualStart, pending.numEnd, credits.attributionFor(pending));
            }
            if (pending != null && c.isEmpty()) {
                ignore(pending, NO_FACT);
            }
            pending = null;
            if (c.isEmpty() && it.unit != null && lastTopFact != null && lower.startsWith("|", Text.lineStart(lower, it.qualStart, 2000))) {
                continue;   // "| Persons killed | 410 | 100 |" under "| Indicator | Value | Share, % |": the share leaves the count the row's
            }
            lastTop = i;
            lastTopFact = c.map(Claim::fact).orElse(null);
            lastTopAttr = c.map(Claim::attributedTo).orElse(null);
        }
        if (pending != null) {
            ignore(pending, NO_FACT);
        }
        if (lastTopFact != null) {
            return new Carry(lastTopFact, lastTopAttr, sentence[1], Set.copyOf(items.get(lastTop).nounHits));
        }
        if (partsOfWhole) {
            // "Of the dead, 98 were women and 51 children. Forty were elderly.": the parts go on with the same whole
            return new Carry(whole, carry != null && whole.equals(carry.fact()) ? carry.attributedTo() : null, sentence[1]);
        }
        // "485 dead, says the commission. 590 is the number you see now. It is broken down as 98 women ...": the parts that
        // follow may be this sentence's unclaimed figure's, so the credit of the whole before does not pass through it
        return carry == null ? null : new Carry(carry.fact(), lastTop >= 0 ? null : carry.attributedTo(), sentence[1]);
    }

    /** "By place of death, ", "By district: ", "Broken down by cause, ": the sentence opens by naming how it parts a whole. */
    private static final Pattern BY_DIMENSION = Pattern.compile("[\\s*_>-]*(?:broken down |listed |counted )?by ([\\p{L}]+)(?: of [\\p{L}]+)?\\s*[,:]");

    /** Whether the sentence opens by naming how it parts a whole ({@code breakdown_dimensions}): "By place of death, ...". */
    private boolean byDimension() {
        java.util.regex.Matcher m = BY_DIMENSION.matcher(lower).region(sentence[0], sentence[1]);
        return m.lookingAt() && v.grammar.list("breakdown_dimensions").contains(m.group(1));
    }

    /** What follows the last ";" of a gap between two figures: "were wounded or maimed; nearly" offers no other estimate. */
    private static String afterClauseBreak(String gap) {
        return gap.substring(gap.lastIndexOf(';') + 1);
    }

    /** Whether a cue of a fact outside {@code fact}'s family is said of the figure in {@code said} (its own predicate). */
    private boolean saysAnotherFact(NumberPhrase it, int[] said, String fact) {
        String family = fact.contains(".") && !fact.startsWith("conflict.") ? fact.substring(0, fact.indexOf('.')) : fact;
        int from = Math.max(said[0], Math.max(it.numEnd, it.phraseEnd));
        for (FactCues c : v.cues) {
            if (c.id().equals(family) || family.equals(c.parent()) || c.measure() != null || c.counts() == null) {
                continue;
            }
            for (String w : hits.present(c.words())) {
                if (hits.find(w, from, said[1]) >= 0 && !facts(w, family)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word} is also a cue of fact {@code id}. */
    private boolean facts(String word, String id) {
        for (FactCues c : v.cues) {
            if (c.id().equals(id)) {
                return c.words().contains(word);
            }
        }
        return false;
    }

    /** " perhaps" when the number's bound is a hedge ("perhaps 1,000" is another estimate, as "or perhaps" is), else "". */
    private String hedge(NumberPhrase it) {
        return HEDGE.matcher(lower).region(it.qualStart, Math.max(it.qualStart, it.m.start())).lookingAt() ? " perhaps" : "";
    }

    void ignore(NumberPhrase it, String reason) {
        decisions.add(decision(slug, body, it.m, "ignored", null, reason));
    }

    /** {@link #saidOfAllNext()}, read once per sentence; {@code NONE} before it is read. */
    private int[] saidOfAll = NONE;
    private static final int[] NONE = new int[0];

    /**
     * What the next sentence of the paragraph says of all the things this one counted, when it opens by pointing back to
     * them all ("All of them were burned.", "Every one of these was looted": {@code whole_back_references}): the span
     * from that phrase to the sentence's end; else null.
     */
    private int[] saidOfAllNext() {
        if (saidOfAll != NONE) {
            return saidOfAll;
        }
        saidOfAll = null;
        int k = sentence[1];
        int limit = Math.min(lower.length(), k + 400);
        while (k < limit && (Character.isWhitespace(lower.charAt(k)) || lower.charAt(k) == '*' || lower.charAt(k) == '_')) {
            if (lower.startsWith("\n\n", k)) {
                return null;   // the paragraph ends
            }
            k++;
        }
        String opening = Text.phraseStartingAt(lower, v.grammar.list("whole_back_references"), k);
        if (opening == null) {
            return null;
        }
        int from = k;   // the opening too: "Not one of them was left standing" says what befell them by its negation
        int end = k + opening.length();
        while (end < limit && ".!?\n".indexOf(lower.charAt(end)) < 0) {
            end++;
        }
        saidOfAll = new int[] {from, end};
        return saidOfAll;
    }

    Optional<Claim> claimFor(NumberPhrase it, List<int[]> windows, boolean extendQuote, boolean predicateFirst) {
        return claimFor(it, windows, extendQuote, predicateFirst, false);
    }

    Optional<Claim> claimFor(NumberPhrase it, List<int[]> windows, boolean extendQuote, boolean predicateFirst, boolean quiet) {
        if (frames.pointInTime(it)) {
            // "three years after its victory", "two days later": when something happened, not how long it lasted
            if (!quiet) {
                ignore(it, TIME_SPAN);
            }
            return Optional.empty();
        }
        FactMatch best = null;
        List<FactCues> facts = hits.factsWithWords(v.cues);   // match() finds no other
        for (FactCues c : facts) {
            FactMatch m = fit.match(c, it, windows, predicateFirst);
            if (m != null && (best == null || m.better(best))) {
                best = m;
            }
        }
        if (best == null && it.unit != null) {
            // a measure ("three decades", "20 percent") may be told anywhere in its sentence
            List<int[]> whole = List.of(new int[] {it.numEnd, it.phraseEnd}, new int[] {sentence[0], sentence[1]});
            best = fit.bestElsewhere(facts.stream().filter(c -> c.measure() != null).toList(), it, whole, true);
        }
        if (best == null && it.unit == null && (it.elided || it.classHit) && previous != null && !backRefs.countedBefore(it)
                && (backRefs.pointsBack(lower.substring(clauses.head(items.indexOf(it))[0], it.qualStart)) || backRefs.answers() && clauses.otherVerb(it) == Integer.MAX_VALUE
                    || backRefs.thereAreOfThem(it))) {
            // "The death toll is disputed. Official sources put it at 580": the fact is named in the sentence before
            String again = backRefs.pointsBack(lower.substring(clauses.head(items.indexOf(it))[0], it.qualStart)) ? frames.factClaimedWith(it.value) : null;
            if (again != null && it.m.valueMax() == null) {
                // "... 150 are still missing. X wrote that the official figure of 580 could not be verified": a figure the
                // text has claimed before, named again, is that claim's fact, not the one of the sentence before
                // (and its credit: the one who writes of it here does not make it theirs)
                String credit = null;
                for (int k = claims.size() - 1; k >= 0; k--) {
                    if (claims.get(k).valueMax() == null && claims.get(k).value().compareTo(it.value) == 0 && claims.get(k).fact().equals(again)) {
                        credit = claims.get(k).attributedTo();
                        break;
                    }
                }
                return Optional.of(emit(it, again, it.qualStart, it.numEnd, credit));
            }
            List<int[]> before = List.of(new int[] {it.numEnd, it.phraseEnd}, previous, new int[] {it.qualStart, it.qualStart});
            best = fit.bestElsewhere(facts, it, before, false);
        }
        int semi = best == null && it.unit == null && it.elided && items.indexOf(it) > 0 ? lower.lastIndexOf(';', it.qualStart) : -1;
        if (semi > sentence[0] && !backRefs.countedBefore(it) && backRefs.pointsBack(lower.substring(semi + 1, it.qualStart))) {
            // "It said 34,000 were taken hostage; the figure given by the council is 340": the fact named before the semicolon
            List<int[]> before = List.of(new int[] {it.numEnd, it.phraseEnd}, new int[] {sentence[0], semi}, new int[] {it.qualStart, it.qualStart});
            best = fit.bestElsewhere(facts, it, before, false);
        }
        if (best == null && it.unit == null && it.elided && !backRefs.countedBefore(it) && backRefs.bareAnswer(it)) {
            // "How many died? ... The official number is 580.": a bare figure answers the question its paragraph asks or answers
            int[] question = backRefs.questionAnswered();
            if (question != null) {
                List<int[]> asked = List.of(new int[] {it.numEnd, it.phraseEnd}, question, new int[] {it.qualStart, it.qualStart});
                best = fit.bestElsewhere(facts, it, asked, false);
            }
        }
        if (best == null) {
            // "[6] Some 15 countries by 2022.": a note goes on with the sentence that carries its mark
            int[] noted = backRefs.notedSentence();
            if (noted != null) {
                best = fit.bestElsewhere(facts, it, List.of(new int[] {it.numEnd, it.phraseEnd}, noted, new int[] {it.qualStart, it.qualStart}), false);
            }
        }
        if (best == null && it.unit == null && backRefs.elidedPredicate(it)) {
            // "Has Hungary recognised it? Not yet. Around twenty parliaments have.", "..., as the parliaments of 16 states
            // have already done": what is said of the figure is an auxiliary that stands for the verb said before it
            List<int[]> said = new ArrayList<>(List.of(new int[] {it.numEnd, it.phraseEnd}, new int[] {sentence[0], it.qualStart}));
            int[] question = backRefs.questionAnswered();
            if (previous != null) {
                said.add(previous);
            }
            if (question != null) {
                said.add(question);
            }
            said.add(new int[] {it.qualStart, it.qualStart});
            best = fit.bestElsewhere(facts, it, said, false);
        }
        if (best == null && (!it.nounHits.isEmpty() || it.classHit)) {
            // "Destroyed in the town:" over "- 14 schools": a list line takes what its lead-in says
            int[] lead = labelLines.leadInLine();
            if (lead == null) {
                lead = labelLines.tableCaption();   // "Table 1. Recognition of the massacre" over "| National parliaments | 18 |"
            }
            if (lead != null) {
                List<int[]> under = List.of(new int[] {it.numEnd, it.phraseEnd}, lead, new int[] {it.qualStart, it.qualStart});
                best = fit.bestElsewhere(facts, it, under, false);
            }
        }
        if (best == null && !it.nounHits.isEmpty() && clauses.otherVerb(it) == Integer.MAX_VALUE) {
            // "**Your book also covers what was lost physically.**" over "Yes, a chapter on buildings: 14 schools, 29 libraries":
            // a figure whose own noun names a fact, with no verb of its own, takes what the bold prompt or heading over its paragraph says
            int[] prompt = labelLines.boldLineBefore();
            if (prompt != null) {
                List<int[]> under = List.of(new int[] {it.numEnd, it.phraseEnd}, prompt, new int[] {it.qualStart, it.qualStart});
                best = fit.bestElsewhere(facts, it, under, false);
            }
        }
        if (best == null && it.unit == null && (labelLines.bareFigure(it) || labelLines.totalLabelled(it)
                || (!it.nounHits.isEmpty() || it.classHit) && clauses.otherVerb(it) == Integer.MAX_VALUE && (labels.containsKey(it) || labelLines.fragment(it) || listLine()))) {
            // "## Death toll" over "**402**", "## People killed" over "- Women: 88", "Killed, by group:" over "Total: 402": a
            // figure alone, a total's line or a figure with its noun takes what the heading or lead-in over it names
            int[] over = labelLines.totalLabelled(it) ? labelLines.leadInLine() : null;
            if (over == null && labelLines.bareFigure(it)) {
                over = labelLines.labelLineOver();   // "Deaths" over "402 (official)[1]"
            }
            if (over == null) {
                over = labelLines.headingOver();
            }
            if (over != null && labelLines.totalLabelled(it)) {
                NumberPhrase whole = nounOf(it, it.numEnd, it.numEnd);   // a total is the whole, never a part its label's noun names
                best = fit.bestElsewhere(facts.stream().filter(c -> c.parent() == null).toList(), whole,
                        List.of(new int[] {it.numEnd, it.phraseEnd}, over, new int[] {it.qualStart, it.qualStart}), false);
            } else if (over != null) {
                best = fit.bestElsewhere(facts, it, List.of(new int[] {it.numEnd, it.phraseEnd}, over, new int[] {it.qualStart, it.qualStart}), false);
            }
        }
        if (best != null && breakdowns.countsSubjectThing(it)) {
            best = null;   // "Camps for displaced persons numbered 40": the figure counts camps
        }
        if (best != null && breakdowns.sampled(it)) {
            best = null;   // "47 displaced persons were interviewed": a sample of people, not a count of the event
        }
        if (best != null && fit.joinedWithAnotherFact(best, facts)) {
            best = null;   // "360 people have been killed or injured": one count of two facts, which no fact fits
        }
        if (best == null && it.unit == null) {
            Claim said = restatedInBrackets(it);
            if (said != null) {
                // "killed 580 people (580, incl. 40 children)": the count said again in brackets, to give its parts
                return Optional.of(emit(it, said.fact(), it.qualStart, it.numEnd, said.attributedTo()));
            }
        }
        if (best == null && it.unit == null) {
            Claim earlier = earlierFigureOfSame(it);
            if (earlier != null) {
                // "rose to 580, up from the 320 it reported on Saturday": the earlier figure of the same count
                String own = credits.attributionFor(it);
                return Optional.of(emit(it, earlier.fact(), it.qualStart, it.numEnd, own != null ? own : earlier.attributedTo()));
            }
        }
        if (best == null) {
            if (!quiet) {
                ignore(it, it.unit != null && !List.of("percent", "degrees", "distance").contains(it.unit) ? TIME_SPAN : NO_FACT);
            }
            return Optional.empty();
        }
        int[] span = fit.quote(it, best, windows, extendQuote);
        return Optional.of(emit(it, best.cues().id(), span[0], span[1], credits.attributionFor(it)));
    }

    /** The claim, earlier in this sentence, of the same value as a bare figure that opens brackets ("(580, incl. ..."), or null. */
    private Claim restatedInBrackets(NumberPhrase it) {
        int b = it.qualStart;
        while (b > sentence[0] && lower.charAt(b - 1) == ' ') {
            b--;
        }
        if (b <= sentence[0] || lower.charAt(b - 1) != '(' || !it.nounHits.isEmpty() || it.classHit) {
            return null;
        }
        for (int k = claims.size() - 1; k >= 0; k--) {
            Claim c = claims.get(k);
            if (c.start() >= sentence[0] && c.end() <= b && c.value().compareTo(it.value) == 0 && c.valueMax() == null) {
                return c;
            }
        }
        return null;
    }

    /** "up from the ", "down from ", "revised from ": a change of a count from an earlier figure, right before it. */
    private static final Pattern CHANGED_FROM = Pattern.compile("(?:\\bup|\\bdown|\\brevised|\\braised|\\blowered|\\bcorrected)\\s+from\\s+(?:the\\s+|an?\\s+(?:earlier|previous|initial)\\s+(?:figure|count|toll|estimate)\\s+of\\s+)?$");

    /** The claim of the figure before {@code it} in its sentence when {@code it} is the figure that count changed from ({@link #CHANGED_FROM}). */
    private Claim earlierFigureOfSame(NumberPhrase it) {
        int idx = items.indexOf(it);
        if (idx <= 0 || !it.nounHits.isEmpty() || it.classHit || !CHANGED_FROM.matcher(lower).region(Math.max(sentence[0], it.qualStart - 60), it.qualStart).find()) {
            return null;
        }
        NumberPhrase prev = items.get(idx - 1);
        for (int k = claims.size() - 1; k >= 0; k--) {
            Claim c = claims.get(k);
            if (c.start() <= prev.m.start() && c.end() >= prev.m.end() && c.start() >= sentence[0]) {
                return c;
            }
        }
        return null;
    }

    /** The parent of the last part claimed in this sentence, or in the lines before it in its paragraph; else null. */
    private String wholeOfPartsBefore() {
        for (int k = claims.size() - 1; k >= 0; k--) {
            Claim c = claims.get(k);
            if (c.end() > sentence[1] || c.end() <= sentence[0] && lower.substring(c.end(), sentence[0]).contains("\n\n")) {
                return null;
            }
            String parent = v.schema.find(c.fact()).map(f -> f.parent()).orElse(null);
            return parent;
        }
        return null;
    }

    /** Whether the sentence opens a line of a list ("- ", "1. ", "• "). */
    private boolean listLine() {
        int ls = lower.lastIndexOf('\n', Math.max(0, sentence[0] - 1)) + 1;
        return lower.substring(ls, sentence[0]).isBlank() && LIST_LINE.matcher(lower).region(ls, sentence[1]).lookingAt();
    }

    /** "children — 57, women — 98": the next figure's noun is a label that opens right after this figure's list mark. */
    private boolean labelledNext(int j) {
        if (j + 1 >= items.size() || !labels.containsKey(items.get(j + 1))) {
            return false;
        }
        int[] label = labels.get(items.get(j + 1));
        NumberPhrase cur = items.get(j);
        int from = Math.max(cur.phraseEnd, cur.numEnd);
        return label[0] >= from && LIST_MARKS.matcher(lower.substring(from, label[0])).matches();
    }

    private static final Pattern LIST_MARKS = Pattern.compile("[\\s,;·•)]*");

    /**
     * "580 residents were killed with great cruelty, among them 57 children and 98 women": a total read as a
     * sub-fact with no parts of its own (killed with cruelty) whose parts name sub-facts of that fact's parent
     * (children, women among the dead) is the parent's figure: the parts say what the whole counts.
     */
    /**
     * Whether the sentence before, in this paragraph, ends its figures on one of a person's own people ({@code
     * relation_nouns}: "the names of 19 relatives", "12 of my cousins"): what "N of them" opening this sentence parts.
     */
    private boolean partOfOwnPeople() {
        if (previous == null || previous[1] > sentence[0] || lower.substring(previous[1], sentence[0]).contains("\n\n")) {
            return false;
        }
        List<NumberMention> ms = NumberReader.read(body.substring(previous[0], previous[1]));
        if (ms.isEmpty()) {
            return false;
        }
        java.util.regex.Matcher w = WORD.matcher(lower).region(previous[0] + ms.get(ms.size() - 1).end(), previous[1]);
        java.util.List<String> relations = v.grammar.list("relation_nouns");
        for (int k = 0; k < 4 && w.find(); k++) {
            if (relations.contains(w.group())) {
                return true;
            }
            if (!v.grammar.list("possessive_determiners").contains(w.group()) && !w.group().equals("of")) {
                return false;   // "19 relatives", "19 of my relatives": the noun is the figure's own
            }
        }
        return false;
    }

    /**
     * Whether the item after {@code j} opens a clause of its own after a semicolon: "among them 52 children; 90 children
     * lost one parent" (a verb right after its noun), not a part of the list before ("52 children; 77 women; 40 elderly").
     */
    private boolean newClauseAfterSemicolon(int j) {
        if (lists.gap(j).indexOf(';') < 0) {
            return false;
        }
        NumberPhrase next = items.get(j + 1);
        java.util.regex.Matcher w = WORD.matcher(lower).region(Math.max(next.phraseEnd, next.nounEnd), sentence[1]);
        return w.find() && lower.substring(Math.max(next.phraseEnd, next.nounEnd), w.start()).isBlank() && v.predicateWords.contains(w.group());
    }

    private Claim wholeOfParts(Claim total, List<Integer> subs) {
        FactCues own = v.cues.stream().filter(c -> c.id().equals(total.fact())).findFirst().orElse(null);
        if (own == null || own.parent() == null || v.cues.stream().anyMatch(c -> total.fact().equals(c.parent()))) {
            return total;
        }
        boolean parentsParts = false;
        for (int s : subs) {
            NumberPhrase si = items.get(s);
            breakdowns.copulaNoun(si);
            for (FactCues c : v.cues) {
                if (own.parent().equals(c.parent()) && !c.id().equals(total.fact()) && si.nounHits.contains(c.id())) {
                    parentsParts = true;
                }
            }
        }
        if (!parentsParts) {
            return total;
        }
        Claim whole = new Claim(total.id(), total.source(), own.parent(), total.value(), total.qualifier(), total.valueMax(), total.quote(),
                total.start(), total.end(), total.attributedTo(), total.origin(), total.note());
        claims.set(claims.lastIndexOf(total), whole);
        for (int k = decisions.size() - 1; k >= 0; k--) {
            NumberDecision d = decisions.get(k);
            if ("claim".equals(d.outcome()) && total.fact().equals(d.fact()) && d.start() >= total.start() && d.end() <= total.end()) {
                decisions.set(k, new NumberDecision(d.source(), d.start(), d.end(), d.text(), d.outcome(), own.parent(), d.reason()));
                break;
            }
        }
        return whole;
    }

    Claim emit(NumberPhrase it, String fact, int start, int end, String attributedTo) {
        // a quote stays on the number's line: "became\n\nrefugees" is cut before the break (a line break the readers
        // see as a space, inside a hard-wrapped sentence or under a figure's own line, is none: Text.readingView)
        int nl = Text.indexOf(lower.substring(start, it.m.start()), "\n", 0, it.m.start() - start);
        while (nl >= 0) {
            start = start + nl + 1;
            nl = Text.indexOf(lower.substring(start, it.m.start()), "\n", 0, it.m.start() - start);
        }
        int next = Text.indexOf(lower, "\n", it.m.end(), end);
        if (next >= 0) {
            end = next;
        }
        int cell = Text.indexOf(body, "|", it.m.end(), end);
        if (cell >= 0 && body.substring(Text.lineStart(body, it.m.start(), 2000), it.m.start()).stripLeading().startsWith("|")) {
            end = cell;   // "| 172+ (HRW) | Largest single ... |": a quote after the figure stays in its table cell
        }
        while (end > it.m.end() && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        while (start < it.m.start() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        String quote = body.substring(start, end);
        BigDecimal max = it.qualifier == Qualifier.RANGE ? it.m.valueMax() : null;
        Qualifier q = it.qualifier == Qualifier.RANGE && max == null ? Qualifier.EXACT : it.qualifier;
        Claim c = new Claim(null, slug, fact, it.value, q, max, quote, start, end, attributedTo, "extracted", null);
        claims.add(c);
        decisions.add(decision(slug, body, it.m, "claim", fact, null));
        return c;
    }

    /** The last sentence before this one that places something (a scope word of a fact), or null. */
    SentenceReader scopeFrom(int[] placing) {
        this.scopeFrom = placing;
        return this;
    }

    /** The sentence that placed something before {@link #scopeFrom}, in the same paragraph, or null. */
    SentenceReader scopeFromEarlier(int[] placing) {
        this.scopeFromEarlier = placing;
        return this;
    }

    /**
     * Whether the claims this sentence made (those from index {@code from} on) leave the scope of the
     * earlier sentence {@code placing} standing for the sentences after it: none is of a fact with scope
     * words that sentence lacks ("... largest massacre in the conflict. Some 200 bodies were brought
     * to Aghdam." reads the bodies as the town's; what follows is not the conflict's).
     */
    boolean keepsScope(int[] placing, int from) {
        for (Claim claim : claims.subList(from, claims.size())) {
            for (FactCues c : v.cues) {
                if (c.id().equals(claim.fact()) && !c.scope().isEmpty()
                        && c.scope().stream().noneMatch(s -> hits.find(s, placing[0], placing[1]) >= 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The page's title (its first line, a heading "# ...", or a lead's subject in bold), or null. */
    SentenceReader titled(int[] titleLine) {
        this.title = titleLine;
        return this;
    }

    /** The posts of a page that is a social post or thread: a reply's figures are its author's. */
    SentenceReader postedBy(PostAuthors authors) {
        this.posts = authors;
        return this;
    }

    /** The parts of the page that carry another body's statement or a digest's entries: their figures are that body's. */
    SentenceReader carrying(CarriedWords words) {
        this.carried = words;
        return this;
    }

    /** The turns of a transcript: a figure in a turn is its speaker's. */
    SentenceReader spokenIn(SpeakerTurns speakers) {
        this.turns = speakers;
        return this;
    }

    /**
     * Whether the sentence opens with the parts of the count before it ("Among them 57 children."), after
     * at most a post's number ("2/7"), or is a list line under a lead-in that opens them ("Among them:"): it goes on with that count across a paragraph break.
     */
    static boolean opensWithParts(String lower, int[] sentence) {
        return CONTINUES_BREAKDOWN.matcher(lower).region(sentence[0], sentence[1]).find() || LabelLines.underBreakdownLead(lower, sentence);
    }

    /** Whether {@code sentence} is on a list item's line and {@code placing} on another list item's line. */
    static boolean inAnotherListItem(String lower, int[] placing, int[] sentence) {
        int here = lower.lastIndexOf('\n', Math.max(0, sentence[0] - 1)) + 1;
        int there = lower.lastIndexOf('\n', Math.max(0, placing[0] - 1)) + 1;
        return here != there && LIST_LINE.matcher(lower).region(here, sentence[1]).lookingAt()
                && LIST_LINE.matcher(lower).region(there, placing[1]).lookingAt();
    }

    /** Whether no scope word of any fact is in this sentence. */
    boolean placesNothing() {
        if (placesNothing == null) {
            boolean none = true;
            // "old men and women who had lived through one war already": a scope word in a relative clause places nothing
            for (String s : hits.present(v.allScopes)) {
                int at = hits.find(s, sentence[0], sentence[1]);
                while (at >= 0 && clauses.inRelativeClause(at, sentence[0])) {
                    at = hits.find(s, at + 1, sentence[1]);
                }
                if (at >= 0) {
                    none = false;
                    break;
                }
            }
            placesNothing = none;
        }
        return placesNothing;
    }

    static NumberDecision decision(String slug, String body, NumberMention m, String outcome, String fact, String reason) {
        return new NumberDecision(slug, m.start(), m.end(), body.substring(m.start(), m.end()), outcome, fact, reason);
    }

    /** The last total read, for a breakdown that goes on in the next sentence, and where its sentence ended. */
    record Carry(String fact, String attributedTo, int end, Set<String> nouns) {
        Carry(String fact, String attributedTo, int end) {
            this(fact, attributedTo, end, Set.of());
        }
    }

    /** The nouns of the last figure of the sentence before, when it ended in this sentence's paragraph; else none. */
    private Set<String> nounsOfSentenceBefore(Carry carry, NumberPhrase it, int idx) {
        // a figure with nothing said after it ("What of the remaining 26?") borrows nothing
        boolean says = lower.substring(it.numEnd, clauses.predicate(it.phraseEnd, idx, 16)[1]).chars().anyMatch(Character::isLetter);
        if (!says || carry == null || carry.end() > sentence[0] || lower.substring(carry.end(), sentence[0]).contains("\n\n")) {
            return Set.of();
        }
        return carry.nouns();
    }

    /** Nothing but one opening word before a number ("Perhaps", "Because", "And"), or nothing at all. */
    private static boolean atMostOneWord(String before) {
        String[] words = before.replaceAll("[^\\p{L}]+", " ").strip().split(" ");
        return words.length == 1;
    }
}
