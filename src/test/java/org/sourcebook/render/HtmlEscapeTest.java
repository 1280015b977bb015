package org.sourcebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlEscapeTest {
    /** The escaping char by char, as it was written before texts with nothing to escape were returned as they are. */
    private static String plainEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void escapesAsCharByCharEscapingDoes() {
        List<String> texts = new ArrayList<>(List.of("", "plain", "Tom & Jerry's <b>\"x\"</b>", "’—“1992”", "a>b", "'", "\uD83D\uDE00&"));
        Random r = new Random(3);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(60); i > 0; i--) {
                int kind = r.nextInt(4);
                sb.append(kind == 0 ? "&<>\"'".charAt(r.nextInt(5)) : kind == 1 ? (char) r.nextInt(0x10000) : (char) ('a' + r.nextInt(26)));
            }
            texts.add(sb.toString());
        }
        for (String s : texts) {
            assertEquals(plainEscape(s), Html.escape(s), s);
        }
        assertEquals("", Html.escape(null));
    }

    @Test
    void firstEscapedIsTheFirstOfTheJdksSearches() {
        Random r = new Random(11);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                int kind = r.nextInt(5);
                sb.append(kind == 0 ? "&<>\"'".charAt(r.nextInt(5)) : kind == 1 ? (char) r.nextInt(0x10000) : (char) r.nextInt(128));
            }
            String s = sb.toString();
            int first = -1;
            for (char c : "&<>\"'".toCharArray()) {
                int i = s.indexOf(c);
                if (i >= 0 && (first < 0 || i < first)) {
                    first = i;
                }
            }
            assertEquals(first, Html.firstEscaped(s), s);
        }
    }
}
