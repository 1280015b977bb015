package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.extract.Attribution.Credit;

/** Reads the reach of a credit: a figure's own sentence past a footnoted stop, the clauses a sentence breaks into, and which of the credits found is the figure's. */
final class CreditClauses {
    private static final Pattern NEW_SUBJECT = Pattern.compile(", and (?=\\p{Lu})");
    static final Pattern FOOTNOTED_STOP = Pattern.compile("[.!?][\"”’')]*(?:\\[\\^?\\w{1,4}\\]|\\^\\d{1,4})+\\s+(?=[\\p{Lu}\"“])");

    private final Attribution a;

    CreditClauses(Attribution a) {
        this.a = a;
    }

    /**
     * The sentence of the figure inside what was read as one: a full stop followed by a footnote
     * mark ("were killed.[5] Journalists ...") ends a sentence too.
     */
    static int[] ownSentence(String text, int[] sentence, int at) {
        int s = sentence[0];
        int e = sentence[1];
        int bracket = s;
        while (bracket < e && text.charAt(bracket) != '[' && text.charAt(bracket) != '^') {
            bracket++;   // looked for in the sentence only, not in the rest of the text
        }
        if (bracket >= e) {
            return new int[] {s, e};   // every footnote mark opens with '[' or '^': none in the sentence, no stop found
        }
        Matcher m = FOOTNOTED_STOP.matcher(text);
        m.region(sentence[0], sentence[1]);
        while (m.find()) {
            if (m.end() <= at) {
                s = m.end();
            } else if (m.start() >= at) {
                e = m.start() + 1;
                break;
            }
        }
        return new int[] {s, e};
    }

    /**
     * The nearest credit before the figure, else the nearest after it. A credit right after another
     * figure is that figure's: "from 172, according to HRW, to 580, according to Baku".
     */
    static Credit choose(List<Credit> credits, int at, String lower) {
        Credit best = null;
        for (Credit c : credits) {
            if (c.at() > at && c.trailing() && trailsOwn(lower, c.at(), at)) {
                return c;   // "..., or 598, as the ministry says": the credit right after this figure
            }
        }
        for (Credit c : credits) {
            if (c.at() < at && c.trailing() && trails(lower, c.at(), at) || c.at() > at && opensCoordinateClause(lower, at, c.at())) {
                continue;
            }
            if (c.at() < at && (best == null || best.at() > at || c.at() > best.at())) {
                best = c;
            } else if (c.at() > at && (best == null || best.at() > at && c.at() < best.at())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * "430 were wounded, and the ombudsman says 140 are missing": a credit after the figure whose subject opens a
     * clause of its own after ", and" is that clause's, not the figure's.
     */
    private static boolean opensCoordinateClause(String lower, int figure, int credit) {
        int and = lower.lastIndexOf(", and ", credit);
        if (and < figure) {
            return false;
        }
        String subject = lower.substring(and + 6, credit);
        return !subject.isBlank() && subject.indexOf(',') < 0 && subject.strip().split("\\s+").length <= 6;
    }

    /** Whether the credit at {@code at} comes right after the digits of the figure at {@code figure}: "598, as". */
    private static boolean trailsOwn(String lower, int at, int figure) {
        int i = at;
        while (i > figure && " ,".indexOf(lower.charAt(i - 1)) >= 0 && at - i < 3) {
            i--;
        }
        if (i == at || i <= figure || !Character.isDigit(lower.charAt(i - 1))) {
            return false;
        }
        int n = i;
        while (n > figure && (Character.isDigit(lower.charAt(n - 1)) || lower.charAt(n - 1) == ',')) {
            n--;
        }
        return n - figure < 12 && !Attribution.anyOf(lower, figure, n, ",;:");
    }

    /** Whether the credit at {@code at} comes right after a figure other than the one at {@code figure}: ", according to". */
    static boolean trails(String lower, int at, int figure) {
        int i = at;
        while (i > 0 && " ,(–—-".indexOf(lower.charAt(i - 1)) >= 0 && at - i < 4) {
            i--;
        }
        if (i == at || i == 0 || i >= figure || !Character.isDigit(lower.charAt(i - 1))) {
            return false;
        }
        int n = i;
        while (n > 0 && (Character.isDigit(lower.charAt(n - 1)) || lower.charAt(n - 1) == ',')) {
            n--;
        }
        return !BodyPhrase.isYear(lower.substring(n, i));   // "In March 1992, according to X" is no figure's
    }

    /**
     * The clauses of a sentence as {start, end, goesOn}: goesOn is 1 when the break before the
     * clause carries on the statement before it (a semicolon, "while", a colon).
     */
    List<int[]> clauses(String text, String lower, int[] sentence) {
        List<int[]> breaks = new ArrayList<>();   // {start, end, goesOn}
        List<String> clauseBreaks = a.grammar.list("clause_breaks");
        for (int[] found : breakAts(lower, clauseBreaks, sentence[0], sentence[1])) {
            String br = clauseBreaks.get(found[1]);
            int at = found[0];
            String word = br.replace(",", "").strip();
            int colon = at;
            // "Source: the ministry": the colon of a credit is no clause break
            boolean credit = word.equals(":") && a.before.stream().anyMatch(p -> p.endsWith(":") && Text.phraseEndingAt(lower, List.of(p), colon + 1, sentence[0]) >= 0);
            if (!credit) {
                breaks.add(new int[] {at, at + br.length(), word.equals(":") ? 2 : a.continues.contains(word) ? 1 : 0});
            }
        }
        // ", and Armenian forces occupied ...": a new clause with its own subject
        Matcher and = NEW_SUBJECT.matcher(text);
        and.region(sentence[0], sentence[1]);
        while (and.find()) {
            breaks.add(new int[] {and.start(), and.end(), 0});
        }
        breaks.sort(Comparator.<int[]>comparingInt(b -> b[0]).thenComparingInt(b -> -(b[1] - b[0])));
        List<int[]> out = new ArrayList<>();
        int start = sentence[0];
        int goesOn = 0;
        for (int[] b : breaks) {
            if (b[0] < start) {
                continue;
            }
            out.add(new int[] {start, b[0], goesOn});
            start = b[1];
            goesOn = b[2];
        }
        out.add(new int[] {start, Math.max(start, sentence[1]), goesOn});
        return out;
    }

    /**
     * Where each of {@code breaks} stands in {@code [from, to)} as {@link Text#indexOf} finds it, as {at, index of the
     * break}: break by break in their order, each from the left. One pass over the region: a break is tried only
     * where a char that opens one stands.
     */
    static List<int[]> breakAts(String lower, List<String> breaks, int from, int to) {
        char[] firsts = new char[breaks.size()];
        for (int k = 0; k < firsts.length; k++) {
            if (breaks.get(k).isEmpty()) {
                return breakAtsPlain(lower, breaks, from, to);
            }
            firsts[k] = breaks.get(k).charAt(0);
        }
        int end = Math.min(to, lower.length());
        List<int[]> out = new ArrayList<>();
        for (int at = Math.max(0, from); at < end; at++) {
            char c = lower.charAt(at);
            for (int k = 0; k < firsts.length; k++) {
                if (firsts[k] == c && at + breaks.get(k).length() <= end && lower.startsWith(breaks.get(k), at)) {
                    out.add(new int[] {at, k});
                }
            }
        }
        out.sort(Comparator.comparingInt(f -> f[1]));   // stable: each break's places stay from the left
        return out;
    }

    static List<int[]> breakAtsPlain(String lower, List<String> breaks, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < breaks.size(); k++) {
            for (int at = Text.indexOf(lower, breaks.get(k), from, to); at >= 0; at = Text.indexOf(lower, breaks.get(k), at + 1, to)) {
                out.add(new int[] {at, k});
            }
        }
        return out;
    }
}
