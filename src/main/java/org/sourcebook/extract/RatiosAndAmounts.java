package org.sourcebook.extract;

import java.util.List;
import java.util.regex.Matcher;

/** Reads whether a number measures something other than a count of people or events: a ratio ("a factor of four", "7 to 0"), an amount of money, a sample size ("n = 23"). */
final class RatiosAndAmounts {
    private final Exclusions ex;
    private final List<String> ratioBefore;
    private final List<String> ratioAfter;

    RatiosAndAmounts(Exclusions ex) {
        this.ex = ex;
        this.ratioBefore = ex.v.grammar.list("ratio_before");
        this.ratioAfter = ex.v.grammar.list("ratio_after");
    }

    /** "differ by a factor of almost four", "three times as many", "a fourfold rise": a ratio, not a count. */
    boolean ratio(NumberMention m) {
        String before = ex.lower.substring(Math.max(0, m.start() - 40), m.start());
        before = ex.qualifierPhrases.strip(before);   // "a factor of almost four"
        // "by a vote of 7 to 0": the second figure of a ratio after its first (the pattern is tried only
        // where what is before ends as it must: "to", "-", "–" or ":" and spaces)
        Matcher second = Exclusions.RATIO_SECOND.matcher(before);
        if (Exclusions.mayEndRatioSecond(before) && second.find()) {
            before = before.substring(0, second.start() + 1);
        }
        for (String w : ratioBefore) {
            if (Exclusions.endsWithThenSpace(before, w)) {
                return true;
            }
        }
        String after = ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 12));
        for (String w : ratioAfter) {
            if (after.startsWith(w) && (after.length() == w.length() || !Character.isLetter(after.charAt(w.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "£9,400", "$3,500", "€2.5 million", "900,000 manats", "USD 40,000": an amount of money (a sign or code of the
     * grammar's {@code currency_before} right before the figure, or a word of {@code currency_after} right after it).
     */
    boolean money(NumberMention m) {
        int i = m.start();
        while (i > 0 && ex.body.charAt(i - 1) == ' ') {
            i--;
        }
        String before = ex.lower.substring(Math.max(0, i - 8), i);
        for (String c : ex.grammar.list("currency_before")) {
            if (before.endsWith(c) && (c.length() == 1 && !Character.isLetter(c.charAt(0))
                    || before.length() == c.length() || !Character.isLetter(before.charAt(before.length() - c.length() - 1)))) {
                return true;
            }
        }
        Matcher w = Exclusions.NEXT_WORD.matcher(ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 20)));
        return w.find() && ex.grammar.list("currency_after").contains(w.group(1));
    }

    /** "(n = 23)", "n=140": the size of a sample a study drew on, not a count of the event. */
    boolean sampleSize(NumberMention m) {
        int i = m.start();
        while (i > 0 && (ex.body.charAt(i - 1) == ' ' || ex.body.charAt(i - 1) == '=')) {
            i--;
        }
        return i < m.start() && ex.body.substring(i, m.start()).contains("=") && i > 0 && (ex.body.charAt(i - 1) == 'n' || ex.body.charAt(i - 1) == 'N')
                && (i == 1 || !Character.isLetterOrDigit(ex.body.charAt(i - 2)));
    }
}
