package org.sourcebook.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats stated values the same way everywhere on the site. */
public final class Values {
    private Values() {
    }

    public static String number(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    public static String display(BigDecimal value, Qualifier q, BigDecimal max) {
        if (q == Qualifier.RANGE) {
            return number(value) + "\u2013" + number(max);
        }
        String n = number(value);
        return q.phrase().isEmpty() ? n : q.phrase() + " " + n;
    }
}
