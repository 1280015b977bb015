package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what is said before and after a number in its clause: its head, its predicate, its own verb and the words that rule a fact out. */
final class NumberClause extends SentencePart {
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:who|whom|whose|which)\\b");
    /** A clause mark, or "and", "while", "whereas", "but" as words (the lookahead only fails fast where no such word starts). */
    /** A noun that names a figure, as a clause's subject: "the death toll ... rose to". */
    private static final Pattern SUBJECT_COUNT = Pattern.compile("(?:tolls?|figures?|counts?|total|tally|number|estimates?)\\b");
    private static final Pattern HEAD_CUT = Pattern.compile("[,;:—–(\\[]|(?=[awb])(?:\\band\\b|\\bwhile\\b|\\bwhereas\\b|\\bbut\\b)");
    /** Up to a cue: a noun (after at most two words) and its "of" phrase ("families of former ", "grieving relatives of the "). */
    static final Pattern RELATION_OF = Pattern.compile("\\s+(?:\\p{L}+\\s+){0,2}?(\\p{L}+(?: of kin)?)\\s+of\\s+(?:\\p{L}+\\s+){0,2}");
    /** The start of a next conjunct: ", ", " and ", " or ". */
    private static final Pattern CONJUNCT = Pattern.compile(",|\\b(?:and|or)\\b");
    static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\W*$");
    /** Where what is said right after a number ends: a clause mark. */
    private static final Pattern SAID_END = Pattern.compile("[,;:—–()\\[\\]]");
    /** The chars of {@link #SAID_END}. */
    private static final String SAID_END_CHARS = ",;:—–()[]";

    private final Map<NumberPhrase, Integer> otherVerbs = new java.util.IdentityHashMap<>();
    /** {@link #head} of each number, worked out once (a copy is given out). */
    private int[][] heads;

    NumberClause(SentenceReader r) {
        super(r);
    }

    /**
     * "works with 212 families": the number's phrase is the object of a preposition (not "to": "rose to 580"),
     * so what the sentence names at its start is not what it counts.
     */
    boolean afterPreposition(NumberPhrase it) {
        String last = lastWord(lower, sentence[0], it.qualStart);
        return last != null && !last.equals("to") && v.grammar.list("prepositions").contains(last);
    }

    /**
     * What {@link #LAST_WORD} finds in {@code [from, to)} (its group: the word before the figure, past what is no
     * word char), or null; read backwards by hand where the chars read are ASCII, else by the pattern.
     */
    static String lastWord(String s, int from, int to) {
        int t = to;
        while (t > from && s.charAt(t - 1) < 128 && !isAsciiWordChar(s.charAt(t - 1))) {
            t--;
        }
        int p = t;
        while (p > from && s.charAt(p - 1) < 128 && Character.isLetter(s.charAt(p - 1))) {
            p--;
        }
        if (t > from && s.charAt(t - 1) >= 128 || p > from && s.charAt(p - 1) >= 128 || p == t) {
            return lastWordPlain(s, from, to);   // a char of no ASCII, or no letter before the end: as the pattern reads it
        }
        return s.substring(p, t);
    }

    static String lastWordPlain(String s, int from, int to) {
        Matcher last = LAST_WORD.matcher(s).region(from, to);
        return last.find() ? last.group(1) : null;
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * "Seventy were old men and women who had lived through one war already": a word inside a relative
     * clause (after "who", "whom", "whose", "which", with no clause mark between) tells of the people it
     * is about, and places nothing for the sentence after.
     */
    boolean inRelativeClause(int at, int from) {
        if (Text.indexOf(lower, "wh", from, at) < 0) {
            return false;   // every relative pronoun of the pattern holds "wh"
        }
        Matcher m = RELATIVE.matcher(lower).region(from, at);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last >= 0 && lower.substring(last, at).chars().noneMatch(ch -> ",;:()—–".indexOf(ch) >= 0);
    }

    /** What is said after a number: to the next number, the clause end, or 16 words. */
    int[] predicate(int from, int idx, int maxWords) {
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
        for (String br : v.grammar.list("clause_breaks")) {
            int at = seg.indexOf(br);
            if (at >= 0 && !br.strip().equals(":")) {
                seg = seg.substring(0, at);
            }
        }
        int and = seg.indexOf(", and ");
        if (and >= 0 && maxWords <= 16) {
            seg = seg.substring(0, and);
        }
        to = subordinateCut(from, from + seg.length());
        int count = 0;
        for (int at = wordAt(lower, from, to); at >= 0; at = wordAt(lower, wordEnd(lower, at, to), to)) {
            if (++count > maxWords) {
                to = at;
                break;
            }
        }
        return new int[] {from, to};
    }

    /**
     * The start of the first {@link SentenceReader#WORD} at or after {@code i} in a region that ends at {@code to}, as
     * {@code find()} over that region gives it (read code point by code point as the pattern reads), or -1.
     * FastPathTest compares it and {@link #wordEnd} with the pattern.
     */
    static int wordAt(String s, int i, int to) {
        for (; i < to; i++) {
            int c = s.codePointAt(i);
            if (i + Character.charCount(c) <= to && BodyPhrase.letterOrNumber(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The end of the {@link SentenceReader#WORD} that starts at {@code i} ({@link #wordAt}), in a region that ends at {@code to}. */
    static int wordEnd(String s, int i, int to) {
        int j = i + Character.charCount(s.codePointAt(i));
        while (j < to) {
            int d = s.codePointAt(j);
            int n = Character.charCount(d);
            if (j + n > to || !BodyPhrase.letterOrNumber(d) && d != '\'' && d != '’' && d != '-') {
                break;
            }
            j += n;
        }
        return j;
    }

    /**
     * Where a subordinate clause starts after the number's own verb ("580 civilians were killed when
     * the forces captured the town": the "when" clause has its own subject and says nothing of the
     * number), or where a subordinator or a conjunction of time opens a clause whose subject is a pronoun
     * ("home to 7,000 people before it was captured": what "it" underwent is not said of the people);
     * else {@code to}. A subordinator before the verb ("580 people, when the town fell, were killed") cuts nothing.
     */
    private int subordinateCut(int from, int to) {
        boolean any = false;
        for (java.util.Collection<String> list : List.of(v.subordinators, v.grammar.list("time_conjunctions"))) {
            for (String s : list) {
                if (hits.literals(v.literals).find(s, from, to) >= 0) {   // as Text.indexOf(lower, s, from, to), from one pass over the text
                    any = true;   // one is enough
                    break;
                }
            }
        }
        if (!any) {
            return to;
        }
        Matcher w = SentenceReader.WORD.matcher(lower);
        w.region(from, to);
        boolean verb = false;
        while (w.find()) {
            String word = w.group();
            if (verb && v.subordinators.contains(word)) {
                return w.start();
            }
            if ((v.subordinators.contains(word) || v.grammar.list("time_conjunctions").contains(word)) && pronounSubjectAfter(w.end(), to)) {
                return w.start();
            }
            verb |= v.predicateWords.contains(word);
        }
        return to;
    }

    /** Whether the word at {@code at} is a subject pronoun ({@code subject_pronouns}) and a verb comes right after it. */
    private boolean pronounSubjectAfter(int at, int to) {
        Matcher w = SentenceReader.WORD.matcher(lower).region(at, to);
        if (!w.find() || !lower.substring(at, w.start()).isBlank() || !v.grammar.list("subject_pronouns").contains(w.group())) {
            return false;
        }
        return w.find() && (v.predicateWords.contains(w.group()) || v.quoteOpenWords.contains(w.group()));
    }

    /** What is said right before a number: back to the previous number or clause, at most 6 words. */
    int[] head(int idx) {
        // asked for up to five times per number; items, their spans and the sentence never change once read
        if (heads == null) {
            heads = new int[items.size()][];
        }
        if (heads[idx] == null) {
            heads[idx] = headPlain(idx);
        }
        return heads[idx].clone();
    }

    private int[] headPlain(int idx) {
        NumberPhrase it = items.get(idx);
        int from = idx > 0 ? Math.min(items.get(idx - 1).phraseEnd, it.qualStart) : sentence[0];
        from = Math.max(from, sentence[0]);
        // "condemned by the parliaments of Peru, Chile and 9 other countries": a list of names is no clause break
        int to = r.lists.namesBefore(from, it.qualStart);
        String h = lower.substring(from, to);
        int cut = -1;
        int asideCut = -1;
        Matcher b = HEAD_CUT.matcher(h);
        while (b.find()) {
            asideCut = cut;
            cut = b.end();
        }
        if (cut >= 0 && asideCut >= 0 && commaAside(h, asideCut, cut)) {
            // "destroyed, among other buildings, 14 schools": the verb before a short aside between commas is what is said
            cut = -1;
            b.reset();
            while (b.find() && b.end() < asideCut) {
                cut = b.end();
            }
        }
        if (cut >= 0) {
            from += cut;
        }
        Matcher w = SentenceReader.WORD.matcher(lower);
        w.region(from, to);
        List<Integer> starts = new ArrayList<>();
        while (w.find()) {
            starts.add(w.start());
        }
        if (starts.size() > 6) {
            from = starts.get(starts.size() - 6 - countSubjectWords(starts, starts.size() - 6));
        }
        return new int[] {from, it.qualStart};
    }

    /**
     * How many more words before the last six of a clause's head to read: back to the word before a noun that names a
     * figure, when the clause opens on it ("the death toll given in the ministry's reports rose from 90 to 120" is
     * about the toll, its verb far from it), at most six; else 0. Not one with "of" after it: "the number of children
     * in the camp was 400" names what it counts right there, and the frame's own reading has it.
     */
    private int countSubjectWords(List<Integer> starts, int sixth) {
        for (int k = Math.max(1, sixth - 6); k < sixth; k++) {
            int at = starts.get(k);
            if (SUBJECT_COUNT.matcher(lower).region(at, Math.min(lower.length(), at + 10)).lookingAt() && !lower.startsWith("of ", starts.get(k + 1))) {
                return sixth - (k - 1);
            }
        }
        return 0;
    }

    /**
     * Whether {@code h} ends with an aside of a few words set off by commas right before the number, after a
     * word: "destroyed, among other buildings, " ({@code open} and {@code close} the ends of the two commas).
     */
    private static boolean commaAside(String h, int open, int close) {
        if (open < 2 || h.charAt(open - 1) != ',' || h.charAt(close - 1) != ',' || !h.substring(close).isBlank()
                || !Character.isLetter(h.charAt(open - 2))) {
            return false;
        }
        String aside = h.substring(open, close - 1).strip();
        int words = aside.isEmpty() ? 0 : aside.split("\\s+").length;
        return words >= 1 && words <= 4 && aside.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ' || ch == '-');
    }

    /** Whether {@code [from, at)} holds an "of" that ends before its last char, as {@link #RELATION_OF} needs ("\\s+of\\s+"). */
    static boolean mayHoldRelationOf(String lower, int from, int at) {
        return lower.lastIndexOf("of", at - 2) >= from;
    }

    /** Whether {@code at} is in the "of" phrase of a noun of {@code relation_nouns} right after the number ("40 families of former hostages"). */
    boolean ofRelation(NumberPhrase it, int at) {
        if (at <= it.numEnd || at - it.numEnd > 60 || !mayHoldRelationOf(lower, it.numEnd, at)) {
            return false;
        }
        Matcher m = RELATION_OF.matcher(lower.substring(it.numEnd, at));
        return m.matches() && v.grammar.list("relation_nouns").contains(m.group(1)) && !relativeAfterOf(it.numEnd + m.end(1), at);
    }

    /** "eight families of which no member survived", "families of whom none survived": "of" opens a relative clause about the noun, not its owner. */
    private boolean relativeAfterOf(int from, int to) {
        Matcher w = SentenceReader.WORD.matcher(lower).region(from, to);
        return w.find() && w.group().equals("of") && w.find() && v.grammar.list("relative_pronouns").contains(w.group());
    }

    /** Whether {@code s} is {@code word} or ends with a space and {@code word} ({@code s.endsWith(" " + word) || s.equals(word)}). */
    static boolean endsWithWord(String s, String word) {
        int at = s.length() - word.length();
        return at >= 0 && s.startsWith(word, at) && (at == 0 || s.charAt(at - 1) == ' ');
    }

    /**
     * {@code s.lastIndexOf(p, at)} where it is {@code floor} or more, else -1: the text before {@code floor} is not read.
     */
    static int lastIndexOf(String s, String p, int at, int floor) {
        for (int i = Math.min(at, s.length() - p.length()); i >= Math.max(floor, 0); i--) {
            if (s.startsWith(p, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether any of {@code words} stands in {@code [from, to)} of {@code s} (as {@link Text#indexOf} finds it). */
    static boolean anyStandsIn(String s, List<String> words, int from, int to) {
        for (String verb : words) {
            if (Text.indexOf(s, verb, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the number's own verb starts when it is a verb no fact is about ("Some 4,000 people attended
     * the commemoration of the killings", "300 people were evacuated"): past the
     * auxiliaries, adverbs, relative pronouns and light verbs ("received", "became") after its noun,
     * the first word, when it is a verb of the grammar's predicate words that is no fact's cue. Else MAX_VALUE.
     */
    int otherVerb(NumberPhrase it) {
        Integer known = otherVerbs.get(it);
        if (known != null) {
            return known;
        }
        int found = Integer.MAX_VALUE;
        Matcher w = SentenceReader.WORD.matcher(lower);
        int from = Math.max(it.phraseEnd, it.nounEnd);
        w.region(from, sentence[1]);
        int end = from;
        int listed = -1;   // words read past a comma into the rest of a list of nouns ("85 students, faculty and friends joined")
        boolean closed = false;
        int afterComma = -1;   // where the words past that comma start
        while (w.find()) {
            String gap = lower.substring(end, w.start());
            if (SAID_END.matcher(gap).find()) {
                String mark = gap.strip();
                int close = mark.equals("—") || mark.equals("–") ? Text.indexOf(lower, mark, w.start(), Math.min(sentence[1], w.start() + 80)) : -1;
                if (close >= 0 && listed < 0) {
                    // "26 families — 107 people in total — moved into new homes": past an aside between dashes
                    end = close + 1;
                    w.region(end, sentence[1]);
                    listed = -2;
                    continue;
                }
                if (listed != -1 || !mark.equals(",")) {
                    break;
                }
                listed = 0;
                afterComma = w.start();
            }
            end = w.end();
            String word = w.group();
            boolean verbal = v.predicateWords.contains(word) || v.lightVerbs.contains(word) || v.quoteOpenWords.contains(word);
            if (listed >= 0 && !(closed && verbal)) {
                // a list's items end at "and" or "or" and the item after it; a verb or a number before that ends the reading
                if (listed > 0 && !closed && it.unit == null && (verbal || r.credits.creditVerb(word)) && newSubject(afterComma, w.start(), w.end())) {
                    // "with 12 students, an old man told me ...": another subject's clause (a span of time, "For 30 years, a
                    // fifth of the land was occupied", tells how long that clause held)
                    found = afterComma;
                    break;
                }
                if (++listed > 6 || verbal || Character.isDigit(word.charAt(0))) {
                    break;
                }
                closed = closed || word.equals("and") || word.equals("or");
                continue;
            }
            if (v.quoteOpenWords.contains(word) || v.lightVerbs.contains(word) || r.credits.creditVerb(word)
                    || v.relativePronouns.contains(word) || word.endsWith("ly") && !v.cueWords.contains(word)) {
                continue;
            }
            boolean verb = v.predicateWords.contains(word);
            if (verb && !v.cueWords.contains(word)) {
                found = w.start();
            }
            break;
        }
        otherVerbs.put(it, found);
        return found;
    }

    /**
     * Whether the words past the comma after a figure, {@code [from, verb)}, are a subject of their own before its
     * verb at {@code verb}: opened by an article or a possessive ("12 students, an old man at the gate told me"), and
     * not a saying set between commas, after which the figure's own verb goes on ("580 people, the ministry said, were
     * killed").
     */
    private boolean newSubject(int from, int verb, int verbEnd) {
        Matcher first = SentenceReader.WORD.matcher(lower).region(from, verb);
        if (!first.find() || !v.grammar.list("articles").contains(first.group()) && !v.grammar.list("possessive_determiners").contains(first.group())) {
            return false;
        }
        // "25 children, the official records say, were orphaned", "150 people, the ministry said on Tuesday, are missing": a
        // saying set between commas or dashes, the figure's own verb after it
        int close = saidEnd(lower, verbEnd, sentence[1]);
        return !(close < sentence[1] && ",—–)".indexOf(lower.charAt(close)) >= 0 && r.credits.creditVerb(lower.substring(verb, verbEnd)));
    }

    /**
     * Whether a cue at {@code at} is said of the number: no clause mark between them, or the last one
     * opens the number's verb after an insertion ("12 reporters, most of them foreigners, were killed"),
     * not the next item of a list ("60 interviews, photographs and the graves of the dead").
     */
    boolean saidOf(NumberPhrase it, int at) {
        int from = Math.min(it.phraseEnd, at);
        Matcher mark = SAID_END.matcher(lower);
        mark.region(from, at);
        int last = -1;
        while (mark.find()) {
            last = mark.end();
        }
        if (last < 0) {
            return true;
        }
        Matcher w = SentenceReader.WORD.matcher(lower);
        w.region(last, at + 1);
        return w.find() && v.predicateWords.contains(w.group());
    }

    /**
     * Where a word that rules a fact out counts in the number's own phrase: up to the next conjunct
     * after its noun ("15 nations and many American states": the states are a count of their own).
     */
    int[] notWindow(NumberPhrase it, int[] own) {
        if (it.nounHits.isEmpty()) {
            return own;
        }
        Matcher m = CONJUNCT.matcher(lower);
        m.region(own[0], own[1]);
        return m.find() ? new int[] {own[0], m.start()} : own;
    }

    /**
     * "50 hostages were exchanged for prisoners": a word that rules the fact out, said of the number
     * right after its noun (before any cue of the fact and any clause mark), rules it out.
     */
    boolean ruledOutBySaid(FactCues c, NumberPhrase it) {
        if (c.not().isEmpty()) {
            return false;
        }
        int from = Math.max(it.phraseEnd, it.nounEnd);
        int to = saidEnd(lower, from, sentence[1]);
        int idx = items.indexOf(it);
        if (idx >= 0 && idx + 1 < items.size()) {
            to = Math.min(to, Math.max(from, items.get(idx + 1).qualStart));
        }
        for (String cue : hits.present(c.words())) {   // a word the text lacks is found nowhere in it
            int at = hits.find(cue, from, to);
            if (at >= 0 && !v.lightVerbs.contains(cue)) {   // "remain unaccounted for": the light verb carries what follows
                to = Math.min(to, at);
            }
        }
        from = r.lists.pastCoSubject(from, to);
        to = Math.max(from, subordinateCut(from, to));   // "7,000 people before it was captured": said of "it"
        for (String no : hits.present(c.not())) {
            if (r.fit.rulesOut(no, c, new int[] {from, to})) {
                return true;
            }
        }
        return false;
    }

    /** The first char of {@link #SAID_END} in {@code [from, to)}, else {@code to}: as {@code find()} over that region gives it. */
    static int saidEnd(String s, int from, int to) {
        if (from < 0 || from > to || to > s.length()) {
            return saidEndPlain(s, from, to);   // a region the matcher refuses: as it refuses it
        }
        for (int i = from; i < to; i++) {
            if (SAID_END_CHARS.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }

    static int saidEndPlain(String s, int from, int to) {
        Matcher mark = SAID_END.matcher(s);
        mark.region(from, to);
        return mark.find() ? mark.start() : to;
    }

    /** Start of the number's own segment of its sentence: back to a comma, semicolon, colon, dash or parenthesis. */
    int segmentStart(NumberPhrase it) {
        int segStart = it.m.start();
        while (segStart > sentence[0] && ",;:—(".indexOf(lower.charAt(segStart - 1)) < 0) {
            segStart--;
        }
        return segStart;
    }

    /** End of the number's own segment of its sentence. */
    int segmentEnd(NumberPhrase it) {
        int segEnd = it.m.end();
        while (segEnd < sentence[1] && ",;:—)".indexOf(lower.charAt(segEnd)) < 0) {
            segEnd++;
        }
        return segEnd;
    }
}
