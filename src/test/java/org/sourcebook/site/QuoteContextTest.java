package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A quote's context (ViewFactory.before/after) looks at a window of text only; it must cut where a whole-text search cuts. */
class QuoteContextTest {
    private static final int CONTEXT = 160;

    /** The context before, found with searches over the whole text (as it was first written). */
    private static String before(String body, int start) {
        int from = Math.max(0, start - CONTEXT);
        int para = body.lastIndexOf("\n\n", start);
        if (para >= from) {
            from = para + 2;
        }
        int sentence = Math.max(body.lastIndexOf(". ", start - 1), Math.max(body.lastIndexOf("; ", start - 1), body.lastIndexOf("\n", start - 1)));
        if (sentence >= from) {
            from = sentence + 2 > start ? start : sentence + 2;
        }
        return (from > 0 && from == Math.max(0, start - CONTEXT) ? "…" : "") + body.substring(from, start).replace('\n', ' ');
    }

    private static String after(String body, int end) {
        int to = Math.min(body.length(), end + CONTEXT);
        for (int i = end; i < to; i++) {
            char c = body.charAt(i);
            if (c == '\n' || ((c == '.' || c == ';') && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1))))) {
                to = c == '\n' ? i : i + 1;
                break;
            }
        }
        return body.substring(end, to).replace('\n', ' ') + (to < body.length() && to == end + CONTEXT ? "…" : "");
    }

    private static String orFailure(java.util.function.Supplier<String> s) {
        try {
            return s.get();
        } catch (StringIndexOutOfBoundsException e) {
            return "(fails)";
        }
    }

    @Test
    void cutsWhereSearchesOverTheWholeTextCut() {
        Random r = new Random(11);
        String alphabet = "ab .;\n\t–x";
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(500); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String body = sb.toString();
            for (int k = 0; k < 5; k++) {
                int at = r.nextInt(body.length() + 1);
                // (where the reference cuts past the start, at a line break, both fail)
                assertEquals(orFailure(() -> before(body, at)), orFailure(() -> ViewFactory.before(body, at)),
                        "before " + at + " in [" + body + "]");
                assertEquals(after(body, at), ViewFactory.after(body, at), "after " + at + " in [" + body + "]");
            }
        }
    }
}
