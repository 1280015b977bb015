package org.sourcebook.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.model.Claim;
import org.sourcebook.model.Qualifier;

/** Reads the credits of figures: the body a figure is given by, named before, after or beside it. */
final class FigureCredits extends SentencePart {
    private static final Pattern CREDIT_IN_PARENS = Pattern.compile("\\s*\\((?:the\\s+)?(\\p{Lu}[\\p{L}'’.&-]*(?:\\s+[\\p{L}'’.&-]+){0,6})(?:,\\s*(?:\\p{L}+\\s+)?\\d{4})?\\)");
    /** Auxiliaries: a sentence that has one is a clause of its own, no fragment of a list. */
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "have", "has", "had", "been", "be", "will");
    /** A credit that only points back to a source named before: "the same source", "that same report". */
    private static final Pattern SAME_SOURCE = Pattern.compile("(?:the |that |these |this )?same\\s");
    /** "Human Rights Watch's “", "the Memorial figure of ": a body's own figure named right before a bare number. */
    private static final Pattern BODYS_FIGURE = Pattern.compile("(?<![\\p{L}.-])((?:\\p{Lu}[\\p{L}.-]*\\s+){0,4}\\p{Lu}[\\p{L}.-]*)(?:['’]s(?:\\s+(?:figure|estimate|count|tally)\\s+of)?|\\s+(?:figure|estimate|count|tally)\\s+of)\\s*[\"“]?\\s*$");
    /** ", Memorial at ", ", and some journalists at ": a body, its verb left out, and the "at" of a figure. */
    private static final Pattern GAPPED = Pattern.compile("[\\s\"”]*[,;]\\s*(?:and\\s+)?(?:[\\p{L}'’.-]+\\s+){1,7}(?:at|on)\\s*[\"“]?\\s*");
    private static final Set<String> NAME_JOINS = Set.of("of", "for", "on", "and", "the");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”]");
    /** "Azerbaijan's ": a name owning the body named after it, part of its name. */
    private static final Pattern OWNER_NAME = Pattern.compile("\\p{Lu}[\\p{L}.-]*['’]s\\s+");
    /** ", and Memorial ", ") and the Memorial centre of ", "Memorial: ", "Memorial (": a body right after the figure before (or opening the sentence), its verb left out. */
    private static final Pattern GAPPED_BODY = Pattern.compile("[\\s,;:.)\\]]*(?:(?:and|while|whereas)\\s+)?(?:[Tt]he\\s+)?(\\p{Lu}[^,;:()\\[\\]]*?)\\s*(?:\\([^()\\n]{1,40}\\)\\s*(?=:))?(?:(\\()|:|,|\\s(?:of))?\\s*");
    /** A list line's mark before a body's label: "- Memorial (Moscow): over 200", "* HRW: 172+". */
    private static final Pattern LIST_MARK_AT = Pattern.compile("[ \\t]*(?:>\\s*)*[-*•▪–]\\s+");
    /** "the lower figures of Human Rights Watch (": a body and its figure in brackets, after "of", "by", "and" or a comma. */
    private static final Pattern BRACKETED_BODY = Pattern.compile("(?:\\bof|\\bby|,|\\band)\\s+(?:[Tt]he\\s+)?(\\p{Lu}[^,;:()\\[\\]]*?)\\s*(\\()\\s*$");
    /** After a figure's noun (and up to two words of it): " as the Azerbaijani government's count", " as Memorial's own estimate" (see {@link #asBodysFigure}). */
    private static final Pattern AS_BODYS_FIGURE = Pattern.compile("(?:\\s+\\p{L}+){0,2}?\\s+as\\s+(?:the\\s+)?(\\p{L}[\\p{L}.&' -]{1,60}?)['’]s\\s+(?:own\\s+|official\\s+)?(\\p{L}+)\\b");
    /** A capitalized name in parentheses right after a figure: "172 (Human Rights Watch)" (see {@link #creditedInTurn}). */
    private static final Pattern CREDIT_AFTER_FIGURE = Pattern.compile(" ?\\(\\p{Lu}[^()\\n;]{1,80}\\)| (?:as per|per|according to) (?:the )?\\p{Lu}[^()\\n;|]{0,80}"
            + "| [—–] (?:the )?\\p{Lu}[^()\\n;,.\\d—–]{0,60}(?=\\s*(?:[;,.]|$))");
    /** A credit after the figure before, up to the mark that ends it: " per human rights watch", " according to memorial". */
    private static final Pattern CREDIT_BEFORE_TURN = Pattern.compile("\\s*(?:as per|per|according to)\\s+[^;,()|\\n]{1,80}(?=[;,])");
    /** What may stand between two bodies' figures in turn: "; ", ", ", "; and ", ", or ", and a bound opens the second. */
    private static final Pattern TURN_GAP = Pattern.compile("\\s*(?:[;,]\\s*(?:(?:and|or)\\s+)?|(?:and|or)\\s+)(?:at least|more than|about|some|over|up to|nearly|almost|around)?\\s*");

    /** {@link #creditedName} of each figure, read once. */
    private final Map<NumberPhrase, int[]> credited = new java.util.IdentityHashMap<>();
    /** The credit {@link Attribution#forFigure} gives each figure of the sentence, by its start (it is asked for more than once). */
    private final Map<Integer, Optional<String>> figureCredits = new java.util.HashMap<>();

    FigureCredits(SentenceReader r) {
        super(r);
    }

    /**
     * "the State Commission on Prisoners of War, Hostages and Missing Persons says ...": a capitalized word
     * inside a body's name (its capitalized words and their "of", "on", "for", "and" back to a noun of
     * {@code attribution_nouns}) names the body, and places nothing for the sentence after. "The First
     * Karabakh War" has no such noun: it is the war.
     */
    boolean inBodyName(int at, int from) {
        if (!Character.isUpperCase(body.charAt(at))) {
            return false;
        }
        int i = at;
        for (int words = 0; words < 10; words++) {
            int e = i;
            while (e > from && !Character.isLetter(body.charAt(e - 1))) {
                if (",;:()—–.".indexOf(body.charAt(e - 1)) >= 0 && body.charAt(e - 1) != ',') {
                    return false;
                }
                e--;
            }
            int s = e;
            while (s > from && (Character.isLetter(body.charAt(s - 1)) || body.charAt(s - 1) == '\'')) {
                s--;
            }
            if (s == e) {
                return false;
            }
            String w = Text.lower(body.substring(s, e));
            boolean connector = v.grammar.list("attribution_connectors").contains(w);
            if (!connector && !Character.isUpperCase(body.charAt(s))) {
                return false;
            }
            if (!connector && v.bodyNouns.contains(w)) {
                return true;
            }
            i = s;
        }
        return false;
    }

    /**
     * The fact of a bare figure that a body's figure names, in a paragraph with no count before it, or null:
     * "The Human Rights Watch figure of 172 was a minimum", "Memorial's “over 200” is rarely cited". It is
     * the figure the text has already claimed with that value, else a figure of the archive's lead count (its
     * first headline fact, the town's dead) when the text has already claimed that one or a part of it.
     */
    String bodysFigureFact(int idx) {
        NumberPhrase it = items.get(idx);
        if (!it.elided || !it.nounHits.isEmpty() || it.classHit || it.unit != null || it.records
                || bodysFigureCredit(idx) == null && !creditedBareFigure(idx)) {
            return null;
        }
        FactCues lead = v.cues.stream().filter(f -> f.fact().headline()).findFirst().orElse(null);
        boolean leadClaimed = false;
        for (int k = claims.size() - 1; k >= 0; k--) {
            Claim c = claims.get(k);
            if (c.valueMax() == null && c.value().compareTo(it.value) == 0) {
                return c.fact();
            }
            leadClaimed |= lead != null && (c.fact().equals(lead.id()) || c.fact().startsWith(lead.id() + "."));   // or a part of it
        }
        return leadClaimed && !lead.beyond(it.value) ? lead.id() : null;
    }

    /**
     * "HRW at the time said “at least 172”.", "Memorial: 200+.", "Human Rights Watch could confirm at least 172.": a
     * bare figure that ends its clause, credited in its own sentence to a body (or with the body's name before it, its
     * verb left out), says nothing of what it counts but that it is that body's figure (see {@link #bodysFigureFact}).
     */
    private boolean creditedBareFigure(int idx) {
        NumberPhrase it = items.get(idx);
        if (it.phraseEnd > it.numEnd || !BackReferences.ENDS_AFTER.matcher(lower).region(it.numEnd, sentence[1]).lookingAt()) {
            return false;
        }
        Matcher last = NumberClause.LAST_WORD.matcher(lower.substring(r.clauses.head(idx)[0], it.qualStart));
        if (last.find() && creditVerb(last.group(1))) {
            // the figure is what the body said: "Memorial said 200+", not "said the chair, Elnur Huseynov, 54"
            return figureCredits.computeIfAbsent(it.m.start(), at -> v.attribution.forFigure(body, hits, sentence, at)).isPresent();
        }
        // "HRW: at least 172": a body's label and its figure, a bound or a figure the text has given (no tally "Abstain: 1")
        int[] label = gappedBody(idx);
        return label != null && Text.indexOf(lower, ":", label[1], it.qualStart) >= 0
                && (it.qualifier != Qualifier.EXACT || r.frames.factClaimedWith(it.value) != null);
    }

    private Matcher bodysFigure(int idx) {
        Matcher m = BODYS_FIGURE.matcher(body).region(Math.max(r.clauses.head(idx)[0], items.get(idx).qualStart - 80), items.get(idx).qualStart);
        return m.find() ? m : null;
    }

    /** Where the quote of a body's figure starts: at the body's name ("Human Rights Watch's “at least 172"), -1 if none is named. */
    int bodysFigureStart(int idx) {
        Matcher m = bodysFigure(idx);
        String name = bodysFigureCredit(idx);
        return m == null || name == null ? -1 : m.end(1) - name.length();
    }

    /** The body whose own figure is named right before a bare number: "Human Rights Watch" of "the Human Rights Watch figure of 172". */
    String bodysFigureCredit(int idx) {
        Matcher m = bodysFigure(idx);
        if (m == null) {
            return null;
        }
        String name = m.group(1);
        int space = name.indexOf(' ');
        String first = Text.lower(space < 0 ? name : name.substring(0, space));
        if (v.grammar.list("articles").contains(first)) {
            name = space < 0 ? "" : name.substring(space + 1);   // "the Human Rights Watch figure of"
        } else if (v.grammar.list("possessive_determiners").contains(first) || v.grammar.list("own_text_determiners").contains(first)) {
            return null;   // "Her estimate of 300", "Our count of"
        }
        return name.isEmpty() ? null : name;
    }

    /**
     * The body of a gapped clause, or null: "X puts the number at 300, Y at 90 and Z at over 1,000",
     * after a figure of the sentence, a body and "at" with the verb left out give another figure for
     * the same count, credited to that body.
     */
    String gappedAtBody(int idx) {
        int from = items.get(idx - 1).phraseEnd;
        int to = items.get(idx).qualStart;
        while (from < to && ",;".indexOf(lower.charAt(from)) < 0) {
            from++;
        }
        int at = Math.max(lower.lastIndexOf(" at", to), lower.lastIndexOf(" on", to));   // ", Memorial at 200", ", and Memorial on \"over 200\""
        if (from >= to || at < from) {
            return null;
        }
        int start = from + 1;
        Matcher mark = ListItems.REFERENCE_MARK.matcher(lower).region(start, at);
        if (mark.lookingAt()) {
            start = mark.end();   // "“at least 172”,[4] the Russian rights centre Memorial at ..."
        }
        while (start < at && lower.charAt(start) == ' ') {
            start++;
        }
        if (lower.startsWith("and ", start)) {
            start += 4;
        }
        return v.attribution.bodyOnly(body, lower, start, at).orElse(null);
    }

    boolean gapped(int idx, String lastTopFact) {
        if (lastTopFact == null || idx == 0) {
            return false;
        }
        String gap = lower.substring(Math.min(items.get(idx - 1).phraseEnd, items.get(idx).qualStart), items.get(idx).qualStart);
        // quotation marks around the figures and reference marks after them say nothing: "“at least 172”,[4] Memorial at “over 200”"
        gap = QUOTE_MARKS.matcher(ListItems.withoutReferenceMarks(gap)).replaceAll("");
        if (!GAPPED.matcher(gap).matches()) {
            return false;
        }
        Matcher w = SentenceReader.WORD.matcher(gap);
        while (w.find()) {
            if (v.predicateWords.contains(w.group()) || creditVerb(w.group())) {
                return false;
            }
        }
        return true;
    }

    /** Where what lies between figure {@code idx} and the one before it starts. */
    private int from(int idx) {
        return Math.min(items.get(idx - 1).phraseEnd, items.get(idx).qualStart);
    }

    /**
     * A body named right before a figure that names nothing it counts, its verb left out: after the
     * figure before (", and Memorial more than 200", ", and the Memorial centre of more than 200"), at
     * the sentence's start ("Memorial: 200+"), or with the figure in brackets ("the lower figures of
     * Human Rights Watch (at least 172)"). {name start, name end, quote end}, or null.
     */
    int[] gappedBody(int idx) {
        NumberPhrase it = items.get(idx);
        if (!it.elided || !it.nounHits.isEmpty() || it.classHit || it.unit != null || it.ofPrev) {
            return null;
        }
        int from = idx > 0 ? Math.min(items.get(idx - 1).phraseEnd, it.qualStart) : sentence[0];
        if (idx == 0) {
            Matcher mark = LIST_MARK_AT.matcher(body).region(from, it.qualStart);
            from = mark.lookingAt() ? mark.end() : from;   // "- Memorial (Moscow): over 200": the list line's mark is no part of the name
        }
        // "reported 120 civilians killed, and the Helsinki Committee more than 180": the body comes after the last clause mark
        int mark = Math.max(lower.lastIndexOf(',', it.qualStart - 1), lower.lastIndexOf(';', it.qualStart - 1));
        if (idx > 0 && mark >= from) {
            from = mark;
        }
        int semicolon = mark > 0 ? lower.lastIndexOf(';', mark - 1) : -1;
        if (idx > 0 && semicolon >= 0 && mark < it.qualStart && lower.charAt(mark) == ',' && lower.substring(mark + 1, it.qualStart).isBlank()
                && semicolon >= from(idx)) {
            from = semicolon;   // "...; Memorial, 200+": a body and its comma open the clause, the verb before left out
        }
        Matcher m = GAPPED_BODY.matcher(body);
        m.region(from, it.qualStart);
        if (!m.matches()) {
            m = BRACKETED_BODY.matcher(body);
            m.region(from, it.qualStart);
            if (!m.find()) {
                return null;
            }
        }
        boolean bracket = m.group(2) != null;
        if (bracket && !body.startsWith(")", it.numEnd)) {
            return null;
        }
        int nameStart = m.start(1);
        return v.attribution.nameEndingAt(body, nameStart, m.end(1), sentence[0])
                .filter(p -> p.start() == nameStart || OWNER_NAME.matcher(body.substring(nameStart, p.start())).matches())
                .map(p -> new int[] {nameStart, p.end(), bracket ? it.numEnd + 1 : it.numEnd})
                .orElse(null);
    }

    /**
     * The fact of a body's bare figure given as a label ("HRW: at least 172", "- Memorial (Moscow): over 200") in a
     * paragraph with no count before it, or null: what the heading or bold line over its paragraph, or its list's
     * lead-in, names ("**Death toll**"); else, in a paragraph that speaks of counts ("Independent counts are lower."),
     * the figure the text has already claimed with that value, or the archive's lead count (its first headline fact)
     * when the text has already claimed that one.
     */
    String bodysLabelFact(int idx) {
        NumberPhrase it = items.get(idx);
        int[] named = it.records ? null : gappedBody(idx);
        if (named == null || Text.indexOf(lower, ":", named[1], it.qualStart) < 0) {
            return null;   // a label has its colon: "Memorial: 200+", not "Prints 30 × 40 cm"
        }
        int[] over = r.labelLines.leadInLine();
        if (over == null) {
            over = r.labelLines.headingOver();
        }
        if (over != null) {
            FactMatch m = r.fit.bestElsewhere(hits.factsWithWords(v.cues), it, List.of(new int[] {it.numEnd, it.phraseEnd}, over, new int[] {it.qualStart, it.qualStart}), false);
            return m == null ? null : m.cues().id();   // a heading that names no count names something else ("Donors")
        }
        int para = lower.lastIndexOf("\n\n", it.qualStart);
        if (!CountFrames.COUNT_HEAD.matcher(lower).region(para < 0 ? 0 : para, it.qualStart).find()) {
            return null;   // "Followers: 5,000", "Azerbaijan: 18": its paragraph speaks of no count, figure or estimate
        }
        FactCues lead = v.cues.stream().filter(f -> f.fact().headline()).findFirst().orElse(null);
        boolean leadClaimed = false;
        for (int k = claims.size() - 1; k >= 0; k--) {
            Claim c = claims.get(k);
            if (c.valueMax() == null && c.value().compareTo(it.value) == 0 && v.cues.stream().anyMatch(f -> f.id().equals(c.fact()) && f.measure() == null)) {
                return c.fact();   // a count said again, never a measure ("a 30-year occupation" is no "30")
            }
            leadClaimed |= lead != null && c.fact().equals(lead.id());
        }
        return leadClaimed && !lead.beyond(it.value) ? lead.id() : null;
    }

    /**
     * "Human Rights Watch spoke of at least 172", "the ministry put it at 580": the figure is the object
     * of a frame that credits it (the head ends with the frame's "of", "at" or "as" and a body is credited).
     */
    boolean creditFrameObject(String lastWord, NumberPhrase it) {
        return (lastWord.equals("of") || lastWord.equals("at") || lastWord.equals("as") || lastWord.equals("on")) && attributionFor(it) != null;
    }

    /** An attribution verb of the grammar, or its present form ("cite", "cites" for "cited"; "lists" for "listed"). */
    boolean creditVerb(String w) {
        // "w + d is a verb" is "w is a verb without its d"
        Vocabulary.CreditVerbs verbs = v.creditVerbs;
        if (verbs.all().contains(w) || w.length() > 2 && (verbs.withoutD().contains(w) || verbs.withoutEd().contains(w))) {
            return true;
        }
        String stem = w.substring(0, w.length() - 1);
        return w.endsWith("s") && w.length() > 3 && (verbs.withoutD().contains(stem) || verbs.withoutEd().contains(stem));
    }

    /**
     * "580 killed (Azerbaijani government); at least 172 (Human Rights Watch)": figure {@code idx}, without a noun,
     * right after the figure before it (past only a comma, a semicolon or "and"/"or"), with a capitalized name
     * in parentheses right after it: each body's figure of the same count, in turn.
     */
    boolean creditedInTurn(int idx) {
        NumberPhrase it = items.get(idx);
        NumberPhrase prev = items.get(idx - 1);
        if (prev.phraseEnd > it.qualStart || !CREDIT_AFTER_FIGURE.matcher(body).region(it.numEnd, sentence[1]).lookingAt()) {
            return false;
        }
        String between = lower.substring(prev.phraseEnd, it.qualStart);
        int close = between.lastIndexOf(')');
        Matcher credit = CREDIT_BEFORE_TURN.matcher(between);
        if (credit.lookingAt()) {
            between = between.substring(credit.end());   // "172 per Human Rights Watch; 580 per the government"
        }
        return TURN_GAP.matcher(close >= 0 && between.lastIndexOf('(') >= 0 ? between.substring(close + 1) : between).matches();
    }

    /**
     * Whether a word at {@code at} is inside the name of the body the figure is credited to; only a
     * capitalized word inside a run of capitalized words ("Prisoners of War") can be.
     */
    boolean inCreditedName(NumberPhrase it, int at) {
        if (!Character.isUpperCase(body.charAt(at))) {
            return false;
        }
        int i = at;
        while (i > sentence[0] && body.charAt(i - 1) == ' ') {
            i--;
        }
        int ws = i;
        while (ws > sentence[0] && Character.isLetter(body.charAt(ws - 1))) {
            ws--;
        }
        if (ws == i || !Character.isUpperCase(body.charAt(ws)) && !NAME_JOINS.contains(lower.substring(ws, i))) {
            return false;
        }
        int[] credited = creditedName(it);
        return at >= credited[0] && at < credited[1];
    }

    /** Where the name of the body the figure is credited to stands in its sentence, or an empty span. */
    int[] creditedName(NumberPhrase it) {
        int[] known = credited.get(it);
        if (known == null) {
            String name = attributionFor(it);
            int at = name == null ? -1 : body.indexOf(name, sentence[0]);
            known = at >= 0 && at + name.length() <= sentence[1] ? new int[] {at, at + name.length()} : new int[] {0, 0};
            credited.put(it, known);
        }
        return known;
    }

    /**
     * "reported the figure of 580 dead as the Azerbaijani government's count", "cited 172 as Human Rights Watch's
     * estimate": the body the figure's own clause says it is the figure of ({@code attribution_possessed}), or null.
     */
    private String asBodysFigure(NumberPhrase it) {
        int from = Math.max(it.numEnd, it.nounEnd);   // the noun's end: the phrase may run on into the "as"
        Matcher m = AS_BODYS_FIGURE.matcher(body).region(from, Math.min(sentence[1], from + 100));
        if (!m.lookingAt() || !v.grammar.list("attribution_possessed").contains(Text.lower(m.group(2)))) {
            return null;
        }
        return v.attribution.bodyOnly(body, lower, m.start(1), m.end(1)).orElse(null);
    }

    String attributionFor(NumberPhrase it) {
        Matcher paren = CREDIT_IN_PARENS.matcher(body);
        paren.region(it.numEnd, sentence[1]);
        if (paren.lookingAt()) {
            return paren.group(1).strip();   // "172 (Human Rights Watch)"
        }
        int phrase = Math.max(it.phraseEnd, it.nounEnd);
        if (phrase > it.numEnd && phrase < sentence[1] && SentenceReader.WORD.matcher(lower.substring(it.numEnd, phrase)).results().count() <= 3) {
            paren.region(phrase, sentence[1]);
            if (paren.lookingAt() && !v.cueWords.contains(Text.lower(paren.group(1).strip()))) {
                return paren.group(1).strip();   // "172 civilian deaths (Human Rights Watch, 1993)"; not a place ("580 civilians (Velin)")
            }
        }
        String asFigure = asBodysFigure(it);
        if (asFigure != null) {
            return asFigure;   // "reported 580 dead as the Azerbaijani government's count"
        }
        // (a figure that a note's words lead up to after the credit's column, "| Killed | 580 | ministry | a monitor says 172 |",
        // is the note's own)
        Optional<String> column = v.attribution.tableColumnCredit(body, it.m.start(), inTableNote(it) && !rowsOwnAgain(it));
        if (column.isPresent()) {
            return column.get();   // "| Killed | 172 | Human Rights Watch |" under "| ... | Given by |"
        }
        return figureCredits.computeIfAbsent(it.m.start(), at -> v.attribution.forFigure(body, hits, sentence, at))
                .flatMap(c -> SAME_SOURCE.matcher(Text.lower(c)).lookingAt() ? Optional.ofNullable(sameSourceCredit() != null ? sameSourceCredit() : creditBefore(it, c)) : Optional.of(c))
                .or(() -> Optional.ofNullable(items.indexOf(it) >= 0 ? bodysFigureCredit(items.indexOf(it)) : null))
                .or(() -> Optional.ofNullable(creditGoingOn(it)))
                .or(() -> Optional.ofNullable(sameSourceCredit()))
                .or(() -> Optional.ofNullable(pointsBack() ? creditBefore(it, "same") : null))
                .orElseGet(() -> voiceAt(it.m.start()));
    }

    /** Whether a figure of its row, before it on its line, was claimed with its value: a note that gives the row's figure again. */
    private boolean rowsOwnAgain(NumberPhrase it) {
        int ls = Text.lineStart(lower, it.qualStart, 2000);
        for (int k = claims.size() - 1; k >= 0 && claims.get(k).start() >= ls; k--) {
            if (claims.get(k).start() < it.qualStart && claims.get(k).value().compareTo(it.value) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure stands in a table cell after words of that cell: a note, not the row's own figure. */
    private boolean inTableNote(NumberPhrase it) {
        int ls = Text.lineStart(lower, it.qualStart, 2000);
        if (lower.charAt(ls) != '|') {
            return false;
        }
        // (an item of a cell that lists figures, "| 172 (HRW); 590 (government) |", is no note)
        int cell = Math.max(lower.lastIndexOf('|', it.qualStart - 1), lower.lastIndexOf(';', it.qualStart - 1));
        for (int k = cell + 1; k > ls && k < it.qualStart; k++) {
            if (Character.isLetter(lower.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Azerbaijan's count: 580 killed. 455 wounded. 150 still missing.": a sentence that is only its figure's
     * phrase, on the line of the sentence before, goes on with that sentence's credit.
     */
    private String creditGoingOn(NumberPhrase it) {
        if (previous == null || items.size() != 1 || previous[1] > sentence[0] || lower.substring(previous[1], sentence[0]).contains("\n")
                || lower.substring(sentence[0], it.qualStart).chars().anyMatch(Character::isLetterOrDigit)
                || SentenceReader.WORD.matcher(lower.substring(it.numEnd, sentence[1])).results().count() > 3
                || SentenceReader.WORD.matcher(lower.substring(it.numEnd, sentence[1])).results().anyMatch(w -> AUXILIARIES.contains(w.group()))) {
            return null;   // not a figure and a few words without a verb of their own: "455 wounded.", "150 still missing."
        }
        for (int k = claims.size() - 1; k >= 0 && claims.get(k).start() >= previous[0]; k--) {
            if (claims.get(k).end() <= previous[1]) {
                return claims.get(k).attributedTo();
            }
        }
        return null;
    }

    /**
     * "According to the Prosecutor's Office, 580 perished. By the same data, 455 were wounded.": a sentence that
     * opens by pointing back to the source just named ({@code same_source_openers}) takes the credit of the
     * sentence before in its paragraph.
     */
    private String sameSourceCredit() {
        if (previous == null || previous[1] > sentence[0] || lower.substring(previous[1], sentence[0]).contains("\n\n")
                || Text.phraseStartingAt(lower, v.grammar.list("same_source_openers"), sentence[0]) == null) {
            return null;
        }
        for (int k = claims.size() - 1; k >= 0 && claims.get(k).start() >= previous[0]; k--) {
            if (claims.get(k).end() <= previous[1] && claims.get(k).attributedTo() != null) {
                return claims.get(k).attributedTo();
            }
        }
        return null;
    }

    /** Whether the sentence points back to a source named before ({@code same_source_openers}) past its opening: "..., according to the same figures, ...". */
    private boolean pointsBack() {
        // the openers are phrases of the vocabulary's set: the text's hits answer without reading the sentence (as Text.find)
        for (String p : hits.present(v.grammar.list("same_source_openers"))) {
            if (hits.find(p, sentence[0], sentence[1]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The ministry gives 580 killed; according to the same source, 455 were wounded", "The same list adds that ...": the
     * body credited last before the figure in its paragraph, which "the same source" points back to; null when none is
     * (a back-reference names no body of its own). "The same Azerbaijani account" points back to the last credit its
     * capitalized words name; with none, it is the record those words say whose it is ("Azerbaijani account").
     */
    private String creditBefore(NumberPhrase it, String sameWhat) {
        Matcher same = SAME_SOURCE.matcher(Text.lower(sameWhat));
        String rest = same.lookingAt() ? sameWhat.substring(same.end()).strip() : sameWhat;
        List<String> owners = java.util.Arrays.stream(rest.split("\\s+")).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).toList();
        int paragraph = body.lastIndexOf("\n\n", it.m.start());
        Map<String, String> named = new java.util.HashMap<>();   // each body once, however its claims spell its case
        for (int k = claims.size() - 1; k >= 0 && claims.get(k).start() > paragraph; k--) {
            String who = claims.get(k).attributedTo();
            if (claims.get(k).end() <= it.m.start() && who != null && !SAME_SOURCE.matcher(Text.lower(who)).lookingAt()
                    && (owners.isEmpty() || owners.stream().anyMatch(o -> Text.find(Text.norm(who), Text.lower(o), 0, who.length()) >= 0))) {
                if (owners.isEmpty()) {
                    return who;
                }
                named.putIfAbsent(Text.norm(who), who);
            }
        }
        // two bodies its words could name ("the Azerbaijani government", "an Azerbaijani commission"): the record as written
        return named.size() == 1 ? named.values().iterator().next() : owners.isEmpty() ? null : rest;
    }

    /**
     * Who the text at {@code at} is the words of, when nothing in it credits anyone: a reply's author, a transcript's
     * speaker, the body whose statement or digest entry the page carries there.
     */
    private String voiceAt(int at) {
        String author = r.posts == null ? null : r.posts.otherAuthorAt(at);
        String speaker = author != null || r.turns == null ? author : r.turns.speakerAt(at);
        return speaker != null || r.carried == null ? speaker : r.carried.ownerAt(at);
    }
}
