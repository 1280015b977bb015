package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sourcebook.content.Source;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactSchema;
import org.sourcebook.model.NumberDecision;

/**
 * Turns the numbers of a source's text into claims about the facts of the schema. It knows
 * grammar (numbers, bounds, lists, breakdowns, clauses, attribution); what each fact is called
 * comes from the cues of content/facts.yaml ({@link FactCues}) and the lists of {@link Grammar}.
 *
 * <p>Steps: {@link NumberReader} finds every number; {@link Exclusions} sets aside years, dates,
 * document numbers, furniture and the like; {@link Sentences} cuts the text; per sentence
 * {@link NumberPhrase} reads each number's bound, unit and noun, and {@link SentenceReader} finds
 * lists and breakdowns and picks a fact for each number ({@link FactMatch}).
 */
public final class ClaimExtractor {
    private final Vocabulary v;

    public ClaimExtractor(FactSchema schema) {
        this(schema, Grammar.defaults());
    }

    public ClaimExtractor(FactSchema schema, Grammar grammar) {
        this.v = new Vocabulary(schema, grammar);
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
        return v.schema;
    }

    private Extraction extract(String slug, String body, Source source) {
        String view = Text.readingView(body);
        String lower = Text.blankNotes(view, v.grammar.list("note_openers"));
        // the text cut into sentences without its notes: "[TN: Az. klub]" ends no sentence
        String cut = lower == view ? body : Text.blankWhere(body, view, lower);
        PhraseHits hits = v.phrases.scan(lower);
        AnchoredPattern.Positions numberStarts = NumberReader.starts(body);
        Exclusions exclusions = new Exclusions(body, lower, v, source, numberStarts);
        List<Claim> claims = new ArrayList<>();
        List<NumberDecision> decisions = new ArrayList<>();
        List<NumberMention> candidates = new ArrayList<>();
        for (NumberMention m : NumberReader.read(body, lower, numberStarts)) {
            Optional<String> why = exclusions.reason(m);
            if (why.isPresent()) {
                if (!m.weak()) {
                    decisions.add(SentenceReader.decision(slug, body, m, "ignored", null, why.get()));
                }
            } else {
                candidates.add(m);
            }
        }
        SentenceReader.Carry carry = null;
        int[] previousSentence = null;
        int[] placing = null;
        int[] placedBefore = null;   // the sentence that placed something before placing, in its paragraph
        int[] title = titleLine(body);
        PostAuthors posts = PostAuthors.of(body, source);
        SpeakerTurns speakers = SpeakerTurns.of(body, source == null ? null : source.meta().author(), source == null ? null : source.meta().publisher(),
                Set.copyOf(v.grammar.list("label_words")), Set.copyOf(v.grammar.list("speaker_honorifics")), v.grammar.list("signed_part_words"));
        CarriedWords carried = CarriedWords.of(body, v.attribution, source == null ? null : source.meta().author(),
                source == null ? null : source.meta().publisher(), v.carriedCues);
        int first = 0;
        for (int[] sentence : Sentences.split(cut, v.abbreviations, source == null ? List.of() : source.furniture())) {
            while (first < candidates.size() && candidates.get(first).start() < sentence[0]) {
                first++;
            }
            List<NumberMention> inSentence = new ArrayList<>();
            for (int k = first; k < candidates.size() && candidates.get(k).start() < sentence[1]; k++) {
                if (candidates.get(k).end() <= sentence[1]) {
                    inSentence.add(candidates.get(k));
                }
            }
            List<NumberPhrase> items = phrases(hits, sentence, inSentence);
            if (placing != null && lower.substring(placing[1], sentence[0]).contains("\n\n")) {
                placing = null;   // a paragraph's sentences take the scope of its own sentences only
            }
            if (placing != null && SentenceReader.inAnotherListItem(lower, placing, sentence)) {
                placing = null;   // a list item's sentences take the scope of their own item (or its lead-in) only
            }
            if (placing == null || placedBefore != null && (lower.substring(placedBefore[1], placing[0]).contains("\n\n")
                    || SentenceReader.inAnotherListItem(lower, placedBefore, placing))) {
                placedBefore = null;
            }
            SentenceReader reader = new SentenceReader(v, slug, body, hits, sentence, previousSentence, items, claims, decisions).scopeFrom(placing)
                    .scopeFromEarlier(placedBefore).titled(title).postedBy(posts).spokenIn(speakers).carrying(carried);
            previousSentence = sentence;
            if (carry != null && lower.substring(carry.end(), sentence[0]).contains("\n\n") && !SentenceReader.opensWithParts(lower, sentence)) {
                carry = null;
            }
            int made = claims.size();
            carry = reader.read(carry);
            if (!reader.placesNothing()) {
                placedBefore = placing;
                placing = sentence;
            } else if (placing != null && !reader.keepsScope(placing, made)) {
                placing = null;
            }
        }
        partsOfTableTotals(claims, decisions, body);
        delimited(slug, body, claims, decisions);
        return new Extraction(BodyNames.onePerBody(BodyNames.headlinesCredited(BodyNames.tableCredited(BodyNames.repeatsCredited(ownTextCredits(publishersOwn(Acronyms.spelledOut(layoutClosed(claims, body, lower), body), source)), body, lower), lower), body), v.bodyNouns), decisions);
    }

    /**
     * The figures of a fenced block of comma-separated values ({@link DelimitedTables}) are read in the table it stands
     * for, not as the lines of text they are; their claims and decisions quote the text.
     */
    private void delimited(String slug, String body, List<Claim> claims, List<NumberDecision> decisions) {
        List<DelimitedTables.Block> blocks = DelimitedTables.of(body, v.boundHeaders);
        if (blocks.isEmpty()) {
            return;
        }
        for (DelimitedTables.Block b : blocks) {
            claims.removeIf(c -> c.start() >= b.start() && c.start() < b.end());
            decisions.removeIf(d -> d.start() >= b.start() && d.start() < b.end());
            Extraction inner = extract(slug, b.table(), null);
            for (Claim c : inner.claims()) {
                int[] span = b.span(c.start(), c.end());
                if (span != null) {
                    claims.add(new Claim(c.id(), c.source(), c.fact(), c.value(), c.qualifier(), c.valueMax(), body.substring(span[0], span[1]),
                            span[0], span[1], c.attributedTo(), c.origin(), c.note()));
                }
            }
            for (NumberDecision d : inner.decisions()) {
                int[] span = b.span(d.start(), d.end());
                if (span != null) {
                    decisions.add(new NumberDecision(d.source(), span[0], span[1], body.substring(span[0], span[1]), d.outcome(), d.fact(), d.reason()));
                }
            }
        }
        claims.sort(java.util.Comparator.comparingInt(Claim::start));
        decisions.sort(java.util.Comparator.comparingInt(NumberDecision::start));
    }

    /**
     * A quote that starts or ends inside Markdown emphasis takes its marks ("51** children" is "**51** children",
     * "Killed:** **412" is "**Killed:** **412**"): the marks {@link Text#readingView} made blank, right before
     * its start or right after its end, on the same line; a figure on a line of its own takes the caption line under
     * it.
     */
    private static List<Claim> layoutClosed(List<Claim> claims, String body, String lower) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            int s = c.start();
            int e = c.end();
            while (s > 0 && blanked(body, lower, s - 1)) {
                s--;
            }
            while (e < body.length() && blanked(body, lower, e)) {
                e++;
            }
            if (markRuns(body, s, e) % 2 == 1) {
                // "**4. Title: 1,140 taken hostage** — site": a mark that closes what opened before the quote stays out
                if (markRuns(body, s, c.end()) % 2 == 0) {
                    e = c.end();
                } else if (markRuns(body, c.start(), e) % 2 == 0) {
                    s = c.start();
                } else {
                    s = c.start();
                    e = c.end();
                }
            }
            int nl = e;
            while (nl < body.length() && (body.charAt(nl) == ' ' || body.charAt(nl) == '\t')) {
                nl++;
            }
            if (nl < body.length() && body.charAt(nl) == '\n' && lower.charAt(nl) == ' ' && Text.figureLine(body, Text.lineStart(body, s, 400), nl)
                    && nl + 1 < body.length() && body.charAt(nl + 1) != '\n') {
                // "**412**" over "civilians killed": the caption under the figure is its noun, and the quote's
                int le = body.indexOf('\n', nl + 1);
                e = le < 0 ? body.length() : le;
                while (e > nl && Character.isWhitespace(body.charAt(e - 1))) {
                    e--;
                }
            }
            out.add(s == c.start() && e == c.end() ? c
                    : new Claim(c.id(), c.source(), c.fact(), c.value(), c.qualifier(), c.valueMax(), body.substring(s, e), s, e,
                            c.attributedTo(), c.origin(), c.note()));
        }
        return out;
    }

    /** The runs of '*' and of '_' in {@code body}'s {@code [s, e)}. */
    private static int markRuns(String body, int s, int e) {
        int runs = 0;
        for (int i = s; i < e; i++) {
            char c = body.charAt(i);
            if ((c == '*' || c == '_') && (i == s || body.charAt(i - 1) != c)) {
                runs++;
            }
        }
        return runs;
    }

    private static boolean blanked(String body, String lower, int i) {
        char c = body.charAt(i);
        return (c == '*' || c == '_') && lower.charAt(i) == ' ';
    }

    /**
     * "| Refugees | 353.5 |" and "| Internally displaced | 658.5 |" over "| Total, refugees and IDPs | 1 012.0 |": in a
     * table's column, the figures of a fact with no sub-facts on rows under or over a row whose label opens with
     * "total" and that gives a larger figure of the same fact are its parts, no claims of their own.
     */
    private void partsOfTableTotals(List<Claim> claims, List<NumberDecision> decisions, String body) {
        List<Claim> totals = new ArrayList<>();
        for (Claim c : claims) {
            if (tableRowLabel(body, c.start()).startsWith("total")) {
                totals.add(c);
            }
        }
        if (totals.isEmpty()) {
            return;
        }
        java.util.Set<String> parents = new java.util.HashSet<>();
        for (FactCues c : v.cues) {
            if (c.parent() != null) {
                parents.add(c.parent());
            }
        }
        java.util.Iterator<Claim> it = claims.iterator();
        while (it.hasNext()) {
            Claim c = it.next();
            if (parents.contains(c.fact()) || totals.contains(c) || tableRowLabel(body, c.start()).isEmpty()) {
                continue;
            }
            for (Claim t : totals) {
                if (t.fact().equals(c.fact()) && t.value().compareTo(c.value()) > 0 && sameTableColumn(body, t.start(), c.start())) {
                    it.remove();
                    for (int k = 0; k < decisions.size(); k++) {
                        NumberDecision d = decisions.get(k);
                        if ("claim".equals(d.outcome()) && d.start() <= c.start() && d.end() >= c.end() - 1 && c.fact().equals(d.fact())) {
                            decisions.set(k, new NumberDecision(d.source(), d.start(), d.end(), d.text(), "ignored", null, SentenceReader.NO_SUB_FACTS));
                        }
                    }
                    break;
                }
            }
        }
    }

    /** The first cell of the table row that holds {@code at}, trimmed and in lower case; "" outside a table. */
    private static String tableRowLabel(String body, int at) {
        int ls = body.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int le = body.indexOf('\n', at);
        le = le < 0 ? body.length() : le;
        String line = body.substring(ls, le).strip();
        if (!line.startsWith("|")) {
            return "";
        }
        int bar = line.indexOf('|', 1);
        return bar < 0 ? "" : Text.lower(line.substring(1, bar).replace("*", "").strip());
    }

    /** Whether two positions stand in the same column of one table (no line between them that is not a row). */
    private static boolean sameTableColumn(String body, int a, int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        int ls = body.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        for (int p = ls; p < to; ) {
            int le = body.indexOf('\n', p);
            le = le < 0 ? body.length() : le;
            if (!body.substring(p, le).strip().startsWith("|")) {
                return false;
            }
            p = le + 1;
        }
        return column(body, a) == column(body, b);
    }

    private static int column(String body, int at) {
        int ls = body.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int n = 0;
        for (int i = ls; i < at; i++) {
            if (body.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    /**
     * A figure credited to the source's own publisher ("the court found" in the court's own summary) is
     * credited to no one else: its credit is dropped when every word of it is a word of the publisher's name.
     */
    private static List<Claim> publishersOwn(List<Claim> claims, Source source) {
        String publisher = source == null ? null : source.meta().publisher();
        if (publisher == null || publisher.isBlank()) {
            return claims;
        }
        java.util.Set<String> own = words(publisher);
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            java.util.Set<String> credit = c.attributedTo() == null ? java.util.Set.of() : words(c.attributedTo());
            out.add(!credit.isEmpty() && own.containsAll(credit)
                    ? c.withoutCredit()
                    : c);
        }
        return out;
    }

    /**
     * A credit that names the text itself ("This report" in a table's source column, "our survey",
     * "the present study") is the publisher's own figure: its credit is dropped.
     */
    private List<Claim> ownTextCredits(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            out.add(c.attributedTo() != null && namesOwnText(c.attributedTo())
                    ? c.withoutCredit()
                    : c);
        }
        return out;
    }

    private boolean namesOwnText(String credit) {
        String name = Text.lower(credit).strip().replaceAll("['’]s\\b", "");
        for (String d : v.grammar.list("own_text_determiners")) {
            if (name.startsWith(d + " ")) {
                String rest = name.substring(d.length()).strip();
                for (String w : rest.split("[^\\p{L}]+")) {
                    if (!v.grammar.list("own_text_nouns").contains(w)) {
                        return false;
                    }
                }
                return !rest.isEmpty();
            }
        }
        return false;
    }

    private static java.util.Set<String> words(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : Text.lower(name).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !w.equals("the") && !w.equals("of")) {
                out.add(w);
            }
        }
        return out;
    }

    /** The page's first line when it is a top heading ("# The Karabakh conflict: casualties"): {start, end}, or null. */
    private static int[] titleLine(String body) {
        int s = 0;
        while (s < body.length() && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        if (!body.startsWith("# ", s)) {
            return leadSubject(body, s);
        }
        int e = body.indexOf('\n', s);
        return new int[] {s, e < 0 ? body.length() : e};
    }

    /** A reference page's lead that opens with its subject in bold ("The **First Karabakh War** (1988–1994) was ..."): that name, or null. */
    private static int[] leadSubject(String body, int s) {
        int open = body.indexOf("**", s);
        int lineEnd = body.indexOf('\n', s);
        if (open < 0 || open - s > 4 || lineEnd >= 0 && open > lineEnd) {
            return null;
        }
        int close = body.indexOf("**", open + 2);
        if (close < 0 || close - open > 80 || lineEnd >= 0 && close > lineEnd) {
            return null;
        }
        return new int[] {open, close + 2};
    }

    /** Whether the word right after {@code at} is a verb of saying ("one shows", "one says"): a lone "one" before it is a pronoun. */
    private boolean verbRightAfter(String lower, int at, int to) {
        java.util.regex.Matcher w = SentenceReader.WORD.matcher(lower).region(at, to);
        if (!w.find() || !lower.substring(at, w.start()).isBlank()) {
            return false;
        }
        String word = w.group();
        return word.endsWith("s") && word.length() > 3 && v.creditVerbs.all().contains(word);
    }

    /** The numbers of a sentence with their phrases; a lone "one" stays only when a noun follows ("one local history museum"). */
    private List<NumberPhrase> phrases(PhraseHits hits, int[] sentence, List<NumberMention> inSentence) {
        List<NumberMention> kept = new ArrayList<>();
        for (int k = 0; k < inSentence.size(); k++) {
            NumberMention m = inSentence.get(k);
            if (m.weak()) {
                NumberPhrase it = NumberPhrase.read(v, hits, m, sentence, k + 1 < inSentence.size() ? inSentence.get(k + 1).start() : sentence[1]);
                if (!it.classHit && it.nounHits.isEmpty() || Text.phraseStartingAt(hits.lower(), v.grammar.list("lone_one_not_before"), it.numEnd) != null
                        || verbRightAfter(hits.lower(), it.numEnd, sentence[1])) {
                    continue;   // "one life lost is too many": a lone "one" before these words counts nothing; "only one shows the victims": a pronoun
                }
            }
            kept.add(m);
        }
        List<NumberPhrase> items = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            items.add(NumberPhrase.read(v, hits, kept.get(k), sentence, k + 1 < kept.size() ? kept.get(k + 1).start() : sentence[1]));
        }
        // a figure's words after it ("or more") and the next one's before it ("more than") may overlap: the
        // readers take [numEnd, next qualStart) as what stands between two figures, so it must not run backwards
        for (int k = 1; k < items.size(); k++) {
            NumberPhrase prev = items.get(k - 1);
            NumberPhrase next = items.get(k);
            if (prev.numEnd > next.qualStart) {
                prev.numEnd = Math.max(prev.m.end(), next.qualStart);
                next.qualStart = Math.max(next.qualStart, prev.numEnd);
            }
        }
        return items;
    }
}
