package org.sourcebook.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {
    private static final List<String> SAMPLES = List.of("", "plain ascii", "Khojaly · 25–26 February “1992”", "Xocalı — ç ş ğ ı ö ü",
            "flag \uD83C\uDDE6\uDD7F? emoji \uD83D\uDE00 end", "lone \uD800 high", "lone \uDC00 low", "end high \uD83D",
            "\u0000\u007F\u0080\u07FF\u0800\uFFFF");

    @Test
    void encodesLikeStringGetBytesHoweverTheTextIsCut() {
        for (String s : SAMPLES) {
            for (int cut = 0; cut <= s.length(); cut++) {
                Utf8Output out = new Utf8Output(1);
                out.write(s, 0, cut);
                out.write(s.toCharArray(), cut, s.length() - cut);
                assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray(), "'" + s + "' cut at " + cut);
            }
        }
    }

    @Test
    void encodesRandomTextLikeStringGetBytes() {
        Random r = new Random(42);
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(200);
            for (int i = 0; i < len; i++) {
                int kind = r.nextInt(5);
                sb.append(kind == 0 ? (char) r.nextInt(0x80) : kind == 1 ? (char) (0x80 + r.nextInt(0x780))
                        : kind == 2 ? (char) r.nextInt(0x10000) : kind == 3 ? "\uD83D\uDE00" : "a");
            }
            String s = sb.toString();
            Utf8Output out = new Utf8Output(4);
            int i = 0;
            while (i < s.length()) {
                int step = Math.min(s.length() - i, 1 + r.nextInt(7));
                if (step == 1 && r.nextBoolean()) {
                    out.write(s.charAt(i));
                } else {
                    out.write(s, i, step);
                }
                i += step;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray(), s);
        }
    }

    @Test
    void escapesHtmlExactlyAsFreemarkersHtmlFormatThenEncodes() throws Exception {
        Random r = new Random(7);
        List<String> texts = new java.util.ArrayList<>(SAMPLES);
        texts.addAll(List.of("<a href=\"x\">Tom & Jerry's</a>", "\uD800<", "a\uD83D>b", "&&&&''\"\"<<>>", "\u00e9<\u00e9>"));
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(80); i > 0; i--) {
                int kind = r.nextInt(6);
                sb.append(kind == 0 ? "<>&\"'".charAt(r.nextInt(5)) : kind == 1 ? (char) r.nextInt(0x80)
                        : kind == 2 ? (char) r.nextInt(0x10000) : kind == 3 ? 'x' : kind == 4 ? '\u2013' : '\uD83D');
            }
            texts.add(sb.toString());
        }
        for (String s : texts) {
            java.io.StringWriter expected = new java.io.StringWriter();
            freemarker.core.HTMLOutputFormat.INSTANCE.output(s, expected);
            Utf8Output out = new Utf8Output(2);
            out.write("[");
            out.writeHtml(s);
            out.write("]");
            assertArrayEquals(("[" + expected + "]").getBytes(StandardCharsets.UTF_8), out.toByteArray(), s);
        }
    }

    @Test
    void escapesHtmlTheSameHoweverTheTextIsCut() throws Exception {
        Random r = new Random(11);
        List<String> texts = new java.util.ArrayList<>(SAMPLES);
        texts.addAll(List.of("<\uD83D\uDE00>", "a&\uD83D\uDE00'b", "\uD83D<\uDE00", "\uDE00\"\uD83D"));
        for (int n = 0; n < 200; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) {
                int kind = r.nextInt(5);
                sb.append(kind == 0 ? "<>&\"'".charAt(r.nextInt(5)) : kind == 1 ? (char) r.nextInt(0x800)
                        : kind == 2 ? "\uD83D\uDE00" : kind == 3 ? "\uD83D" : "\uDE00");
            }
            texts.add(sb.toString());
        }
        for (String s : texts) {
            java.io.StringWriter expected = new java.io.StringWriter();
            freemarker.core.HTMLOutputFormat.INSTANCE.output(s, expected);
            byte[] whole = expected.toString().getBytes(StandardCharsets.UTF_8);
            for (int cut = 0; cut <= s.length(); cut++) {
                // a surrogate pair cut in two is joined again, as one write of the whole would give
                Utf8Output out = new Utf8Output(1);
                out.writeHtml(s.substring(0, cut));
                out.writeHtml(s.substring(cut));
                assertArrayEquals(whole, out.toByteArray(), "'" + s + "' cut at " + cut);
            }
        }
    }
}
