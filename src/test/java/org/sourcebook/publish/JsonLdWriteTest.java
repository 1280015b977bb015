package org.sourcebook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** JSON-LD is written without a mapper; it must be exactly what Jackson (keys sorted, then < > & escaped) writes. */
class JsonLdWriteTest {
    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(30); i > 0; i--) {
            int kind = r.nextInt(6);
            sb.append(kind == 0 ? (char) r.nextInt(0x20) : kind == 1 ? "\"\\<>&/'".charAt(r.nextInt(7))
                    : kind == 2 ? (char) r.nextInt(0x10000) : kind == 3 ? '\u2013' : (char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    private static Object value(Random r, int depth) {
        int kind = depth > 2 ? 0 : r.nextInt(4);
        if (kind == 1) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = r.nextInt(5); i > 0; i--) {
                m.put(r.nextBoolean() ? "@" + text(r) : text(r), value(r, depth + 1));
            }
            return m;
        }
        if (kind == 2) {
            List<Object> l = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                l.add(value(r, depth + 1));
            }
            return l;
        }
        return kind == 3 ? (Object) r.nextInt() : text(r);
    }

    @Test
    void writesWhatJacksonWrites() {
        Random r = new Random(3);
        for (int n = 0; n < 2000; n++) {
            Object v = value(r, 0);
            assertEquals(JsonLd.writeWithJackson(v), JsonLd.write(v), String.valueOf(v));
        }
        Map<String, Object> real = new LinkedHashMap<>();
        real.put("@type", "Claim");
        real.put("text", "1,275 “hostages” <b> & \u2028 \t\n \uD83D\uDE00");
        real.put("about", Map.of("@id", "../facts/hostages.html#fact"));
        assertEquals(JsonLd.writeWithJackson(real), JsonLd.write(real));
    }
}
