package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sourcebook.model.Qualifier;

/** claims.json is written without a mapper; it must be what DataExport's Jackson writer gives. */
class DataExportWriteTest {
    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(20); i > 0; i--) {
            int kind = r.nextInt(5);
            sb.append(kind == 0 ? (char) r.nextInt(0x20) : kind == 1 ? "\"\\<>&/',".charAt(r.nextInt(8))
                    : kind == 2 ? (char) r.nextInt(0x10000) : (char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    @Test
    void claimsJsonIsWhatJacksonWrites() {
        Random r = new Random(9);
        List<ExportedClaim> claims = new ArrayList<>();
        assertArrayEquals(DataExport.json("data/claims.json", claims).bytes(), DataExport.claimsJson("data/claims.json", claims).bytes());
        Qualifier[] qs = Qualifier.values();
        for (int i = 0; i < 500; i++) {
            Qualifier q = qs[r.nextInt(qs.length)];
            BigDecimal v = r.nextBoolean() ? BigDecimal.valueOf(r.nextInt(100_000)) : new BigDecimal("1.2E+3").add(BigDecimal.valueOf(r.nextInt(9), 2));
            claims.add(new ExportedClaim(r.nextInt(10) == 0 ? null : "c-" + text(r), text(r), text(r), v, q,
                    q == Qualifier.RANGE ? v.add(BigDecimal.TEN) : null, text(r), r.nextInt(9999), r.nextInt(9999), r.nextInt(9999),
                    r.nextInt(9999), r.nextBoolean() ? null : text(r), r.nextBoolean() ? "extracted" : "override",
                    r.nextBoolean() ? null : text(r)));
        }
        assertArrayEquals(DataExport.json("data/claims.json", claims).bytes(), DataExport.claimsJson("data/claims.json", claims).bytes());
    }
}
