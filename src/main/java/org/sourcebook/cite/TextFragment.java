package org.sourcebook.cite;

import java.nio.charset.StandardCharsets;

/**
 * Links to a quote inside a web page with a text fragment ({@code #:~:text=}), as the URL
 * Fragment Text Directive specification defines it: the text is percent-encoded, including the
 * characters the directive itself uses ({@code - , &}).
 */
public final class TextFragment {
    /** Quotes longer than this are linked by their first and last words (textStart,textEnd). */
    private static final int WORDS_EACH_END = 5;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private TextFragment() {
    }

    /** {@code url} with a directive that highlights {@code quote}; an existing fragment is kept. */
    public static String link(String url, String quote) {
        String q = SPACES.matcher(quote).replaceAll(" ").strip();
        if (q.isEmpty()) {
            return url;
        }
        String[] words = q.split(" ");
        String directive;
        if (words.length > 2 * WORDS_EACH_END + 2) {
            directive = encode(String.join(" ", java.util.Arrays.copyOfRange(words, 0, WORDS_EACH_END))) + ","
                    + encode(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - WORDS_EACH_END, words.length)));
        } else {
            directive = encode(q);
        }
        String sep = url.contains("#") ? ":~:text=" : "#:~:text=";
        return url + sep + directive;
    }

    /** Percent-encodes UTF-8 bytes of everything but ASCII letters, digits and {@code . _ ~}. */
    public static String encode(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(utf8.length + 16);
        for (byte b : utf8) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }
}
