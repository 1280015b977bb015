package org.sourcebook.extract;

import java.math.BigDecimal;
import org.sourcebook.model.Qualifier;

/**
 * One number as written in a text, in UTF-16 offsets.
 *
 * @param value    the number (for a range its lower bound; for a fraction "a fifth" the percent, 20)
 * @param valueMax the upper bound of a range, else null
 * @param kind     cardinal, ordinal ("32nd", "thirty-first"), fraction ("a fifth of") or decade ("1990s")
 * @param unit     a measure the number itself carries ("%", "-year"), else null
 * @param bound    a bound the number itself carries ("580+", "500-1000", "a fifth"), else null
 * @param plain    written as bare digits without separators ("1992"): the shape of a year
 * @param weak     the lone word "one" or "a dozen"-like form: only worth a decision when it is a claim
 */
public record NumberMention(int start, int end, BigDecimal value, BigDecimal valueMax, Kind kind, String unit,
                            Qualifier bound, boolean plain, boolean weak) {

    public enum Kind { CARDINAL, ORDINAL, FRACTION, DECADE }

    NumberMention withEnd(int newEnd) {
        return new NumberMention(start, newEnd, value, valueMax, kind, unit, bound, plain, weak);
    }

    NumberMention withUnit(String newUnit, int newEnd) {
        return new NumberMention(start, newEnd, value, valueMax, kind, newUnit, bound, plain, weak);
    }

    NumberMention withValue(BigDecimal v, int newEnd) {
        return new NumberMention(start, newEnd, v, valueMax, kind, unit, bound, false, false);
    }

    NumberMention withBound(Qualifier q, int newEnd) {
        return new NumberMention(start, newEnd, value, valueMax, kind, unit, q, plain, weak);
    }

    boolean isCardinal() {
        return kind == Kind.CARDINAL || kind == Kind.FRACTION;
    }
}
