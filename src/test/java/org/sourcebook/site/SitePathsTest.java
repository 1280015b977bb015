package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Output paths are checked by a char loop; it must accept exactly what the SAFE pattern matches. */
class SitePathsTest {
    @Test
    void acceptsExactlyWhatThePatternMatches() {
        for (String p : List.of("", "a", "a/", "/a", "a//b", "a/b", "index.html", "facts/killed.women-2.html", "-a", "a/-b", "a/.b",
                "A.html", "a b", "a_b/c-d.e", "sources/s000001.csl.json", "search/idx/d12.js", ".", "a/.", "é")) {
            assertEquals(SitePaths.SAFE.matcher(p).matches(), SitePaths.safe(p), p);
        }
        Random r = new Random(2);
        String alphabet = "az09._-/A é";
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String p = sb.toString();
            assertEquals(SitePaths.SAFE.matcher(p).matches(), SitePaths.safe(p), p);
        }
    }
}
