package org.sourcebook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FeedsTimestampTest {
    @Test
    void writesTheTimestampAsStringFormatWould() {
        int[] years = {-12, 0, 7, 99, 999, 1992, 2026, 9999, 10000, 123456};
        int[] days = {0, 1, 9, 10, 12, 28, 31, 99, 100, 1234};
        for (int y : years) {
            for (int m : days) {
                for (int d : days) {
                    assertEquals(String.format(Locale.ROOT, "%04d-%02d-%02dT00:00:00Z", y, m, d), Feeds.timestamp(y, m, d),
                            y + "-" + m + "-" + d);
                }
            }
        }
    }
}
