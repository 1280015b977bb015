package org.sourcebook.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.sourcebook.extract.Attribution.Credit;

/** Reads whether a verb of saying or a frame found credits the figure: its frame closes in the clause, its object tells a deed, a noun or an article stands before it, it stands inverted after a comma, an "as" clause follows the figure. */
final class VerbChecks {
    private static final int MIDDLE_WORDS = 6;
    /** A frame's object that names a count ("the number of ...", "the toll among ..."): its words may run to this many. */
    private static final int COUNTED_MIDDLE_WORDS = 14;
    private static final Pattern COUNT_OBJECT = Pattern.compile("\\s*(?:the|its|their|our)\\s+(?:(?:overall|total|final|official|civilian|death|confirmed|reported)\\s+){0,2}(?:number|total|toll|count|figure|tally)\\b");
    private static final Set<String> COPULAS = Set.of("were", "was", "are", "is", "have", "has", "had", "will", "would", "may", "might", "can",
            "could", "remain", "remains", "indicate", "indicates", "suggest", "suggests");

    private final Attribution a;

    VerbChecks(Attribution a) {
        this.a = a;
    }

    /**
     * "172, as Human Rights Watch documented, or 580, as Baku has maintained": a subject opened by "as"
     * right after a figure credits that figure, so the credit stands at its "as" and trails.
     */
    static Credit asClauseAfterFigure(String lower, int floor, int verb, Credit c) {
        int as = verb - 5;
        while (as >= floor && verb - as <= 80 && !lower.startsWith(", as ", as)) {
            as--;
        }
        if (as < floor || verb - as > 80 || Attribution.anyOf(lower, as + 5, verb, ",;:()\n\"“”")) {
            return c;
        }
        Credit moved = new Credit(as + 2, c.name(), c.definite(), c.pronoun(), true);
        return CreditClauses.trails(lower, moved.at(), verb) ? moved : c;
    }

    /** Whether a figure (its digits, or a bound before them) comes right after {@code at}: "list 455 wounded", "list over 400". */
    boolean figureAfter(String lower, int at, int to) {
        int k = at;
        while (k < to && lower.charAt(k) == ' ') {
            k++;
        }
        String bound = k < to ? Text.phraseStartingAt(lower, a.boundWords, k) : null;
        if (bound != null) {
            k += bound.length();
            while (k < to && lower.charAt(k) == ' ') {
                k++;
            }
        }
        return k < to && Character.isDigit(lower.charAt(k));
    }

    /** "killed an estimated 25,000", "the reported figure": a verb's form after an article is a modifier, no saying. */
    static boolean afterArticle(String lower, int at) {
        int k = at;
        while (k > 0 && lower.charAt(k - 1) == ' ') {
            k--;
        }
        return k < at && (lower.startsWith("an", k - 2) && (k == 2 || !Character.isLetter(lower.charAt(k - 3)))
                || lower.startsWith("a", k - 1) && (k == 1 || !Character.isLetter(lower.charAt(k - 2)))
                || lower.startsWith("the", k - 3) && (k == 3 || !Character.isLetter(lower.charAt(k - 4))));
    }

    /**
     * Whether the object after a verb, up to its clause's end, holds a word of {@code attribution_deed_objects} ("claimed 8,000 lives").
     * A clause in the object ends it ("said that the attack had claimed the lives of 580", "said the shelling claimed 40 lives"):
     * the deed is its verb's, and the verb before it still tells a saying.
     */
    boolean tellsADeed(String lower, int from, int to) {
        int end = from;
        while (end < to && (",;:.!?".indexOf(lower.charAt(end)) < 0 || inNumber(lower, end)) && !clauseOpensAt(lower, end, to)) {
            end++;
        }
        for (String w : a.deedObjects) {
            int at = Text.find(lower, w, from, end);
            if (at >= 0 && !ownedBySubject(lower, from, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word right before {@code at} is a possessive ("580 civilians lost their lives"): the lives are
     * those of the object clause's own subject, a deed of that clause, and the verb before it still tells a saying.
     */
    private boolean ownedBySubject(String lower, int from, int at) {
        int e = at;
        while (e > from && lower.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > from && Character.isLetter(lower.charAt(s - 1))) {
            s--;
        }
        return s < e && a.owners.contains(lower.substring(s, e));
    }

    /** Whether a word at {@code i} opens a clause of its own in a verb's object: "that", or another verb of saying or frame ("claimed"). */
    private boolean clauseOpensAt(String lower, int i, int to) {
        if (!Text.isWordChar(lower.charAt(i)) || i > 0 && Text.isWordChar(lower.charAt(i - 1))) {
            return false;
        }
        int e = i;
        while (e < to && Text.isWordChar(lower.charAt(e))) {
            e++;
        }
        String w = lower.substring(i, e);
        return w.equals("that") || a.verbSet.contains(w);
    }

    /** A separator inside a number: "8,000", "1.2". */
    private static boolean inNumber(String lower, int i) {
        return i > 0 && i + 1 < lower.length() && Character.isDigit(lower.charAt(i - 1)) && Character.isDigit(lower.charAt(i + 1));
    }

    /** Whether the frame's second word follows within a few words, in the same clause: "put [the toll] at". */
    static boolean closes(String lower, int from, String word, int to) {
        if (word.isEmpty()) {
            return true;
        }
        int words = 0;
        int i = from;
        // "put the number of people displaced within the country by the war at": a count named with what it counts may run longer
        int most = COUNT_OBJECT.matcher(lower).region(from, to).lookingAt() ? COUNTED_MIDDLE_WORDS : MIDDLE_WORDS;
        while (i < to && words <= most) {
            while (i < to && lower.charAt(i) == ' ') {
                i++;
            }
            if (lower.startsWith(word, i) && (i + word.length() >= lower.length() || !Text.isWordChar(lower.charAt(i + word.length())))) {
                return true;
            }
            int s = i;
            while (i < to && (Text.isWordChar(lower.charAt(i)) || "'-".indexOf(lower.charAt(i)) >= 0)) {
                i++;
            }
            if (i == s && lower.charAt(i) == ',' && comparativeBefore(lower, from, i)) {
                i++;   // "put the share lower, at about 13.6 per cent": a comparison set off before the frame's word
                continue;
            }
            if (i == s) {
                return false;   // a comma, a digit's mark, a quote: the frame is broken
            }
            if (Character.isDigit(lower.charAt(s))) {
                return false;
            }
            words++;
        }
        return false;
    }

    /** Whether the word right before {@code at} compares ("lower", "higher"): "-er" of an adjective, five letters or more. */
    private static boolean comparativeBefore(String lower, int from, int at) {
        int s = at;
        while (s > from && Text.isWordChar(lower.charAt(s - 1))) {
            s--;
        }
        return at - s >= 5 && lower.startsWith("er", at - 2);
    }

    /** Where the word that ends at {@code end} starts. */
    private static int verbStart(String lower, int end) {
        int i = end;
        while (i > 0 && Text.isWordChar(lower.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whether a verb follows right away: then the word before it is a noun ("the official records show", "its counts were"). */
    boolean nounBeforeVerb(String lower, int end, int to) {
        int i = end;
        while (i < to && lower.charAt(i) == ' ') {
            i++;
        }
        if (i == end) {
            return false;
        }
        int e = i;
        while (e < to && Text.isWordChar(lower.charAt(e))) {
            e++;
        }
        String next = lower.substring(i, e);
        // "the official count of 580", "its estimate of": a noun; but "survivors told of", "he wrote of"
        String verb = lower.substring(verbStart(lower, end), end).strip();
        boolean of = next.equals("of") && !a.inverted.contains(verb);
        if (COPULAS.contains(next) && a.neverNouns.contains(verb)) {
            return false;   // "the 1,140 people Azerbaijan says were taken prisoner": no noun says
        }
        return !next.isEmpty() && (COPULAS.contains(next) || a.verbSet.contains(next) || of);
    }

    /** Whether a verb stands right after a comma or a closing quote: "..., said X", "“...” said X". */
    static boolean invertedAt(String lower, int floor, int at) {
        int i = at;
        while (i > floor && lower.charAt(i - 1) == ' ') {
            i--;
        }
        return i > floor && ",”\"'".indexOf(lower.charAt(i - 1)) >= 0;
    }
}
