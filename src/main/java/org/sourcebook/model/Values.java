package org.sourcebook.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats stated values the same way everywhere on the site. */
public final class Values {
    private Values() {
    }

    /** "1,275", "0.5": grouped thousands, at most three decimals (rounded half-even). */
    public static String number(BigDecimal v) {
        if (v.scale() <= 0 && v.precision() - v.scale() < 19) {
            // a whole number: grouped by hand, the same text DecimalFormat gives without parsing a pattern per value
            return grouped(v.longValue());
        }
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    private static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            sb.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            sb.append(',').append(digits, i, i + 3);
        }
        return sb.toString();
    }

    public static String display(BigDecimal value, Qualifier q, BigDecimal max) {
        if (q == Qualifier.RANGE) {
            return number(value) + "\u2013" + number(max);
        }
        String n = number(value);
        return q.phrase().isEmpty() ? n : q.phrase() + " " + n;
    }
}
