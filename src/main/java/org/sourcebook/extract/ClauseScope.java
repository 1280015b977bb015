package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads clause scope: where a scope word places a figure, another place or event, and the scope a sentence takes from before. */
final class ClauseScope extends SentencePart {
    /** A copula: a clause before it that has one is a whole clause, not a subject waiting for its verb. */
    private static final Pattern COPULA = Pattern.compile("\\b(?:is|was|are|were)\\b");
    private static final Pattern NEW_SUBJECT = Pattern.compile(", and (?=\\p{Lu})");
    /** A relative clause about an event: "in which ", "during which ", "where ". */
    private static final Pattern EVENT_RELATIVE = Pattern.compile("(?:in which|during which|in whose course|where)\\s");
    /** Where what is said of a number ends for its scope: a clause mark or a coordinated verb ("and called it"). */
    private static final Pattern SAID_CUT = Pattern.compile("[,;:—–()\\[\\]]|\\band\\b|\\bbut\\b");
    /** What may open an answer's line before its first sentence: a time stamp, a speaker's label. */
    private static final Pattern TURN_PREFIX = Pattern.compile("[\\s*_>]*(?:\\[[\\d:.]+\\]\\s*)?(?:[*_]*[\\p{L}][\\p{L} .'’-]{0,40}:[*_]*\\s*)?");

    /** The place cells of each figure's table row ({@link TableCells#cellsUnder}), read once. */
    private final Map<NumberPhrase, List<int[]>> placeCells = new java.util.IdentityHashMap<>();
    private Boolean inherits;
    /** {@link #scopeClause} of each number's start, read once (not to be changed). */
    private final Map<Integer, int[]> scopeClauses = new java.util.HashMap<>();
    /** The words of each clause {@link #anotherEvent} reads, by its {start, end}, and which of them are event nouns. */
    private final Map<Long, ClauseWords> clauseWords = new java.util.HashMap<>();

    ClauseScope(SentenceReader r) {
        super(r);
    }

    /**
     * The clause up to ", and" after the number: "recorded at least 172 civilian deaths, and compared the case with the
     * Tlatelolco massacre" places the figure in no other event; what comes after ", and" is said of another deed.
     */
    int[] toCoordinatedPredicate(int[] clause, NumberPhrase it) {
        int and = Text.indexOf(lower, ", and ", Math.max(clause[0], it.numEnd), clause[1]);
        return and < 0 ? clause : new int[] {clause[0], and};
    }

    /** Whether a scope word of {@code c}, a fact that does not need one, places the sentence ("580 were killed in Velin"). */
    boolean placedBy(FactCues c) {
        if (c.scopeRequired()) {
            return false;
        }
        for (String w : hits.present(c.scope())) {
            if (hits.find(w, sentence[0], sentence[1]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code at} is inside a quotation that opens after the number: someone's words about it, not its place. */
    boolean quotedAfter(NumberPhrase it, int at) {
        if (at < it.m.end()) {
            return false;
        }
        int straight = 0;
        int curly = 0;
        for (int k = it.m.end(); k < at; k++) {
            char ch = body.charAt(k);
            if (ch == '"') {
                straight++;
            } else if (ch == '\u201C') {
                curly++;
            } else if (ch == '\u201D') {
                curly = Math.max(0, curly - 1);
            }
        }
        return straight % 2 == 1 || curly > 0;
    }

    /**
     * Whether {@code at} is inside a relative clause between commas that closes before the number at
     * {@code number}: "Memorial, which interviewed refugees on both sides, wrote of more than 200 dead".
     */
    boolean inClosedRelative(int at, int number) {
        if (at >= number) {
            return false;
        }
        int comma = at - 1;
        while (comma >= sentence[0] && lower.charAt(comma) != ',') {
            comma--;
        }
        if (comma < sentence[0] || !lower.startsWith(" which ", comma + 1) && !lower.startsWith(" who ", comma + 1)) {
            return false;
        }
        if (COPULA.matcher(lower).region(sentence[0], comma).find()) {
            // "The raid was part of a wider campaign, which emptied 30 villages, cost 9,000 lives and ...": the main
            // clause is over before the relative, whose comma-joined predicates go on with it
            return false;
        }
        int close = at;
        while (close < number && lower.charAt(close) != ',' && ";:()—–".indexOf(lower.charAt(close)) < 0) {
            close++;
        }
        return close < number && lower.charAt(close) == ',';
    }

    /**
     * "On the night of the raid, during the Second Border War, soldiers took the town": a scope word in a phrase of
     * {@code time_frames} ("during the ...", at most five words before it, no clause mark between) of the sentence
     * that starts at {@code from} dates what that sentence tells; it places nothing for the sentences after it.
     */
    boolean inTimeFrame(int at, int from) {
        if (!datesOneEvent(from)) {
            return false;   // "The region suffered for years during the war. Some 30,000 died.": the war is what the sentence is about
        }
        String before = lower.substring(Math.max(from, at - 60), at);
        for (String f : v.grammar.list("time_frames")) {
            int k = before.lastIndexOf(f + " ");
            if (k >= 0 && (k == 0 || !Character.isLetter(before.charAt(k - 1)))) {
                String gap = before.substring(k + f.length()).strip();
                if (gap.split("\\s+").length <= 5 && gap.chars().noneMatch(ch -> ch == ',' || ch == ';' || ch == '.' || ch == ':')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "On the night of 25 February ...", "... the raid ...": the sentence at {@code from} tells of one day or one event. */
    private boolean datesOneEvent(int from) {
        int end = from;
        while (end < lower.length() && ".!?\n".indexOf(lower.charAt(end)) < 0) {
            end++;
        }
        String s = lower.substring(from, end);
        if (s.contains("night of") || ONE_DAY.matcher(s).find()) {
            return true;
        }
        Matcher w = SentenceReader.WORD.matcher(s);
        List<String> events = v.grammar.list("event_nouns");
        while (w.find()) {
            if (events.contains(w.group())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern ONE_DAY = Pattern.compile("\\b\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b");

    /** Whether the scope word at {@code at} names the whole a superlative compares with: "the largest massacre of the conflict". */
    boolean comparedWith(int at) {
        if (v.superlativeOf.matcher(lower).region(Math.max(0, at - 60), at).find()) {
            return true;
        }
        // "the deadliest episode of the First Karabakh War": the war's name before its word
        if (at < 2 || lower.charAt(at - 1) != ' ' || !Character.isLetter(lower.charAt(at - 2))) {
            return false;
        }
        int start = at - 2;
        while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
            start--;
        }
        return Character.isUpperCase(body.charAt(start)) && v.superlativeOf.matcher(lower).region(Math.max(0, start - 60), start).find();
    }

    /**
     * Where a scope word places a number: its clause, cut at the clause breaks and, after the number,
     * where a new subject starts (", and Amnesty called it the worst atrocity of the war");
     * a list of names before it ("Shusha, Lachin, and Kalbajar") does not cut it.
     */
    int[] scopeClause(int at) {
        return scopeClauses.computeIfAbsent(at, this::scopeClauseAt);   // asked for each fact the number may count
    }

    private int[] scopeClauseAt(int at) {
        String sent = lower.substring(sentence[0], sentence[1]);
        int rel = at - sentence[0];
        int s = sentence[0];
        int e = sentence[1];
        for (String br : v.grammar.list("clause_breaks")) {
            int before = sent.lastIndexOf(br, rel);
            if (before >= 0 && before < rel) {
                s = Math.max(s, sentence[0] + before + br.length());
            }
            int after = sent.indexOf(br, rel);
            if (after >= 0) {
                e = Math.min(e, sentence[0] + after);
            }
        }
        Matcher and = NEW_SUBJECT.matcher(body);
        and.region(Math.min(at, e), e);
        if (and.find()) {
            e = and.start();
        }
        return new int[] {s, Math.max(s, e)};
    }

    /**
     * Where an event that places a figure may be named: its span, with the label before a colon (or the one clause
     * before a semicolon) that opens it ("Pogrom in Sumgait (27–29 February): 32 people killed", "Sumgait pogrom;
     * according to official figures, 32 people are killed") or the noun a relative clause opening it is about
     * ("the Sumgait pogrom of 1988, in which at least 26 died").
     */
    int[] eventSpan(int[] span) {
        String before = lower.substring(sentence[0], Math.max(sentence[0], span[0])).stripTrailing();
        // "Pogrom in Sumgait: 32 killed"; a timeline's "Sumgait pogrom; according to official figures, 32 people are killed"
        if ((before.endsWith(":") || before.endsWith(";") && before.indexOf(';') == before.length() - 1) && before.length() <= 120) {
            return new int[] {sentence[0], span[1]};
        }
        int at = span[0];
        while (at < span[1] && (lower.charAt(at) == ' ' || lower.charAt(at) == ',')) {
            at++;
        }
        if (!EVENT_RELATIVE.matcher(lower).region(at, span[1]).lookingAt()) {
            return span;
        }
        int from = span[0] - 1;
        while (from > sentence[0] && lower.charAt(from - 1) != ',' && span[0] - from < 120) {
            from--;
        }
        return new int[] {Math.max(sentence[0], from), span[1]};
    }

    /**
     * The words of {@code [from, to)} of {@code body} ({@link SentenceReader#WORD}) and the indexes of those that are {@code events}
     * lower-cased: none are read where no event noun stands in {@code lower} (Text.lower is char by char).
     */
    static ClauseWords eventWords(String body, String lower, List<String> events, int from, int to) {
        for (String e : events) {
            if (Text.indexOf(lower, e, from, to) >= 0) {
                return eventWordsPlain(body, events, from, to);
            }
        }
        return ClauseWords.NONE;
    }

    /** The same, where the event nouns are looked for in {@code literals}, the hits of a set of literals that holds them (as Text.indexOf). */
    static ClauseWords eventWords(String body, PhraseHits literals, List<String> events, int from, int to) {
        for (String e : events) {
            if (literals.find(e, from, to) >= 0) {
                return eventWordsPlain(body, events, from, to);
            }
        }
        return ClauseWords.NONE;
    }

    /** A clause's words and the indexes of those that are event nouns. */
    record ClauseWords(List<String> words, List<Integer> eventAt) {
        static final ClauseWords NONE = new ClauseWords(List.of(), List.of());
    }

    static ClauseWords eventWordsPlain(String body, List<String> events, int from, int to) {
        Matcher w = SentenceReader.WORD.matcher(body);
        w.region(from, to);
        List<String> all = new ArrayList<>();
        List<Integer> eventAt = new ArrayList<>();
        while (w.find()) {
            if (events.contains(Text.lower(w.group()))) {
                eventAt.add(all.size());
            }
            all.add(w.group());
        }
        return new ClauseWords(all, eventAt);
    }

    /**
     * Whether the clause names an event of another place ({@code event_nouns}): "the assault on Maraghar",
     * "the shelling of Stepanakert", "the Sumgait pogrom", a name that is no scope word of the fact.
     */
    boolean anotherEvent(FactCues c, int[] clause) {
        if (c.scope().isEmpty()) {
            return false;
        }
        List<String> events = v.grammar.list("event_nouns");
        // the clause's words and which of them are event nouns, read once for every fact that asks
        ClauseWords read = clauseWords.computeIfAbsent((long) clause[0] << 32 | clause[1], key -> eventWords(body, hits.literals(v.literals), events, clause[0], clause[1]));
        List<String> words = read.words();
        for (int i : read.eventAt()) {
            String place = null;
            boolean prepositional = i + 2 < words.size() && List.of("on", "of", "in", "at", "against").contains(words.get(i + 1));
            if (prepositional) {
                int k = i + 2;
                while (k < words.size() - 1 && List.of("the", "village", "town", "city", "of").contains(words.get(k))) {
                    k++;
                }
                if (peopleAdjective(words, k)) {
                    // "the massacre of Azerbaijani civilians" names no place; "the attack on Armenian villagers in Maraghar" does after them
                    k = k + 3 < words.size() && List.of("in", "at").contains(words.get(k + 2)) ? k + 3 : -1;
                }
                place = k < 0 ? null : words.get(k);
                if (place != null && !Character.isUpperCase(place.charAt(0)) && i > 0 && Character.isUpperCase(words.get(i - 1).charAt(0))) {
                    place = words.get(i - 1);   // "the Sumgait pogrom of 1988": a year after it, the place before it
                    prepositional = false;
                }
            } else if (i > 0) {
                place = words.get(i - 1);   // "the Sumgait pogrom"
            }
            String named = place == null ? "" : Text.lower(place);
            // the event noun in lower case, or opening the clause before its place ("Pogroms against Armenians in Sumgait")
            // or opening a dated entry after its date ("April 29 – May 4 — Riots in Lyon leave 40 dead")
            boolean afterDate = i > 0 && prepositional && (Character.isDigit(words.get(i - 1).charAt(0))
                    || v.grammar.list("months").contains(Text.lower(words.get(i - 1))));
            boolean common = i > 0 ? !Character.isUpperCase(words.get(i).charAt(0)) || afterDate : prepositional;
            if (place != null && Character.isUpperCase(place.charAt(0)) && common
                    && c.scope().stream().noneMatch(sc -> Text.lower(sc).equals(named)) && !v.cueWords.contains(named)
                    && !v.grammar.list("months").contains(named)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure is in a chronology's entry for one day ("- **20 May** — Troops storm the port; 140 civilians
     * are killed") and so that day's episode's toll, not fact {@code c}'s: not the whole war's (a fact that needs its
     * scope) unless its sentence says the count runs up to then ({@code cumulative_words}: "by this point", "in
     * total"); not a place's (a fact with scope words) unless the entry or the page's title names that place.
     */
    boolean inDayEntry(FactCues c, NumberPhrase it) {
        int ls = Text.lineStart(lower, it.qualStart, 2000);
        if (!v.dayEntry.matcher(lower).region(ls, it.qualStart).lookingAt()) {
            return false;
        }
        if (!c.scopeRequired()) {
            // "- 3 May — Riot in the port; 40 dead" under "# Timeline of the war": on a page whose title names the
            // whole war and not the fact's place, that day's own episode, unless the entry names the fact's place
            int le = lower.indexOf('\n', it.qualStart);
            int[] entry = {ls, le < 0 ? lower.length() : le};
            int[] title = pageHeading(ls);
            return title != null && !c.scope().isEmpty()
                    && hits.present(v.rivalScopes.getOrDefault(c.id(), List.of())).stream().anyMatch(sc -> hits.find(sc, title[0], title[1]) >= 0)
                    && hits.present(c.scope()).stream().noneMatch(sc -> hits.find(sc, entry[0], entry[1]) >= 0 || hits.find(sc, title[0], title[1]) >= 0);
        }
        for (String w : v.grammar.list("cumulative_words")) {
            int at = Text.indexOf(lower, w, sentence[0], sentence[1]);
            while (at >= 0 && (at > 0 && Character.isLetter(lower.charAt(at - 1))
                    || at + w.length() < lower.length() && Character.isLetter(lower.charAt(at + w.length())))) {
                at = Text.indexOf(lower, w, at + 1, sentence[1]);
            }
            if (at >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The page's title over {@code at}: the last "# " heading before it (after a breadcrumb or a menu), else the text's title line. */
    private int[] pageHeading(int at) {
        int h = lower.startsWith("# ") ? 0 : -1;
        int k = lower.lastIndexOf("\n# ", at);
        h = k >= 0 ? k + 1 : h;
        if (h < 0) {
            return r.title;
        }
        int e = lower.indexOf('\n', h);
        return new int[] {h, e < 0 ? lower.length() : e};
    }

    /** Whether the capitalized word at {@code k} only says whose the people noun right after it are ("Azerbaijani civilians", "Armenian villagers"). */
    private boolean peopleAdjective(List<String> words, int k) {
        return k + 1 < words.size() && v.grammar.list("noun_classes.people").contains(words.get(k + 1));
    }

    /**
     * Whether the figure is in the row of a table whose rows are places or events ({@code place_headers}:
     * "| Name | Date | Location | Killed |") and none of its cells under those headers holds a scope word of
     * the fact: that row counts another place's dead, not the town's nor the whole war's.
     */
    boolean inAnotherPlacesRow(FactCues c, NumberPhrase it) {
        if (c.scope().isEmpty() || lower.charAt(Text.lineStart(lower, it.qualStart, 2000)) != '|') {
            return false;
        }
        List<int[]> places = placeCells.computeIfAbsent(it, x -> TableCells.cellsUnder(lower, x.qualStart, v.placeHeaders));
        if (places.isEmpty()) {
            return false;
        }
        for (int[] cell : places) {
            for (String sc : hits.present(c.scope())) {
                if (hits.find(sc, cell[0], cell[1]) >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the number stands in a "where" clause after a place named with a preposition ("in Maraghar in
     * April 1992, where at least 40 villagers were killed", "near Shusha, where ...") that is no scope word of
     * the fact, and the clause names none of them: what it counts happened there.
     */
    boolean whereAtAnotherPlace(FactCues c, NumberPhrase it) {
        if (c.scope().isEmpty()) {
            return false;
        }
        int where = NumberClause.lastIndexOf(lower, ", where ", it.qualStart, sentence[0]);
        if (where < sentence[0] || lower.substring(where, it.qualStart).chars().anyMatch(ch -> ";:()—–".indexOf(ch) >= 0)) {
            return false;
        }
        for (String sc : hits.present(c.scope())) {
            if (hits.find(sc, where, sentence[1]) >= 0) {
                return false;   // "in Agdam, where Velin's dead were buried"
            }
        }
        List<String> words = new ArrayList<>();
        Matcher w = SentenceReader.WORD.matcher(body);
        w.region(Math.max(sentence[0], where - 60), where);
        while (w.find()) {
            words.add(w.group());
        }
        List<String> places = List.of("in", "near", "at", "outside", "around");
        for (int k = words.size() - 1; k >= 1 && k >= words.size() - 6; k--) {
            String word = words.get(k);
            String named = Text.lower(word);
            // "the lesson of Srebrenica, where ...": "of" before a name that closes the phrase right before "where"
            boolean ofPlace = k == words.size() - 1 && words.get(k - 1).equals("of");
            // "compared it to Srebrenica, where ...", "worse than Halabja, where ...": the object of any preposition
            boolean afterPreposition = places.contains(words.get(k - 1)) || v.grammar.list("prepositions").contains(words.get(k - 1));
            if (Character.isUpperCase(word.charAt(0)) && (afterPreposition || ofPlace)
                    && !v.months.contains(named) && !v.grammar.list("weekdays").contains(named)) {
                return c.scope().stream().noneMatch(sc -> Text.lower(sc).equals(named));
            }
        }
        return false;
    }

    /**
     * Whether what is said of the number holds a scope word of a fact whose scope shares nothing with
     * this fact's (the wider conflict's, for the town's facts) while no scope word of this fact places it
     * ("4,000 are still missing in the conflict as a whole").
     */
    boolean placedElsewhere(FactCues c, int[] clause, NumberPhrase it) {
        if (c.scope().isEmpty()) {
            return false;
        }
        // what is said of the number, to the first clause mark or "and" ("..., and called it the worst of the war" is another statement)
        int from = Math.max(it.phraseEnd, it.nounEnd);
        if (from >= clause[1]) {
            return false;   // the number's noun runs to the clause's end or past it (a noun read across a clause mark): nothing more is said
        }
        Matcher cut = SAID_CUT.matcher(lower);
        cut.region(from, clause[1]);
        int to = cut.find() ? cut.start() : clause[1];
        for (String s : hits.present(v.rivalScopes.get(c.id()))) {
            for (int at = hits.find(s, from, to); at >= 0; at = hits.find(s, at + 1, to)) {
                if (!r.credits.inCreditedName(it, at) && !quotedAfter(it, at) && !comparedWith(at)) {
                    return true;   // (not "in the bloodiest episode of the war": what the event is compared with)
                }
            }
        }
        return false;
    }

    /**
     * Whether the number's clause opens with a phrase of its own ({@code scope_openers} up to a comma, or up to the
     * figure when it is short and has no verb: "As a result of the war, ", "During the war ") that holds a scope word of
     * a fact whose scope shares nothing with {@code c}'s, written in lower case (no name's word: "the Commission on
     * Prisoners of War"), and no record's noun nor a place's ("In its report on the war, ..." names what a report is
     * about; "After the occupation of the town, ..." names the town): "As a result of the war, about 4,000 went
     * missing" counts the war's missing, not the town's.
     */
    boolean rivalScopeLeads(FactCues c, int[] clause, NumberPhrase it) {
        if (c.scope().isEmpty() || clause[0] >= it.qualStart) {
            return false;
        }
        int from = clause[0];
        while (from < it.qualStart && !Character.isLetter(lower.charAt(from))) {
            from++;
        }
        if (Text.phraseStartingAt(lower, v.grammar.list("scope_openers"), from) == null) {
            return false;
        }
        int comma = Text.indexOf(lower, ",", from, it.qualStart);
        boolean closed = comma >= 0;
        comma = closed ? comma : it.qualStart;   // "During the war 3,000 people went missing": no comma after a short phrase
        Matcher w = SentenceReader.WORD.matcher(lower).region(from, comma);
        int words = 0;
        while (w.find()) {
            words++;
            if (v.grammar.list("record_nouns").contains(w.group()) || v.grammar.list("attribution_records").contains(w.group())
                    || v.grammar.list("place_headers").contains(w.group())) {
                return false;   // "In its report on the war, ...", "After the occupation of the town, ...": a record's subject, the town
            }
            if (!closed && (words > 6 || v.predicateWords.contains(w.group()))) {
                return false;
            }
        }
        for (String s : hits.present(v.rivalScopes.getOrDefault(c.id(), List.of()))) {
            for (int at = hits.find(s, from, comma); at >= 0; at = hits.find(s, at + 1, comma)) {
                if (Character.isLowerCase(body.charAt(at)) && !comparedWith(at) && !inTimeFrame(at, sentence[0])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a scope word of a fact whose scope shares nothing with {@code c}'s stands in [from, to), outside the credited name. */
    boolean rivalScopeBetween(FactCues c, int from, int to, NumberPhrase it) {
        if (c.scope().isEmpty() || from >= to) {
            return false;
        }
        int[] credited = null;   // read only where a rival scope word stands (it asks for the figure's credit)
        for (String s : hits.present(v.rivalScopes.getOrDefault(c.id(), List.of()))) {
            for (int at = hits.find(s, from, to); at >= 0; at = hits.find(s, at + 1, to)) {
                if (credited == null) {
                    credited = r.credits.creditedName(it);
                }
                if (at < credited[0] || at >= credited[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the clause before a semicolon places fact {@code c} for the number's clause {@code clause}, which opens
     * after that semicolon and places nothing of its own: "For 30 years a fifth of our land was occupied; 20,000 were
     * killed and 50,000 wounded" (the war's dead), as a sentence that places nothing takes the scope of the one before.
     */
    boolean placedBySemicolonClauseBefore(FactCues c, int[] clause) {
        if (clause[0] <= sentence[0] || c.scope().isEmpty() || !lower.substring(sentence[0], clause[0]).stripTrailing().endsWith(";")) {
            return false;
        }
        for (String s : hits.present(v.allScopes)) {
            int at = hits.find(s, clause[0], clause[1]);
            while (at >= 0 && r.clauses.inRelativeClause(at, clause[0])) {
                at = hits.find(s, at + 1, clause[1]);
            }
            if (at >= 0) {
                return false;   // the clause places something of its own
            }
        }
        int from = lower.lastIndexOf("; ", clause[0] - 3);
        from = from < sentence[0] ? sentence[0] : from + 2;   // the clause right before, not the whole sentence
        for (String s : hits.present(c.scope())) {
            for (int at = hits.find(s, from, clause[0]); at >= 0; at = hits.find(s, at + 1, clause[0])) {
                if (!r.clauses.inRelativeClause(at, from) && !comparedWith(at) && !inTimeFrame(at, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the clause tells of one night or one day ({@code one_event_times}: "in a single night", "overnight"). */
    boolean oneNight(int[] clause) {
        for (String t : v.grammar.list("one_event_times")) {
            int at = Text.indexOf(lower, t, clause[0], clause[1]);
            if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether no scope word of any fact is in this sentence and the sentence before is in the same paragraph. */
    boolean inheritsScope() {
        if (inherits == null) {
            int[] from = placedFrom();
            inherits = from != null && from[1] <= sentence[0] && (!lower.substring(from[1], sentence[0]).contains("\n\n") || answersTurnBefore(from))
                    && r.placesNothing() && !SentenceReader.inAnotherListItem(lower, from, sentence);
        }
        return inherits;
    }

    /**
     * "What did the whole war cost?" then, in the next paragraph, "Roughly 30,000 dead ...": the sentence opens the
     * paragraph right after one that ends with a question (an interviewer's turn), after at most a speaker's label.
     */
    private boolean answersTurnBefore(int[] from) {
        if (from != previous || !lower.substring(from[0], from[1]).replaceAll("[*_\\s]+$", "").endsWith("?")) {
            return false;
        }
        int ls = lower.lastIndexOf('\n', Math.max(0, sentence[0] - 1)) + 1;
        return ls > from[1] && lower.substring(from[1], ls).isBlank() && !lower.substring(from[1], ls).contains("\n\n\n")
                && TURN_PREFIX.matcher(lower).region(ls, sentence[0]).matches();
    }

    /**
     * The sentence whose scope this one takes if it places nothing: the last one before it in its
     * paragraph that places something ("For thirty years our land was under occupation. A million became
     * refugees. Twenty thousand were killed."), else the one right before.
     */
    int[] placedFrom() {
        return r.scopeFrom != null ? r.scopeFrom : previous;
    }

    /**
     * Whether fact {@code c}, which the sentence it inherits from ({@code from}) does not place, is placed by the
     * sentence that placed something before that one, {@code from} naming no rival of {@code c} either: "The
     * deadliest episode of the war was the capture of Velin. The government gives 580, and says 1,140
     * residents were taken hostage. HRW documented 172 deaths." (the residents place the town's people, not
     * the war's dead: the 172 are still the town's).
     */
    boolean placesThroughEarlier(FactCues c, int[] from) {
        int[] earlier = r.scopeFromEarlier;
        if (earlier == null || from != r.scopeFrom || earlier[1] > from[0] || c.scope().isEmpty()) {
            return false;
        }
        for (String s : hits.present(v.rivalScopes.getOrDefault(c.id(), List.of()))) {
            if (hits.find(s, from[0], from[1]) >= 0) {
                return false;
            }
        }
        for (String s : hits.present(c.scope())) {
            int at = hits.find(s, earlier[0], earlier[1]);
            while (at >= 0 && (r.clauses.inRelativeClause(at, earlier[0]) || r.credits.inBodyName(at, earlier[0]) || comparedWith(at))) {
                at = hits.find(s, at + 1, earlier[1]);
            }
            if (at >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the page's title places fact {@code c} for a sentence that places nothing: it holds a scope
     * word of {@code c} and none of the facts whose scope shares nothing with it.
     */
    boolean titlePlaces(FactCues c) {
        if (r.title == null || r.title[0] >= sentence[0] || c.scope().isEmpty() || !r.placesNothing()) {
            return false;
        }
        if (!body.startsWith("# ", r.title[0]) && !c.scopeRequired()) {
            return false;   // a lead's bold subject places only a fact that needs placing (the war's toll), not the town's
        }
        if (!c.scope().stream().anyMatch(s -> hits.find(s, r.title[0], r.title[1]) >= 0)
                || hits.present(v.rivalScopes.getOrDefault(c.id(), List.of())).stream().anyMatch(s -> hits.find(s, r.title[0], r.title[1]) >= 0)) {
            return false;
        }
        // "**2. Consequences of the war**" over "Table 2.3. Losses of Velin" over "| Persons killed | 410 |": the nearer
        // caption or heading that names a rival's place is the rows' scope, not the page's title
        int[] over = r.labelLines.tableCaption();
        if (over == null) {
            over = r.labelLines.headingOver();
        }
        int[] near = over;
        return near == null || near[0] <= r.title[0]
                || hits.present(v.rivalScopes.getOrDefault(c.id(), List.of())).stream().noneMatch(s -> hits.find(s, near[0], near[1]) >= 0);
    }
}
