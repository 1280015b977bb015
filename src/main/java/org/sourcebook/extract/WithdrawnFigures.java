package org.sourcebook.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reads whether a figure is one the text takes back: misstated, wrongly given as, or a deed it denies. */
final class WithdrawnFigures {
    private final Exclusions ex;

    WithdrawnFigures(Exclusions ex) {
        this.ex = ex;
    }

    /** "(Corrects the number of prisoners, which was misstated as 1,700)": a figure the text says was wrong ({@code withdrawn_before}). */
    boolean withdrawn(NumberMention m) {
        String before = ex.lower.substring(Math.max(0, m.start() - 40), m.start());
        for (String w : ex.grammar.list("withdrawn_before")) {
            if (Exclusions.endsWithThenSpace(before, w)) {
                return true;
            }
        }
        return deniedDeed(before) || wronglyAs(m) || statementToJudge(m) || earlierPieceSaid(m) || guessAsked(m);
    }

    /**
     * "how many died again?? like 900?": a figure right before a question mark, on a line that asks how many
     * ({@code count_questions}), is a guess put as a question, not what the text says.
     */
    private boolean guessAsked(NumberMention m) {
        int q = m.end();
        while (q < ex.lower.length() && ex.lower.charAt(q) == ' ') {
            q++;
        }
        if (q >= ex.lower.length() || ex.lower.charAt(q) != '?') {
            return false;
        }
        int ls = Text.lineStart(ex.lower, m.start(), 200);
        String line = ex.lower.substring(ls, m.start());
        for (String w : ex.grammar.list("count_questions")) {
            if (line.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A piece of the publisher's own named by its date and page in brackets: "(14 March, page 9)", "(“Title”, May 2, p. 3)". */
    private static final Pattern DATED_PAGE = Pattern.compile("\\([^()]{0,120}?(?:\\b\\d{1,2}\\s+\\p{L}+|\\b\\p{L}+\\s+\\d{1,2})\\s*,\\s*(?:page|p\\.)\\s*\\d+\\s*\\)");
    /** Whether the body names an earlier piece at all ("version", "edition", "page"): read once. */
    private Boolean piecesNamed;

    /**
     * "An earlier version of this story gave the toll as 900", "A report on the vigil (14 March, page 9) said that 90
     * children died": a figure that a correction says the publisher's own earlier piece gave ({@code withdrawn_pieces},
     * or a piece named by date and page), after one of {@code withdrawn_saying_verbs}, is the figure it withdraws.
     */
    private boolean earlierPieceSaid(NumberMention m) {
        if (piecesNamed == null) {
            piecesNamed = ex.lower.contains("version") || ex.lower.contains("edition") || ex.lower.contains("page");
        }
        if (!piecesNamed) {
            return false;
        }
        int from = Math.max(0, m.start() - 300);
        int stop = Math.max(Math.max(ex.lower.lastIndexOf(". ", m.start()), ex.lower.lastIndexOf('\n', m.start())), ex.lower.lastIndexOf("; ", m.start()));
        String before = ex.lower.substring(Math.max(from, stop + 1), m.start());
        int piece = -1;
        for (String w : ex.grammar.list("withdrawn_pieces")) {
            int at = before.indexOf(w);
            if (at >= 0) {
                piece = at + w.length();
                break;
            }
        }
        if (piece < 0 && before.contains("page")) {
            java.util.regex.Matcher d = DATED_PAGE.matcher(before);
            piece = d.find() ? d.end() : -1;
        }
        if (piece < 0) {
            return false;
        }
        String said = before.substring(piece);
        for (String v : ex.grammar.list("withdrawn_saying_verbs")) {
            int at = said.indexOf(v);
            if (at > 0 && !Character.isLetter(said.charAt(at - 1)) && (at + v.length() == said.length() || !Character.isLetter(said.charAt(at + v.length())))) {
                return true;
            }
        }
        return false;
    }

    /** A quiz's line that asks whether what it says is so: "5. Nine families were wiped out. T / F", "True or false: ...". */
    private static final Pattern TO_JUDGE = Pattern.compile(
            "(?i)^[\\s>*_\\-\\d.)]*(?:true or false\\b|t\\s*/\\s*f\\s*:).*|.*(?:\\bt\\s*/\\s*f|\\btrue\\s*/\\s*false|\\(true or false\\??\\)|\\btrue or false\\?)[\\s*_]*$");

    /**
     * "5. Nine families were wiped out completely.   T / F": a statement a worksheet gives to be judged true or false
     * is no claim of the text (its key may say it is false).
     */
    private boolean statementToJudge(NumberMention m) {
        int ls = Text.lineStart(ex.lower, m.start(), 400);
        int le = ex.lower.indexOf('\n', m.end());
        le = le < 0 ? ex.lower.length() : le;
        return cueWithin(ls, le) && TO_JUDGE.matcher(ex.lower.substring(ls, le)).matches();
    }

    /**
     * Where the body's cues of {@link #TO_JUDGE} stand, as start and end pairs in order of start; computed once per body
     * (Exclusions is per body). Each alternative of TO_JUDGE needs one whole inside the text it matches: "true or false"
     * (ASCII case ignored; regionMatches ignores case at least as widely) or a "/" then whitespace ({@code \s}) then "f"
     * or "F" ("t / f", "true/false"). Without one inside a line TO_JUDGE cannot match it; with one it decides.
     */
    private int[] cues;

    private boolean cueWithin(int from, int to) {
        if (cues == null) {
            cues = judgeCues(ex.lower);
        }
        for (int k = 0; k < cues.length; k += 2) {
            if (cues[k] >= from && cues[k + 1] <= to) {
                return true;
            }
        }
        return false;
    }

    private static int[] judgeCues(String s) {
        int[] out = new int[0];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = -1;
            if (c == '/') {
                int j = i + 1;
                while (j < s.length() && " \t\n\013\f\r".indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                end = j < s.length() && (s.charAt(j) == 'f' || s.charAt(j) == 'F') ? j + 1 : -1;
            } else if ((c == 't' || c == 'T') && s.regionMatches(true, i, "true or false", 0, 13)) {
                end = i + 13;
            }
            if (end >= 0) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, Math.max(8, n * 2));
                }
                out[n++] = i;
                out[n++] = end;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * "We wrongly described the number of dead as \"over 6,000\"", "the toll was mistakenly put at 900": a figure after
     * "as" or "at" in a clause where an adverb of error ({@code withdrawn_adverbs}) stands before it is the figure the
     * text withdraws.
     */
    private boolean wronglyAs(NumberMention m) {
        if (!adverbInBody()) {
            return false;   // the clause below is part of the body: without an adverb of error anywhere, none is in it
        }
        int from = Math.max(0, m.start() - 120);
        String before = ex.lower.substring(from, m.start());
        int e = before.length();
        while (e > 0 && " \"“”'‘’«".indexOf(before.charAt(e - 1)) >= 0) {
            e--;
        }
        String head = before.substring(0, e) + " ";
        for (List<String> qs : ex.grammar.lists("qualifiers").values()) {
            for (String q : qs) {
                if (Exclusions.endsWithThenSpace(head, q)) {
                    head = head.substring(0, head.length() - q.length() - 1);
                    while (head.endsWith(" ") || head.endsWith("\"") || head.endsWith("“")) {
                        head = head.substring(0, head.length() - 1);
                    }
                    head = head + " ";
                }
            }
        }
        if (!Exclusions.endsWithThenSpace(head, "as") && !Exclusions.endsWithThenSpace(head, "at")) {
            return false;
        }
        int stop = Math.max(Math.max(head.lastIndexOf(". "), head.lastIndexOf("; ")), Math.max(head.lastIndexOf('\n'), head.lastIndexOf(", but ")));
        String clause = head.substring(stop + 1);
        for (String w : ex.grammar.list("withdrawn_adverbs")) {
            int at = clause.indexOf(w);
            if (at >= 0 && (at == 0 || !Character.isLetter(clause.charAt(at - 1)))
                    && (at + w.length() >= clause.length() || !Character.isLetter(clause.charAt(at + w.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether some {@code withdrawn_adverbs} (its words without the spaces around) stands in the body; null until asked (Exclusions is per body). */
    private Boolean adverbs;

    private boolean adverbInBody() {
        if (adverbs == null) {
            boolean any = false;
            for (String w : ex.grammar.list("withdrawn_adverbs")) {
                String core = w.strip();
                any |= core.isEmpty() || ex.lower.contains(core);
            }
            adverbs = any;
        }
        return adverbs;
    }

    /**
     * "You cannot kill 5,000 people in a town of 3,000", "they could not have murdered over 1,000": a verb of a
     * fact's cues right before the figure, negated by a modal ({@code negated_modals}), says the deed was not done.
     */
    private boolean deniedDeed(String before) {
        before = ex.qualifierPhrases.strip(before);   // "cannot kill over 5,000"
        String verb = Exclusions.wordBeforeSpace(before);
        // "cannot be less than 485": a copula with a bound bounds the figure, it denies no deed
        if (verb == null || !ex.v.cueWords.contains(verb) || verb.equals("be") || verb.equals("been")) {
            return false;
        }
        String rest = before.substring(0, before.length() - 1 - verb.length());
        if (Exclusions.endsWithThenSpace(rest, "have")) {
            rest = rest.substring(0, rest.length() - 5);
        }
        for (String w : ex.grammar.list("negated_modals")) {
            if (Exclusions.endsWithThenSpace(rest, w)) {
                return true;
            }
        }
        return false;
    }
}
