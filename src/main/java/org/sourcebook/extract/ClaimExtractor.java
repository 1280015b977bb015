package org.sourcebook.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.content.Source;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactSchema;
import org.sourcebook.model.NumberDecision;
import org.sourcebook.model.Qualifier;

/**
 * Turns the numbers of a source's text into claims about the facts of the schema. It knows
 * grammar (numbers, bounds, lists, breakdowns, clauses, attribution); what each fact is called
 * comes from the cues of content/facts.yaml ({@link FactCues}) and the lists of {@link Grammar}.
 */
public final class ClaimExtractor {
    private static final Pattern COPULA_START = Pattern.compile("^\\s+(?:were|was|are|is)(?=\\s)");
    private static final Pattern OPENING_MARK = Pattern.compile("\\s*[—–(:]\\s*$");
    private static final Pattern COPULA_AFTER = Pattern.compile("^\\s+(?:were|was|are|is)\\s");
    static final String NO_FACT = "no fact matched";
    static final String TIME_SPAN = "time span, no fact matched";
    static final String NO_SUB_FACTS = "breakdown of a fact without sub-facts";
    static final String NO_SUB_FACT = "no sub-fact matched";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "from", "on", "for", "with", "among", "around", "across", "by", "to", "into", "during", "under");
    private static final Pattern AMONG = Pattern.compile("\\bamong(?: the)?\\s*$");
    private static final Pattern COPULA_NOUN = Pattern.compile("(?:\\s+of\\s+(?:those|the|them|these|whom)\\b[^,.;]{0,30}?)?\\s+(?:were|was|are|is)(?=\\s)");
    private static final Pattern ALTERNATIVE = Pattern.compile("\\b(?:possibly|perhaps|maybe|probably|or even|or|if not|even|others say|some say)\\b");
    private static final Pattern HEAD_CUT = Pattern.compile("[,;:—–(\\[]|\\band\\b|\\bwhile\\b|\\bwhereas\\b|\\bbut\\b");
    private static final Pattern NEW_SUBJECT = Pattern.compile(", and (?=\\p{Lu})");
    private static final Pattern PRONOUN_HEAD = Pattern.compile("\\b(?:it|this|that|the figure|the number|the total|the toll)\\b");
    private static final Pattern CONTINUES_BREAKDOWN = Pattern.compile("^\\W*(?:among (?:them|these|those|the (?:dead|victims|killed|wounded|injured|hostages))|of (?:them|these|those|whom)|they included|these included|this included|including)\\b");
    private static final Pattern PURE_SEPARATOR = Pattern.compile("^\\s*(?:,|;)?\\s*(?:and|or|as well as)?\\s*$");

    private final FactSchema schema;
    private final Grammar grammar;
    private final List<FactCues> cues;
    private final Set<String> classNouns;
    private final Set<String> countWords;
    private final Set<String> predicateWords;
    private final Set<String> elidedWords;
    private final Map<String, List<String>> measures;
    private final Attribution attribution;
    private final Map<String, List<String>> qualifiers;
    private final Map<String, List<String>> qualifiersAfter;

    public ClaimExtractor(FactSchema schema) {
        this(schema, Grammar.defaults());
    }

    public ClaimExtractor(FactSchema schema, Grammar grammar) {
        this.schema = schema;
        this.grammar = grammar;
        this.measures = grammar.lists("measure_units");
        this.cues = FactCues.of(schema, measures.keySet());
        this.classNouns = new HashSet<>(grammar.list("noun_classes.people"));
        this.predicateWords = new HashSet<>(grammar.list("predicate_words"));
        this.elidedWords = new HashSet<>(grammar.list("elided_noun_words"));
        Set<String> count = new HashSet<>(classNouns);
        cues.forEach(c -> c.nouns().forEach(n -> count.add(n.contains(" ") ? n.substring(n.lastIndexOf(' ') + 1) : n)));
        count.addAll(predicateWords);
        this.countWords = Set.copyOf(count);
        this.attribution = new Attribution(grammar);
        this.qualifiers = grammar.lists("qualifiers");
        this.qualifiersAfter = grammar.lists("qualifiers_after");
    }

    /** Claims (without ids) and decisions for one source; never reads inside furniture. */
    public Extraction extract(Source source) {
        return extract(source.slug(), source.body(), source);
    }

    /** The same for a bare text (tests, previews): no furniture. */
    public Extraction extractText(String slug, String body) {
        return extract(slug, body, null);
    }

    FactSchema schema() {
        return schema;
    }

    private Extraction extract(String slug, String body, Source source) {
        String lower = Text.lower(body);
        Exclusions exclusions = new Exclusions(body, lower, grammar, source, countWords);
        List<NumberMention> mentions = NumberReader.read(body);
        List<Claim> claims = new ArrayList<>();
        List<NumberDecision> decisions = new ArrayList<>();
        List<NumberMention> candidates = new ArrayList<>();
        for (NumberMention m : mentions) {
            Optional<String> why = exclusions.reason(m);
            if (why.isPresent()) {
                if (!m.weak()) {
                    decisions.add(decision(slug, body, m, "ignored", null, why.get()));
                }
            } else {
                candidates.add(m);
            }
        }
        Carry carry = null;
        int[] previousSentence = null;
        int first = 0;
        for (int[] sentence : Sentences.split(body, grammar.list("abbreviations"))) {
            List<NumberMention> inSentence = new ArrayList<>();
            while (first < candidates.size() && candidates.get(first).start() < sentence[0]) {
                first++;
            }
            for (int k = first; k < candidates.size() && candidates.get(k).start() < sentence[1]; k++) {
                NumberMention m = candidates.get(k);
                if (m.end() <= sentence[1]) {
                    inSentence.add(m);
                }
            }
            // a lone "one" counts only when a noun follows ("one local history museum", not "one of", "one parent")
            List<NumberMention> kept = new ArrayList<>();
            for (int k = 0; k < inSentence.size(); k++) {
                NumberMention m = inSentence.get(k);
                if (m.weak()) {
                    Item it = item(lower, m, sentence, k + 1 < inSentence.size() ? inSentence.get(k + 1).start() : sentence[1]);
                    if (!it.classHit && it.nounHits.isEmpty()) {
                        continue;
                    }
                }
                kept.add(m);
            }
            List<Item> items = new ArrayList<>();
            for (int k = 0; k < kept.size(); k++) {
                items.add(item(lower, kept.get(k), sentence, k + 1 < kept.size() ? kept.get(k + 1).start() : sentence[1]));
            }
            SentenceReader reader = new SentenceReader(slug, body, lower, sentence, previousSentence, items, claims, decisions);
            previousSentence = sentence;
            if (carry != null && lower.substring(carry.end(), sentence[0]).contains("\n\n")) {
                carry = null;
            }
            carry = reader.read(carry);
        }
        return new Extraction(claims, decisions);
    }

    private static NumberDecision decision(String slug, String body, NumberMention m, String outcome, String fact, String reason) {
        return new NumberDecision(slug, m.start(), m.end(), body.substring(m.start(), m.end()), outcome, fact, reason);
    }

    /** One candidate number with what surrounds it: its bound, unit and noun phrase. */
    static final class Item {
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
        Set<String> nounHits = new LinkedHashSet<>();
    }

    private Item item(String lower, NumberMention m, int[] sentence, int next) {
        Item it = new Item();
        it.m = m;
        it.value = m.value();
        it.qualStart = m.start();
        it.numEnd = m.end();
        it.unit = m.unit();
        if (m.bound() != null) {
            it.qualifier = m.bound();
        }
        if (m.bound() != Qualifier.RANGE) {
            for (Map.Entry<String, List<String>> q : qualifiers.entrySet()) {
                int s = Text.phraseEndingAt(lower, q.getValue(), m.start(), sentence[0]);
                if (s >= 0 && (s < it.qualStart)) {
                    it.qualStart = s;
                    it.qualifier = Qualifier.find(q.getKey()).orElse(Qualifier.EXACT);
                }
            }
            for (Map.Entry<String, List<String>> q : qualifiersAfter.entrySet()) {
                String p = Text.phraseStartingAt(lower, q.getValue(), m.end());
                if (p != null && !q.getValue().isEmpty()) {
                    it.qualifier = Qualifier.find(q.getKey()).orElse(it.qualifier);
                    it.numEnd = lower.indexOf(p, m.end()) + p.length();
                }
            }
        }
        // a measure written as the next word: "44 days", "three decades", "twenty percent"
        if (it.unit == null) {
            for (Map.Entry<String, List<String>> u : measures.entrySet()) {
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
        String of = Text.phraseStartingAt(lower, grammar.list("breakdown_of_previous"), pos);
        if (of != null) {
            it.ofPrev = true;
            pos = lower.indexOf(of, pos) + of.length();
            Matcher cop = COPULA_START.matcher(lower.substring(pos, Math.min(lower.length(), pos + 6)));
            if (cop.find()) {
                pos += cop.end();
            }
        }
        noun(lower, it, pos, Math.max(pos, Math.min(sentence[1], next)));
        if (it.elided && !it.ofPrev) {
            // "106 of those killed were women", "63 were children": the noun comes after the copula
            Matcher cop = COPULA_NOUN.matcher(lower);
            cop.region(it.numEnd, Math.max(it.numEnd, Math.min(sentence[1], next)));
            if (cop.lookingAt()) {
                Item probe = new Item();
                probe.m = m;
                probe.numEnd = it.numEnd;
                noun(lower, probe, cop.end(), Math.max(cop.end(), Math.min(sentence[1], next)));
                if (!probe.nounHits.isEmpty()) {
                    it.nounHits.addAll(probe.nounHits);
                    it.nounEnd = Math.max(it.nounEnd, probe.nounEnd);
                    it.copula = true;
                }
            }
        }
        return it;
    }

    /** Reads the noun phrase after a number: what it counts, and where the phrase ends. */
    private void noun(String lower, Item it, int from, int limit) {
        Matcher w = WORD.matcher(lower);
        w.region(from, limit);
        int end = from;
        int count = 0;
        List<int[]> words = new ArrayList<>();
        while (w.find()) {
            String gap = lower.substring(end, w.start());
            if (gap.matches(".*[,;:.!?()\\[\\]\"“”—–\\n].*") || count >= 8) {
                break;
            }
            String word = w.group().replaceAll("'s$|’s$|'$", "");
            if (count == 0 && elidedWords.contains(word) || predicateWords.contains(word) || Character.isDigit(word.charAt(0))
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
            it.elided = true;
            return;
        }
        int regionEnd = words.get(Math.min(words.size(), 4) - 1)[1];
        // the head noun comes before a preposition: "photographs of the victims" counts photographs
        int headWords = 0;
        for (int[] span : words.subList(0, Math.min(words.size(), 4))) {
            if (headWords > 0 && PREPOSITIONS.contains(lower.substring(span[0], span[1]))) {
                break;
            }
            headWords++;
        }
        int headStart = words.get(headWords - 1)[0];
        for (FactCues c : cues) {
            for (String n : c.nouns()) {
                int at = Text.find(lower, n, from, regionEnd);
                if (at >= 0 && at <= headStart) {
                    it.nounHits.add(c.id());
                    it.nounEnd = Math.max(it.nounEnd, at + n.length());
                    break;
                }
            }
        }
        for (int[] span : words.subList(0, headWords)) {
            String word = lower.substring(span[0], span[1]).replaceAll("'s$|’s$|'$", "");
            if (classNouns.contains(word)) {
                it.classHit = true;
                it.nounEnd = Math.max(it.nounEnd, span[1]);
                break;
            }
        }
        if (!it.classHit && it.nounHits.isEmpty()) {
            it.unknownNoun = true;
        }
    }

    /** Reads the numbers of one sentence: lists, breakdowns, then a fact for each. */
    private final class SentenceReader {
        private final String slug;
        private final String body;
        private final String lower;
        private final int[] sentence;
        private final List<Item> items;
        private final List<Claim> claims;
        private final List<NumberDecision> decisions;
        private final int[] previous;

        SentenceReader(String slug, String body, String lower, int[] sentence, int[] previous, List<Item> items, List<Claim> claims,
                       List<NumberDecision> decisions) {
            this.previous = previous;
            this.slug = slug;
            this.body = body;
            this.lower = lower;
            this.sentence = sentence;
            this.items = items;
            this.claims = claims;
            this.decisions = decisions;
        }

        private String gap(int i) {
            int to = i + 1 < items.size() ? items.get(i + 1).qualStart : sentence[1];
            int from = items.get(i).phraseEnd;
            return from <= to ? lower.substring(from, to) : "";
        }

        private boolean pure(int i) {
            return i + 1 < items.size() && PURE_SEPARATOR.matcher(gap(i)).matches();
        }

        /** A gap that says nothing about the number before it ("countries, including Pakistan, "): the list goes on. */
        private boolean listGap(int i) {
            if (pure(i)) {
                return true;
            }
            if (i + 1 >= items.size()) {
                return false;
            }
            String g = gap(i);
            if (!g.matches("(?s)^\\s*,.*,\\s*(?:and\\s+)?$") || g.contains(";") || g.length() > 60) {
                return false;
            }
            Matcher w = WORD.matcher(g);
            while (w.find()) {
                String word = w.group();
                if (predicateWords.contains(word) || Character.isDigit(word.charAt(0))) {
                    return false;
                }
                for (FactCues c : cues) {
                    if (c.words().contains(word)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Where a breakdown marker ends the gap after item i ("people, including "), as an offset; -1 if none. */
        private int opener(int i) {
            if (i + 1 >= items.size()) {
                return -1;
            }
            String g = gap(i);
            int base = items.get(i).phraseEnd;
            String trimmed = g.stripTrailing();
            for (String marker : grammar.list("breakdown_markers")) {
                if (trimmed.endsWith(marker) && (trimmed.length() == marker.length()
                        || !Character.isLetterOrDigit(trimmed.charAt(trimmed.length() - marker.length() - 1)))) {
                    int at = base + trimmed.length() - marker.length();
                    while (at > base && (lower.charAt(at - 1) == ',' || lower.charAt(at - 1) == ' ')) {
                        at--;
                    }
                    return at;
                }
            }
            Matcher dash = OPENING_MARK.matcher(g);
            if (dash.find() && !g.contains(";")) {
                return base + dash.start();
            }
            return -1;
        }

        /** Reads the sentence; {@code carry} is the last total of the sentence before ("Among them were 63 children."). */
        Carry read(Carry carry) {
            int n = items.size();
            boolean[] done = new boolean[n];
            int lastTop = -1;
            String lastTopFact = null;
            String lastTopAttr = null;
            Item pending = null;
            if (n > 0 && carry != null && CONTINUES_BREAKDOWN.matcher(lower.substring(sentence[0], items.get(0).qualStart)).find()) {
                for (int i = 0; i < n; i++) {
                    if (!items.get(i).nounHits.isEmpty()) {
                        sub(items.get(i), carry.fact(), carry.attributedTo());
                        done[i] = true;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (done[i]) {
                    continue;
                }
                Item it = items.get(i);
                if (it.ofPrev && (!it.nounHits.isEmpty() || it.classHit) && lastTop >= 0) {
                    sub(it, lastTopFact, lastTopAttr);
                    done[i] = true;
                    continue;
                }
                int marker = opener(i);
                if (marker >= 0) {
                    List<Integer> subs = new ArrayList<>();
                    int j = i + 1;
                    while (j < n) {
                        subs.add(j);
                        done[j] = true;
                        if (pure(j)) {
                            j++;
                        } else {
                            break;
                        }
                    }
                    int last = subs.get(subs.size() - 1);
                    List<int[]> windows = new ArrayList<>();
                    windows.add(new int[] {it.numEnd, marker});
                    windows.add(predicate(items.get(last).phraseEnd, last, 16));
                    windows.add(head(i));
                    Optional<Claim> total = claimFor(it, windows, true, true);
                    String fact = total.map(Claim::fact).orElse(null);
                    String attr = total.map(Claim::attributedTo).orElse(null);
                    for (int s : subs) {
                        Item si = items.get(s);
                        copulaNoun(si);
                        if (si.nounHits.isEmpty() && !si.classHit && si.unit == null) {
                            // "1,275 taken hostage, of whom 150 remain missing": a figure of its own
                            List<int[]> own = List.of(new int[] {si.numEnd, si.phraseEnd},
                                    new int[] {si.numEnd, predicate(si.phraseEnd, s, 16)[1]}, new int[] {si.qualStart, si.qualStart});
                            claimFor(si, own, true, true);
                        } else if (fact == null) {
                            ignore(si, NO_FACT);
                        } else {
                            sub(si, fact, attr);
                        }
                    }
                    lastTop = i;
                    lastTopFact = fact;
                    lastTopAttr = attr;
                    i = last;
                    continue;
                }
                int k0 = i;
                while (k0 + 1 < n && listGap(k0) && hasNoun(items.get(k0)) && hasNoun(items.get(k0 + 1)) && opener(k0) < 0) {
                    k0++;
                }
                if (k0 + 1 < n && AMONG.matcher(gap(k0)).find() && items.stream().skip(i).limit(k0 - i + 1L).noneMatch(x -> x.nounHits.isEmpty())) {
                    // "63 children and 106 women were among the 613 people killed": parts before their total
                    int t = k0 + 1;
                    Item total = items.get(t);
                    List<int[]> windows = List.of(new int[] {total.numEnd, total.phraseEnd}, new int[] {total.numEnd, predicate(total.phraseEnd, t, 16)[1]}, head(t));
                    Optional<Claim> c = claimFor(total, windows, true, true);
                    for (int x = i; x <= k0; x++) {
                        sub(items.get(x), c.map(Claim::fact).orElse(null), c.map(Claim::attributedTo).orElse(null));
                    }
                    lastTop = t;
                    lastTopFact = c.map(Claim::fact).orElse(null);
                    lastTopAttr = c.map(Claim::attributedTo).orElse(null);
                    i = t;
                    continue;
                }
                if (listGap(i) && hasNoun(it) && hasNoun(items.get(i + 1)) && !it.copula && !items.get(i + 1).copula) {
                    int k = i + 1;
                    while (k < n && listGap(k) && k + 1 < n && hasNoun(items.get(k + 1)) && opener(k) < 0 && !items.get(k + 1).copula) {
                        k++;
                    }
                    int[] shared = predicate(items.get(k).phraseEnd, k, 24);
                    int[] head = head(i);
                    for (int x = i; x <= k; x++) {
                        Item li = items.get(x);
                        List<int[]> windows = List.of(new int[] {li.numEnd, li.phraseEnd}, shared, head);
                        String fam = familyOf(lastTopFact != null ? lastTopFact : carry == null ? null : carry.fact(), li);
                        Optional<Claim> c = claimFor(li, windows, false, false, fam != null);
                        if (c.isEmpty() && fam != null) {
                            // "106 were women, 63 children and 70 elderly people": the rest of a breakdown
                            sub(li, fam, lastTopFact != null ? lastTopAttr : carry.attributedTo());
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
                String family = familyOf(lastTopFact != null ? lastTopFact : carry == null ? null : carry.fact(), it);
                if (it.copula && family != null) {
                    // "..., 63 were children and 70 were elderly": parts of the total named just before
                    sub(it, family, lastTopFact != null ? lastTopAttr : carry.attributedTo());
                    continue;
                }
                List<int[]> windows = List.of(new int[] {it.numEnd, it.phraseEnd}, new int[] {it.numEnd, predicate(it.phraseEnd, i, 16)[1]}, head(i));
                boolean alternative = lastTopFact != null && it.elided && i > 0
                        && ALTERNATIVE.matcher(lower.substring(items.get(i - 1).phraseEnd, Math.max(items.get(i - 1).phraseEnd, it.qualStart))).find();
                boolean before = it.elided && i + 1 < n
                        && ALTERNATIVE.matcher(lower.substring(it.phraseEnd, Math.max(it.phraseEnd, items.get(i + 1).qualStart))).find();
                boolean widen = i == 0 && (it.elided || it.classHit);
                Optional<Claim> c = claimFor(it, windows, true, true, alternative || before || widen);
                if (c.isEmpty() && widen) {
                    // "The death toll, according to official data, stands at 613": the fact is named at the sentence's start
                    List<int[]> wide = List.of(windows.get(0), windows.get(1), new int[] {sentence[0], it.qualStart});
                    c = claimFor(it, wide, true, true, alternative || before);
                }
                if (c.isEmpty() && alternative) {
                    // "killed at least 200 people, and possibly as many as 500 to 1,000": another estimate of the same figure
                    c = Optional.of(emit(it, lastTopFact, it.qualStart, it.numEnd, attributionFor(it)));
                }
                if (c.isEmpty() && before) {
                    // "at least 485 and possibly more than 1,000 civilians died": the same figure as the next number
                    pending = it;
                    continue;
                }
                if (c.isPresent() && pending != null) {
                    emit(pending, c.get().fact(), pending.qualStart, pending.numEnd, attributionFor(pending));
                }
                if (pending != null && c.isEmpty()) {
                    ignore(pending, NO_FACT);
                }
                pending = null;
                lastTop = i;
                lastTopFact = c.map(Claim::fact).orElse(null);
                lastTopAttr = c.map(Claim::attributedTo).orElse(null);
            }
            if (pending != null) {
                ignore(pending, NO_FACT);
            }
            if (lastTopFact != null) {
                return new Carry(lastTopFact, lastTopAttr, sentence[1]);
            }
            return carry == null ? null : new Carry(carry.fact(), carry.attributedTo(), sentence[1]);
        }

        private boolean hasNoun(Item it) {
            return it.classHit || !it.nounHits.isEmpty() || it.unit != null && it.unknownNoun;
        }

        /** What is said after a number: to the next number, the clause end, or 16 words. */
        private int[] predicate(int from, int idx, int maxWords) {
            int to = sentence[1];
            if (idx + 1 < items.size()) {
                // up to the last clause mark before the next number ("..., and the fate of 150"), else to the number
                to = Math.max(from, items.get(idx + 1).qualStart);
                Matcher b = HEAD_CUT.matcher(lower);
                b.region(from, to);
                int cut = -1;
                while (b.find()) {
                    cut = b.start();
                }
                if (cut >= 0) {
                    to = cut;
                }
            }
            to = Math.max(from, to);
            String seg = lower.substring(from, to);
            int semi = seg.indexOf(';');
            if (semi >= 0) {
                seg = seg.substring(0, semi);
            }
            for (String br : grammar.list("clause_breaks")) {
                int at = seg.indexOf(br);
                if (at >= 0 && !br.strip().equals(":")) {
                    seg = seg.substring(0, at);
                }
            }
            int and = seg.indexOf(", and ");
            if (and >= 0 && maxWords <= 16) {
                seg = seg.substring(0, and);
            }
            to = from + seg.length();
            Matcher w = WORD.matcher(lower);
            w.region(from, to);
            int count = 0;
            while (w.find()) {
                if (++count > maxWords) {
                    to = w.start();
                    break;
                }
            }
            return new int[] {from, to};
        }

        /** What is said right before a number: back to the previous number or clause, at most 6 words. */
        private int[] head(int idx) {
            Item it = items.get(idx);
            int from = idx > 0 ? Math.min(items.get(idx - 1).phraseEnd, it.qualStart) : sentence[0];
            from = Math.max(from, sentence[0]);
            String h = lower.substring(from, it.qualStart);
            int cut = -1;
            Matcher b = HEAD_CUT.matcher(h);
            while (b.find()) {
                cut = b.end();
            }
            if (cut >= 0) {
                from += cut;
            }
            Matcher w = WORD.matcher(lower);
            w.region(from, it.qualStart);
            List<Integer> starts = new ArrayList<>();
            while (w.find()) {
                starts.add(w.start());
            }
            if (starts.size() > 6) {
                from = starts.get(starts.size() - 6);
            }
            return new int[] {from, it.qualStart};
        }

        private void ignore(Item it, String reason) {
            decisions.add(decision(slug, body, it.m, "ignored", null, reason));
        }

        /** A part of a breakdown: a sub-fact of the total's fact, chosen by its noun. */
        private void sub(Item it, String parentFact, String attr) {
            if (parentFact == null) {
                ignore(it, NO_FACT);
                return;
            }
            List<FactCues> children = cues.stream().filter(c -> parentFact.equals(c.parent())).toList();
            if (children.isEmpty()) {
                ignore(it, NO_SUB_FACTS);
                return;
            }
            copulaNoun(it);
            for (FactCues c : children) {
                if (it.nounHits.contains(c.id()) && c.measure() == null && it.unit == null) {
                    int end = Math.max(it.nounEnd, it.numEnd);
                    String own = attributionFor(it);
                    emit(it, c.id(), it.qualStart, end, own != null ? own : attr);
                    return;
                }
            }
            ignore(it, NO_SUB_FACT);
        }

        /** "of whom 106 were women": the noun comes after the copula. */
        private void copulaNoun(Item it) {
            if (it.nounHits.isEmpty() && !it.classHit) {
                Matcher cop = COPULA_AFTER.matcher(lower.substring(it.numEnd, Math.min(lower.length(), it.numEnd + 6)));
                if (cop.find()) {
                    Item probe = new Item();
                    probe.m = it.m;
                    probe.numEnd = it.numEnd;
                    noun(lower, probe, it.numEnd + cop.end() - 1, sentence[1]);
                    if (!probe.nounHits.isEmpty()) {
                        noun(lower, it, it.numEnd + cop.end() - 1, sentence[1]);
                    }
                }
            }
        }

        private String attributionFor(Item it) {
            int[] clause = clause(it.m.start(), grammar.list("clause_breaks"));
            return attribution.find(body, lower, clause[0], clause[1]).orElse(null);
        }

        private int[] clause(int at, List<String> breaks) {
            int s = sentence[0];
            int e = sentence[1];
            String sent = lower.substring(sentence[0], sentence[1]);
            int rel = at - sentence[0];
            for (String br : breaks) {
                int before = sent.lastIndexOf(br, rel);
                if (before >= 0 && sentence[0] + before >= s && before < rel) {
                    s = sentence[0] + before + br.length();
                }
                int after = sent.indexOf(br, rel);
                if (after >= 0 && sentence[0] + after < e) {
                    e = sentence[0] + after;
                }
            }
            // ", and Armenian forces occupied ...": a new clause with its own subject
            Matcher and = NEW_SUBJECT.matcher(body);
            and.region(s, e);
            while (and.find()) {
                if (and.end() <= at) {
                    s = and.end();
                } else if (and.start() >= at) {
                    e = and.start();
                    break;
                }
            }
            return new int[] {s, Math.max(s, e)};
        }

        private Optional<Claim> claimFor(Item it, List<int[]> windows, boolean extendQuote, boolean predicateFirst) {
            return claimFor(it, windows, extendQuote, predicateFirst, false);
        }

        /** The fact of {@code fact}'s family (itself or its parent) that has a sub-fact for the item's noun, or null. */
        private String familyOf(String fact, Item it) {
            if (fact == null || it.nounHits.isEmpty()) {
                return null;
            }
            String parent = schema.find(fact).map(f -> f.parent()).orElse(null);
            for (String f : parent == null ? List.of(fact) : List.of(fact, parent)) {
                for (FactCues c : cues) {
                    if (f.equals(c.parent()) && it.nounHits.contains(c.id())) {
                        return f;
                    }
                }
            }
            return null;
        }

        private Optional<Claim> claimFor(Item it, List<int[]> windows, boolean extendQuote, boolean predicateFirst, boolean quiet) {
            Match best = null;
            for (FactCues c : cues) {
                Match m = match(c, it, windows, predicateFirst);
                if (m != null && (best == null || m.better(best))) {
                    best = m;
                }
            }
            if (best == null && it.unit != null) {
                // a measure ("three decades", "20 percent") may be told anywhere in its sentence
                List<int[]> whole = List.of(new int[] {it.numEnd, it.phraseEnd}, new int[] {sentence[0], sentence[1]});
                for (FactCues c : cues) {
                    Match m = c.measure() != null ? match(c, it, whole, true) : null;
                    if (m != null && (best == null || m.better(best))) {
                        best = m;
                    }
                }
                if (best != null) {
                    best = new Match(best.cues(), best.nounScore(), best.tier(), best.cueLength(), best.distance(), -1, -1, best.scopeDistance());
                }
            }
            if (best == null && it.unit == null && (it.elided || it.classHit) && previous != null
                    && PRONOUN_HEAD.matcher(lower.substring(head(items.indexOf(it))[0], it.qualStart)).find()) {
                // "The death toll is disputed. Official sources put it at 613": the fact is named in the sentence before
                List<int[]> before = List.of(new int[] {it.numEnd, it.phraseEnd}, previous, new int[] {it.qualStart, it.qualStart});
                for (FactCues c : cues) {
                    Match m = match(c, it, before, false);
                    if (m != null && (best == null || m.better(best))) {
                        best = m;
                    }
                }
                if (best != null) {
                    best = new Match(best.cues(), best.nounScore(), best.tier(), best.cueLength(), best.distance(), -1, -1, best.scopeDistance());
                }
            }
            if (best == null) {
                if (!quiet) {
                    ignore(it, it.unit != null && !"percent".equals(it.unit) ? TIME_SPAN : NO_FACT);
                }
                return Optional.empty();
            }
            int start = it.qualStart;
            int end = Math.max(it.numEnd, it.nounEnd);
            if (best.cueAt < it.qualStart && best.cueAt >= 0) {
                start = best.cueAt;
            } else if (extendQuote && best.cueEnd > end) {
                end = best.cueEnd;
            }
            return Optional.of(emit(it, best.cues.id(), start, end, attributionFor(it)));
        }

        private Claim emit(Item it, String fact, int start, int end, String attributedTo) {
            // a quote stays on the number's line: "became\n\nrefugees" is cut before the break
            int nl = Text.indexOf(body.substring(start, it.m.start()), "\n", 0, it.m.start() - start);
            while (nl >= 0) {
                start = start + nl + 1;
                nl = Text.indexOf(body.substring(start, it.m.start()), "\n", 0, it.m.start() - start);
            }
            int next = Text.indexOf(body, "\n", it.m.end(), end);
            if (next >= 0) {
                end = next;
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

        /**
         * How well fact {@code c} fits the number: {@code windows} are its own noun phrase (first), then
         * what is said after it and before it. With {@code predicateFirst}, a cue in what is said beats
         * a cue inside the noun phrase ("150 hostages ... remain unknown" is about the missing).
         */
        private Match match(FactCues c, Item it, List<int[]> windows, boolean predicateFirst) {
            int nounScore;
            if (c.measure() != null) {
                if (!c.measure().equals(it.unit)) {
                    return null;
                }
                nounScore = 2;
            } else if (it.unit != null) {
                return null;
            } else if (!c.nouns().isEmpty() && it.nounHits.contains(c.id())) {
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
            for (String no : c.not()) {
                for (int[] w : List.of(windows.get(0), windows.get(windows.size() - 1))) {
                    if (Text.find(lower, no, w[0], w[1]) >= 0) {
                        return null;
                    }
                }
            }
            Match best = null;
            for (String cue : c.words()) {
                for (int[] w : nounScore == 0 ? windows.subList(1, windows.size()) : windows) {
                    int at = Text.find(lower, cue, w[0], w[1]);
                    while (at >= 0) {
                        int end = Text.matchEnd(lower, cue, at);
                        int dist = at >= it.m.end() ? at - it.m.end() : it.m.start() - end;
                        boolean said = at >= it.m.end() && end > it.phraseEnd;
                        if (nounScore == 0 && at >= it.m.end() && at < it.phraseEnd) {
                            at = Text.find(lower, cue, at + 1, w[1]);
                            continue;
                        }
                        int tier = predicateFirst && said ? 2 : 1;
                        Match m = new Match(c, nounScore, tier, end - at, Math.abs(dist), at, end, 0);
                        if (best == null || m.better(best)) {
                            best = m;
                        }
                        at = Text.find(lower, cue, at + 1, w[1]);
                    }
                }
            }
            if (best == null) {
                return null;
            }
            int scopeDist = Integer.MAX_VALUE;
            for (String s : c.scope()) {
                int at = Text.find(lower, s, sentence[0], sentence[1]);
                while (at >= 0) {
                    scopeDist = Math.min(scopeDist, Math.abs(at - it.m.start()));
                    at = Text.find(lower, s, at + 1, sentence[1]);
                }
            }
            if (c.scopeRequired() && scopeDist == Integer.MAX_VALUE) {
                return null;
            }
            // the furthest cue of this fact after the number, for the quote
            int cueEnd = best.cueEnd;
            int cueAt = best.cueAt;
            return new Match(c, nounScore, best.tier, best.cueLength, best.distance, cueAt, cueEnd, scopeDist);
        }
    }

    /** The last total read, for a breakdown that goes on in the next sentence, and where its sentence ended. */
    private record Carry(String fact, String attributedTo, int end) {
    }

    /** How well one fact fits one number. */
    private record Match(FactCues cues, int nounScore, int tier, int cueLength, int distance, int cueAt, int cueEnd,
                         int scopeDistance) {
        /** More telling noun first; then a cue in what is said after the number (tier 2) over one in its noun or before it; then the longer cue; then scope; then nearness. */
        boolean better(Match o) {
            if (nounScore != o.nounScore) {
                return nounScore > o.nounScore;
            }
            if (tier != o.tier) {
                return tier > o.tier;
            }
            if (cueLength != o.cueLength) {
                return cueLength > o.cueLength;
            }
            if (scopeDistance != o.scopeDistance) {
                return scopeDistance < o.scopeDistance;
            }
            return distance < o.distance;
        }
    }
}
