package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the noun phrase that names a credited body, before a reporting verb ("Human Rights Watch
 * reported", "a local official in Agdam put", "the mullah of the Agdam mosque told") or after a
 * frame ("according to local officials", "as reported by the Azerbaijani authorities").
 *
 * <p>A phrase is {@code [determiner] modifier* head (connector [determiner] modifier* noun)*}: the
 * head is its last word before a connector ("officials at the morgue in Agdam"), and it must be a
 * name (a capitalized word) or a word that names a body ({@code attribution_nouns}: "officials",
 * "authorities", "survivors"). A record ({@code attribution_records}: "figures", "data",
 * "estimates") credits only with a modifier that says whose it is ("Azerbaijani figures",
 * "independent estimates", not "official data"). A phrase that is the object of a preposition or
 * owned by a pronoun ("its researchers", "our own interviews") names no one.
 */
final class BodyPhrase {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");
    private static final int MAX_WORDS = 16;

    private final Set<String> nouns;
    private final Set<String> records;
    private final Set<String> vague;
    /** Words that head a line as its label, never a body: "NOTE:", "UPDATE:". */
    private final Set<String> labelWords;
    private final Set<String> stopwords;
    /** {@code first_person_words}: "I", "I've", "We're": the writer, capitalized or not, is no body. */
    private final Set<String> firstPerson;
    private final Set<String> connectors;
    /** {@code attribution_roles_to}: roles held "to" a body ("ambassador to", "adviser to"). */
    private final Set<String> rolesTo;
    /** {@code attribution_dated_records}: records a year names alone ("the 1979 census"). */
    private final Set<String> datedRecords;
    /** Capitalized, these open a name ("De Waal"); lower-case, a connector stays one ("Thomas de Waal"). */
    private final Set<String> particles;
    private final Set<String> determiners;
    private final Set<String> prepositions;
    private final Set<String> owners;
    private final Set<String> ends;
    private final Set<String> predicates;
    /** Single-word verbs of saying and the verbs of frames ("show", "says", "put"): a body's name ends before one. */
    private final Set<String> sayings;
    private final Set<String> people;
    private final Set<String> dates;
    private final List<String> qualifiers;
    /** {@code name_abbreviations}: "St." inside a name ("Council of St. Petersburg"), whose stop ends nothing. */
    private final Set<String> nameAbbreviations;

    BodyPhrase(Grammar g) {
        nouns = Set.copyOf(g.list("attribution_nouns"));
        records = Set.copyOf(g.list("attribution_records"));
        vague = Set.copyOf(g.list("attribution_vague_words"));
        labelWords = Set.copyOf(g.list("label_words"));
        stopwords = Set.copyOf(g.list("attribution_stopwords"));
        firstPerson = Set.copyOf(g.list("first_person_words"));
        connectors = Set.copyOf(g.list("attribution_connectors"));
        rolesTo = Set.copyOf(g.list("attribution_roles_to"));
        datedRecords = Set.copyOf(g.list("attribution_dated_records"));
        particles = Set.copyOf(g.list("name_particles"));
        Set<String> det = new HashSet<>(g.list("articles"));
        det.addAll(g.list("attribution_quantifiers"));
        determiners = Set.copyOf(det);
        prepositions = Set.copyOf(g.list("prepositions"));
        owners = Set.copyOf(g.list("attribution_owners"));
        ends = Set.copyOf(g.list("attribution_phrase_ends"));
        predicates = Set.copyOf(g.list("predicate_words"));
        Set<String> say = new HashSet<>();
        g.list("attribution_verbs").stream().filter(v -> !v.contains(" ")).forEach(say::add);
        g.list("attribution_frames").forEach(f -> say.add(f.split("\\s+")[0]));   // "put" of "put … at"
        sayings = Set.copyOf(say);
        people = Set.copyOf(g.list("noun_classes.people"));
        Set<String> d = new HashSet<>(g.list("months"));
        d.addAll(g.list("weekdays"));
        dates = Set.copyOf(d);
        List<String> q = new ArrayList<>();
        g.lists("qualifiers").values().forEach(q::addAll);
        qualifiers = List.copyOf(q);
        nameAbbreviations = Set.copyOf(g.list("name_abbreviations"));
    }

    /** One word of the text: offsets, as written, lower case without a possessive "'s". */
    record Tok(int start, int end, String word, String lw, boolean cap) {
        boolean possessive() {
            return word.endsWith("'s") || word.endsWith("’s");
        }
    }

    /** A phrase found: its offsets and the name it gives (determiners and descriptions left out). */
    record Phrase(int start, int end, String name, boolean definite) {
    }

    /**
     * The words of {@code [from, to)}, as {@link #tokensPlain} reads them: taken from the words of the
     * whole text, found once per text (a sentence's words are asked for again for every verb and
     * figure in it); only a word cut by {@code from} or {@code to} is read again from the region.
     */
    List<Tok> tokens(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        TextWords w = words(text);
        int[] s = w.starts;
        int[] e = w.ends;
        // the first word that ends after from
        int lo = 0;
        int hi = w.count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (e[mid] <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < w.count && s[i] < to; i++) {
            if (s[i] > from && e[i] <= to) {
                Tok t = w.toks[i];
                if (t == null) {
                    t = tok(text, from, s[i], e[i]);
                    w.toks[i] = t;
                }
                out.add(t);
            } else {
                // a word the region cuts (or one that starts at from, which an "@" before it does not join)
                Matcher m = TOKEN.matcher(text);
                m.region(Math.max(from, s[i]), Math.min(to, e[i]));
                if (m.find()) {
                    out.add(tok(text, from, m.start(), m.end()));
                }
            }
        }
        return out;
    }

    /** The words of one text, found once: raw match offsets, and each word as read when first asked for. */
    private static final class TextWords {
        private String text;
        private int count;
        private int[] starts = new int[0];
        private int[] ends = new int[0];
        private Tok[] toks = new Tok[0];
    }

    private final ThreadLocal<TextWords> words = ThreadLocal.withInitial(TextWords::new);

    private TextWords words(String text) {
        TextWords w = words.get();
        if (w.text != text) {
            int[] bounds = wordBounds(text);
            w.text = text;
            w.count = bounds.length / 2;
            w.starts = new int[w.count];
            w.ends = new int[w.count];
            w.toks = new Tok[w.count];
            for (int i = 0; i < w.count; i++) {
                w.starts[i] = bounds[2 * i];
                w.ends[i] = bounds[2 * i + 1];
            }
        }
        return w;
    }

    /**
     * Where {@link #TOKEN} matches in the whole text, as {start, end}: a letter or digit, then letters,
     * digits and {@code '’.&-}; read by hand, code point by code point as the pattern reads.
     */
    static List<int[]> wordSpans(String text) {
        int[] bounds = wordBounds(text);
        List<int[]> all = new ArrayList<>(bounds.length / 2);
        for (int k = 0; k < bounds.length; k += 2) {
            all.add(new int[] {bounds[k], bounds[k + 1]});
        }
        return all;
    }

    /** {@link #wordSpans} as one array {start, end, start, end, ...}; a char that opens no surrogate pair is its own code point. */
    static int[] wordBounds(String text) {
        int[] out = new int[64];
        int k = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char ci = text.charAt(i);
            int c = Character.isHighSurrogate(ci) ? text.codePointAt(i) : ci;
            if (!letterOrNumber(c)) {
                i++;   // the pattern's search moves on one char at a time
                continue;
            }
            int j = i + Character.charCount(c);
            while (j < n) {
                char cj = text.charAt(j);
                int d = Character.isHighSurrogate(cj) ? text.codePointAt(j) : cj;
                if (!letterOrNumber(d) && d != '\'' && d != '’' && d != '.' && d != '&' && d != '-') {
                    break;
                }
                j += Character.charCount(d);
            }
            if (k + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[k++] = i;
            out[k++] = j;
            i = j;
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    static boolean letterOrNumber(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** Where {@link #TOKEN} matches in the whole text, found by the pattern (tests). */
    static List<int[]> wordSpansPlain(String text) {
        List<int[]> all = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            all.add(new int[] {m.start(), m.end()});
        }
        return all;
    }

    /** The words of {@code [from, to)} read from the region alone: what {@link #tokens} gives, read the slow way (tests). */
    List<Tok> tokensPlain(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        m.region(from, to);
        while (m.find()) {
            out.add(tok(text, from, m.start(), m.end()));
        }
        return out;
    }

    /** The word matched at {@code [start, end)} of a region that starts at {@code from}. */
    private Tok tok(String text, int from, int start, int end) {
        if (start > from && text.charAt(start - 1) == '@') {
            start--;   // a handle names its holder: "@AzerbaijanMFA"
        }
        String w = text.substring(start, end);
        int slug = wireSlugEnd(w);
        if (slug > 0) {
            start += slug;   // "UPDATE 2-Azerbaijan says": a wire story's version number glued to the headline's first word
            w = w.substring(slug);
        }
        // a full stop ends the word unless it is an abbreviation ("U.S.", "Inc."); so does a plural's apostrophe
        while ((w.endsWith(".") && w.indexOf('.') == w.length() - 1 && !lowerCaseNext(text, end) || w.endsWith("'") || w.endsWith("’")) && w.length() > 1) {
            w = w.substring(0, w.length() - 1);
            end--;
        }
        String lw = Text.norm(w);
        if (lw.endsWith("'s")) {
            lw = lw.substring(0, lw.length() - 2);
        }
        if (lw.startsWith("@")) {
            lw = lw.substring(1);
        }
        boolean function = determiners.contains(lw) || connectors.contains(lw) || prepositions.contains(lw) || owners.contains(lw)
                || stopwords.contains(lw);
        boolean particle = particles.contains(lw) && Character.isUpperCase(w.charAt(0)) && w.length() > 1 && Character.isLowerCase(w.charAt(1));
        return new Tok(start, end, w, lw, (Character.isUpperCase(w.charAt(0)) || w.charAt(0) == '@') && (!function || particle));
    }

    /** Whether a lower-case word follows {@code end} after one space: the full stop before it marks an abbreviation ("Az. govt. gives"), as {@link Sentences} reads it. */
    private static boolean lowerCaseNext(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1));
    }

    /** Where a word of a wire headline starts after the story's version number glued to it ("2-Azerbaijan"), or 0. */
    private static int wireSlugEnd(String w) {
        int i = 0;
        while (i < w.length() && i < 2 && w.charAt(i) >= '0' && w.charAt(i) <= '9') {
            i++;
        }
        return i > 0 && i + 1 < w.length() && w.charAt(i) == '-' && Character.isUpperCase(w.charAt(i + 1)) ? i + 1 : 0;
    }

    /**
     * Whether the gap {@code [end, next)} after a name is the close of a bold span that opens its line, then a
     * space: "**Kura Daily** (a weekly) writes", a digest's entry whose subject is set in bold.
     */
    private static boolean boldOpensLine(String text, int end, int next) {
        if (next - end < 3 || !text.startsWith("**", end) || !text.substring(end + 2, next).isBlank() || text.substring(end, next).indexOf('\n') >= 0) {
            return false;
        }
        int line = text.lastIndexOf('\n', end - 1) + 1;
        int open = text.indexOf("**", line);
        return open >= line && open < end && text.substring(line, open).strip().matches("(?:[-*•]|\\d{1,2}[.)])?")
                && text.indexOf("**", open + 2) == end;
    }

    /** The words a gap between two words of a name may hold: spaces, quotes, an ampersand. */
    private static boolean joins(String gap) {
        int marks = 0;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '*' || c == '_') {
                marks++;   // "*Bitter Valley* puts": one italic mark around a title, not bold's "**"
                continue;
            }
            if (c == '\n' || !Character.isWhitespace(c) && "\"“”«»&'/".indexOf(c) < 0) {
                return false;
            }
        }
        return marks <= 1;
    }

    private boolean year(Tok t) {
        return isYear(t.word);
    }

    /** "1992", "2023": a year, not a count. */
    static boolean isYear(String w) {
        if (w.length() != 4 || !Character.isDigit(w.charAt(2)) || !Character.isDigit(w.charAt(3))) {
            return false;
        }
        String c = w.substring(0, 2);
        return c.equals("18") || c.equals("19") || c.equals("20");
    }

    boolean date(Tok t) {
        return t.cap && dates.contains(t.lw);
    }

    /** A comma inside a name that lists its parts: "Commission on Prisoners of War, Hostages and Missing Persons". */
    private static boolean listedName(String gap, List<Tok> taken) {
        if (!gap.strip().equals(",") || gap.indexOf('\n') >= 0 || taken.isEmpty() || !taken.get(0).cap) {
            return false;
        }
        for (int i = 1; i + 1 < taken.size(); i++) {
            if (taken.get(i).lw.equals("and") && taken.get(i - 1).cap && taken.get(i + 1).cap) {
                return true;
            }
        }
        return false;
    }

    /** After a comma, the rest of a name that lists its parts: "..., Hostages and Missing Persons". */
    private boolean listGoesOn(String text, String gap, List<Tok> toks, int i) {
        if (!gap.strip().equals(",") || gap.indexOf('\n') >= 0) {
            return false;
        }
        boolean and = false;
        int prevEnd = toks.get(i).start;
        for (int k = i; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (k > i && !joins(text.substring(prevEnd, t.start))) {
                break;
            }
            if (t.lw.equals("and") && k > i) {
                and = true;
            } else if (!t.cap && !inner(t) && !(determiners.contains(t.lw) && k > i)) {
                return false;
            }
            prevEnd = t.end;
        }
        return and;
    }

    /** A connector inside a name other than "and": "of", "in", "at". */
    private boolean inner(Tok t) {
        return connectors.contains(t.lw) && !t.cap && !t.lw.equals("and") && !t.lw.equals("&");
    }

    /** A figure's noun of people right before a name: "1,140 people Azerbaijan", where the name opens a clause of its own. */
    private boolean countedBeforeName(Tok t, Tok prev, List<Tok> taken) {
        return prev != null && Character.isDigit(prev.word.charAt(0)) && !taken.isEmpty() && taken.get(0).cap
                && !t.cap && people.contains(t.lw) && !nouns.contains(t.lw);
    }

    /** "150 people" right before "the Commission listed": a count's people noun, then the subject of a clause about it. */
    private boolean countedBeforeDefinite(Tok noun, Tok number) {
        return Character.isDigit(number.word.charAt(0)) && !noun.cap && people.contains(noun.lw);
    }

    /** A capitalized name after a possessive ("our State Committee", "their own Ministry of Health", "our Foreign Ministry spokesman"), "own" dropped. */
    private boolean ownedName(Tok stop, List<Tok> taken) {
        if (stop == null || !owners.contains(stop.lw) || taken.isEmpty()) {
            return false;
        }
        if (taken.get(0).lw.equals("own") && taken.size() > 1) {
            taken.remove(0);
        }
        // "our own Foreign Ministry spokesman": a name of the speaker's country's body, its role noun after it
        Tok last = taken.get(taken.size() - 1);
        return taken.get(0).cap && (last.cap || taken.size() > 1 && nouns.contains(last.lw));
    }

    private boolean noun(Tok t) {
        return !t.cap && (nouns.contains(t.lw) || records.contains(t.lw) || people.contains(t.lw));
    }

    /** "reached", "interviewed": a verb's form, not a modifier, unless a noun follows ("armed forces"). */
    /** "interviewed", "speaking": a participle after a noun, that ends its phrase ("journalists interviewed by ...", "officials speaking to ..."). */
    private boolean participle(Tok t) {
        return !t.cap && (t.lw.endsWith("ed") || t.lw.endsWith("ing") && t.lw.length() > 5) && !t.lw.contains("-") && !nouns.contains(t.lw)
                && !records.contains(t.lw);
    }

    private boolean head(Tok t) {
        return t.cap || nouns.contains(t.lw) || records.contains(t.lw);
    }

    /** A word that cannot be inside a body's name: it stops the reading. */
    private boolean stops(Tok t) {
        if (t.cap) {
            return date(t) || firstPerson.contains(t.lw.replace('’', '\''));
        }
        if (nouns.contains(t.lw) || records.contains(t.lw)) {
            return false;
        }
        return stopwords.contains(t.lw) || predicates.contains(t.lw) || sayings.contains(t.lw) || prepositions.contains(t.lw) || owners.contains(t.lw)
                || ends.contains(t.lw) || t.lw.length() > 3 && t.lw.endsWith("ly") || Character.isDigit(t.word.charAt(0));
    }

    /**
     * The phrase that ends at {@code end}, read back no further than {@code from}: the subject of a
     * verb at {@code end}, or the owner before "'s figure".
     */
    Optional<Phrase> before(String text, int from, int end, int sentenceStart) {
        return before(text, from, end, sentenceStart, false);
    }

    /** The owner before "'s figure": a phrase that may follow a preposition ("by the Red Cross's count"). */
    Optional<Phrase> owner(String text, int from, int end, int sentenceStart) {
        return before(text, from, end, sentenceStart, true);
    }

    private Optional<Phrase> before(String text, int from, int end, int sentenceStart, boolean owner) {
        List<Tok> toks = tokens(text, from, end);
        List<Tok> taken = new ArrayList<>();
        Tok stop = null;
        int next = end;
        for (int i = toks.size() - 1; i >= 0; i--) {
            Tok t = toks.get(i);
            if (!joins(text.substring(t.end, next)) && !(t.cap && listedName(text.substring(t.end, next), taken))
                    && !(taken.isEmpty() && t.cap && boldOpensLine(text, t.end, next))) {
                break;
            }
            Tok prev = i > 0 ? toks.get(i - 1) : null;
            if (countedBeforeName(t, prev, taken)) {
                stop = prev;   // "the 1,140 people Azerbaijan says were taken": the name, not the count's noun
                break;
            }
            if (determiners.contains(t.lw)) {
                if (taken.isEmpty()) {
                    stop = t;
                    break;
                }
                taken.add(0, t);
                next = t.start;
                if (prev != null && (inner(prev) || prev.lw.equals("to") && i >= 2 && rolesTo.contains(toks.get(i - 2).lw))
                        && joins(text.substring(prev.end, t.start))) {
                    continue;
                }
                stop = prev != null && joins(text.substring(prev.end, t.start)) ? prev : null;
                if (stop != null && i >= 2 && countedBeforeDefinite(stop, toks.get(i - 2))) {
                    stop = toks.get(i - 2);   // "the 150 people the Commission listed as missing": the count is the object
                }
                break;
            }
            if (!taken.isEmpty() && t.lw.equals("to") && prev != null && rolesTo.contains(prev.lw)) {
                taken.add(0, t);   // "the ambassador to the United Nations said": a role held to a body
                next = t.start;
                continue;
            }
            if (connectors.contains(t.lw) && !t.cap) {
                boolean and = t.lw.equals("and") || t.lw.equals("&");
                if (taken.isEmpty() || and && !(taken.get(0).cap && prev != null && prev.cap)) {
                    stop = t;
                    break;
                }
            } else if (year(t) && !taken.isEmpty() && !taken.get(0).cap) {
                // "the 1989 census"
            } else if (taken.isEmpty() && year(t) && prev != null && prev.lw.equals("of") && i >= 2 && joins(text.substring(prev.end, t.start))
                    && joins(text.substring(toks.get(i - 2).end, prev.start)) && head(toks.get(i - 2))) {
                i--;   // "the parliamentary commission of 1992 spoke of": the year of the body, read past with its "of"
                next = prev.start;
                continue;
            } else if (stops(t) || participle(t) && (taken.isEmpty() || !noun(taken.get(0)))) {
                stop = t;   // "journalists who reached Aghdam", but "armed forces"
                break;
            }
            taken.add(0, t);
            next = t.start;
            if (taken.size() > MAX_WORDS) {
                return Optional.empty();
            }
        }
        while (!taken.isEmpty() && connectors.contains(taken.get(0).lw) && !taken.get(0).cap) {
            stop = taken.remove(0);
        }
        // a subject starts a clause: after a mark, a conjunction or a date ("while the side said", "On Monday
        // officials said"); after a preposition, a pronoun or a verb it is an object ("the conflict over
        // Nagorno-Karabakh", "its researchers", "reached Aghdam")
        if (ownedName(stop, taken)) {
            return phrase(text, taken, sentenceStart);   // "our State Committee put ...": a body of the speaker's own country
        }
        if (stop != null && !owner && !(date(stop) || Character.isDigit(stop.word.charAt(0))
                || stopwords.contains(stop.lw) && !prepositions.contains(stop.lw) && !owners.contains(stop.lw) && !inner(stop))) {
            return Optional.empty();
        }
        return phrase(text, taken, sentenceStart);
    }

    /** The phrase that starts at {@code start}, read on no further than {@code to}. */
    Optional<Phrase> after(String text, String lower, int start, int to, int sentenceStart) {
        List<Tok> toks = tokens(text, start, to);
        List<Tok> taken = new ArrayList<>();
        int prevEnd = start;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            String gap = text.substring(prevEnd, t.start);
            boolean abbreviated = t.cap && !taken.isEmpty() && taken.get(taken.size() - 1).cap && gap.startsWith(".")
                    && joins(gap.substring(1)) && nameAbbreviations.contains(taken.get(taken.size() - 1).lw);
            if (!abbreviated && !joins(gap) && !(!taken.isEmpty() && taken.get(taken.size() - 1).cap && listGoesOn(text, gap, toks, i))
                    || Text.phraseStartingAt(lower, qualifiers, t.start) != null) {
                break;
            }
            Tok last = taken.isEmpty() ? null : taken.get(taken.size() - 1);
            Tok nxt = i + 1 < toks.size() ? toks.get(i + 1) : null;
            if (determiners.contains(t.lw)) {
                if (last != null && !(connectors.contains(last.lw) && !last.cap) && !(last.lw.equals("to") && taken.size() >= 2
                        && rolesTo.contains(taken.get(taken.size() - 2).lw))) {
                    break;
                }
            } else if (t.lw.equals("to") && last != null && rolesTo.contains(last.lw) && nxt != null) {
                // "the ambassador to the United Nations": a role held to a body
            } else if (connectors.contains(t.lw) && !t.cap) {
                boolean and = t.lw.equals("and") || t.lw.equals("&");
                Tok after = nxt != null && determiners.contains(nxt.lw) && i + 2 < toks.size() ? toks.get(i + 2) : nxt;
                if (last == null || and && !(last.cap && after != null && after.cap)) {   // "Memorial and the Red Cross"
                    break;
                }
                if (nxt != null && Character.isDigit(nxt.word.charAt(0))) {
                    break;   // "the Court's judgment of 16 June 2015": a date ends the name
                }
            } else if (year(t) && nxt != null && !Character.isDigit(nxt.word.charAt(0))) {
                // "the 1989 census"
            } else if (stops(t)) {
                break;
            } else if (participle(t) && (nxt == null || !noun(nxt))) {
                break;   // "journalists interviewed by ...", but "armed forces"
            }
            taken.add(t);
            prevEnd = t.end;
            if (taken.size() > MAX_WORDS) {
                break;
            }
        }
        while (!taken.isEmpty() && (determiners.contains(taken.get(taken.size() - 1).lw)
                || connectors.contains(taken.get(taken.size() - 1).lw) && !taken.get(taken.size() - 1).cap)) {
            taken.remove(taken.size() - 1);
        }
        return phrase(text, taken, sentenceStart);
    }

    /** A name as written, without a possessive "'s", quotes around it or line breaks inside. */
    private static String clean(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) {
            s = s.substring(0, s.length() - 2);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else if ("\"“”«»".indexOf(c) < 0) {
                b.append(c);   // quotes around a part of the name ("the \"Justice for Velin\" campaign") are no part of it
            }
        }
        int from = 0;
        int to = b.length();
        while (from < to && QUOTES.indexOf(b.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && (QUOTES.indexOf(b.charAt(to - 1)) >= 0 || b.charAt(to - 1) == ' ')) {
            to--;
        }
        return b.substring(from, to).strip();
    }

    private static final String QUOTES = "\"“”«»'*_";

    /** Whether a phrase is a proper name only: capitalized words ("Elman Hasanov", "Human Rights Watch"). */
    boolean isName(String text, Phrase p) {
        List<Tok> toks = tokens(text, p.start(), p.end());
        return !toks.isEmpty() && toks.stream().allMatch(t -> t.cap || connectors.contains(t.lw) && t != toks.get(0));
    }

    /** Whether a phrase read alone can label figures: a body's record with its owner ("State Commission data"), or a body named. */
    boolean labels(String text, Phrase p) {
        List<Tok> toks = tokens(text, p.start(), p.end());
        if (toks.isEmpty()) {
            return false;
        }
        Tok last = toks.get(toks.size() - 1);
        boolean owned = toks.stream().anyMatch(t -> t.cap);
        return owned && (records.contains(last.lw) || nouns.contains(last.lw)) && toks.size() <= 8;
    }

    /**
     * Whether a name is a body's, named after what it deals with: its word before the first connector is a
     * body's noun ("State Commission on Prisoners of War, Hostages and Missing Persons", "Ministry of Health").
     */
    boolean namesABody(String text, Phrase p) {
        List<Tok> toks = tokens(text, p.start(), p.end());
        int head = -1;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            boolean join = i > 0 && !t.cap && (connectors.contains(t.lw)
                    || t.lw.equals("the") && connectors.contains(toks.get(i - 1).lw));   // "Ministry of the Nakhchivan Republic"
            if (!t.cap && !join) {
                return false;
            }
            if (join && head < 0) {
                head = i - 1;
            }
        }
        return head >= 0 && nouns.contains(toks.get(head).lw);
    }

    /**
     * Whether a phrase is a name of at least {@code words} capitalized words, none of them a word of
     * {@code cueWords} ("Thomas de Waal", not "Total Deaths").
     */
    boolean namesNothingCounted(String text, Phrase p, Set<String> cueWords, int words) {
        List<Tok> toks = tokens(text, p.start(), p.end());
        return isName(text, p) && toks.stream().filter(Tok::cap).count() >= words && toks.stream().noneMatch(t -> t.cap() && cueWords.contains(t.lw()));
    }

    /**
     * Whether a phrase is one initialism alone ("HRW", "ICRC"): two to six capitals, not a word of
     * {@code cueWords} nor a vague word or label word ("TOTAL", "NOTE", "UPDATE").
     */
    boolean initialism(String text, Phrase p, Set<String> cueWords) {
        List<Tok> toks = tokens(text, p.start(), p.end());
        if (toks.size() != 1) {
            return false;
        }
        String w = toks.get(0).word();
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase)
                && !cueWords.contains(toks.get(0).lw()) && !vague.contains(toks.get(0).lw()) && !labelWords.contains(toks.get(0).lw());
    }

    /** Whether a phrase that opens its line (a heading's, a label's) is vague words only ("### Revised estimates"): no body. */
    boolean onlyVague(String text, Phrase p) {
        int ls = Text.lineStart(text, p.start(), 200);
        if (text.substring(ls, p.start()).chars().anyMatch(Character::isLetterOrDigit)) {
            return false;   // "An official said": a person
        }
        List<Tok> toks = tokens(text, p.start(), p.end());
        return !toks.isEmpty() && toks.stream().allMatch(t -> vague.contains(t.lw));
    }

    /** Whether {@code lw} (lower case) is a word of {@code label_words} ("note", "host", "spokesperson"). */
    boolean labelWord(String lw) {
        return labelWords.contains(lw);
    }

    /** Whether a phrase opens with a vague word ("Total", "Other"): a label, not a body's name. */
    boolean vague(String text, Phrase p) {
        List<Tok> toks = tokens(text, p.start(), p.end());
        return toks.isEmpty() || vague.contains(toks.get(0).lw);
    }

    /** Whether the words make a body's name, and the name they give. */
    private Optional<Phrase> phrase(String text, List<Tok> taken, int sentenceStart) {
        List<Tok> np = new ArrayList<>(taken);
        while (!np.isEmpty() && determiners.contains(np.get(0).lw)) {
            np.remove(0);
        }
        if (np.isEmpty()) {
            return Optional.empty();
        }
        int h = np.size() - 1;
        for (int i = 1; i < np.size(); i++) {
            Tok t = np.get(i);
            if (connectors.contains(t.lw) && !t.cap && !t.lw.equals("and") && !t.lw.equals("&")) {
                h = i - 1;
                break;
            }
        }
        Tok head = np.get(h);
        if (!head(head) || year(head)) {
            return Optional.empty();
        }
        boolean anyCap = false;
        for (int i = 0; i <= h; i++) {
            Tok t = np.get(i);
            // a capital that only starts the sentence names no one by itself ("Bodies counted ...")
            boolean initial = t.start == sentenceStart && !nouns.contains(t.lw) && (people.contains(t.lw) || records.contains(t.lw));
            anyCap |= t.cap && !initial;
        }
        if (!anyCap && !nouns.contains(head.lw) && !records.contains(head.lw)) {
            return Optional.empty();
        }
        if (!anyCap && records.contains(head.lw)) {
            boolean owned = false;
            for (int i = 0; i < np.size(); i++) {
                // "independent estimates", "the report of the Ombudsman"
                owned |= i < h ? !vague.contains(np.get(i).lw) && (!year(np.get(i)) || datedRecords.contains(head.lw)) : i > h && np.get(i).cap;
            }
            if (!owned) {
                return Optional.empty();   // "official data", "estimates"
            }
        }
        int from = 0;
        if (h == np.size() - 1 && np.get(h).cap) {
            // "the Russian human rights centre Memorial": a description, then the name
            int run = h;
            while (run > 0 && (np.get(run - 1).cap || connectors.contains(np.get(run - 1).lw) && run - 1 > 0 && np.get(run - 2).cap)) {
                run--;
            }
            if (run > 0 && !np.get(run - 1).cap && nouns.contains(np.get(run - 1).lw)) {
                from = run;
            }
        }
        Tok first = np.get(from);
        Tok last = np.get(np.size() - 1);
        String name = clean(text.substring(first.start, last.end));
        // "the ministry said": a body named before, if the text names it
        boolean definite = taken.get(0).lw.equals("the") && name.equals(Text.norm(name));
        return name.isBlank() ? Optional.empty() : Optional.of(new Phrase(first.start, last.end, name, definite));
    }
}
