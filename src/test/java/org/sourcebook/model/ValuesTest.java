package org.sourcebook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValuesTest {
    private static String reference(BigDecimal v) {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    @Test
    void wholeNumbersAreGroupedAsDecimalFormatGroupsThem() {
        for (String s : List.of("0", "7", "12", "999", "1000", "1275", "12345", "613000", "1000000", "-5", "-1275",
                "1.2E+3", "5E+6", "999999999999999999", "-999999999999999999", "123456789012345678901234567890")) {
            BigDecimal v = new BigDecimal(s);
            assertEquals(reference(v), Values.number(v), s);
        }
        for (long n = -2000; n <= 200_000; n += 7) {
            assertEquals(reference(BigDecimal.valueOf(n)), Values.number(BigDecimal.valueOf(n)), Long.toString(n));
        }
    }

    @Test
    void fractionsKeepThreeDecimals() {
        for (String s : List.of("0.5", "1275.0", "2.25", "0.0005", "1234.5678", "20.5")) {
            assertEquals(reference(new BigDecimal(s)), Values.number(new BigDecimal(s)), s);
        }
    }
}
