package org.sourcebook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes search terms. assets/search.js does exactly the same in the browser: the
 * token pattern, the folding and the stop words (shipped in the manifest) must stay in step.
 */
public final class Terms {
    /** A number with thousands separators ("1,275"), or a run of letters and digits (the browser's pattern; {@link Scanner} follows it by hand). */
    static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:,\\p{N}{3})+|[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Words too common to be worth an index entry; the browser drops them from queries too. */
    static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
            "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "that", "the",
            "their", "they", "this", "to", "was", "were", "which", "with");

    /** ASCII characters: 0 separates tokens, 1 a letter, 2 a digit. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = 1;
            ASCII[Character.toUpperCase(c)] = 1;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = 2;
        }
    }

    private Terms() {
    }

    /** Lower case, accents removed, thousands separators dropped: "Xocalı" → "xocalı", "1,275" → "1275". */
    public static String fold(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (ascii(lower)) {
            return lower.indexOf(',') < 0 ? lower : lower.replace(",", "");
        }
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace(",", "");
    }

    /** The indexable terms of {@code text}, in order, repeats kept. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        new Scanner().scan(text, s -> {
            String t = new String(s.buf, 0, s.len);
            if (indexable(t)) {
                out.add(t);
            }
        });
        return out;
    }

    /**
     * Cuts text into tokens as {@link #TOKEN} does and folds each as {@link #fold} does, into a
     * buffer it reuses, with the folded token's {@link String#hashCode}: no String per token.
     * ASCII tokens (nearly all) are cut, folded and hashed in one pass; any other token is cut
     * and folded by {@link #tokenEnd} and {@link #fold}. Not thread-safe.
     */
    static final class Scanner {
        /** The folded token: {@code buf[0..len)}, and its hash. Not checked for {@link #indexable}. */
        char[] buf = new char[256];
        int len;
        int hash;
        /** The text being scanned, copied: reading a char[] is cheaper than String.charAt. */
        private char[] src = new char[256];

        interface Sink {
            void token(Scanner s);
        }

        void scan(String text, Sink sink) {
            int n = text.length();
            if (src.length < n) {
                src = new char[Math.max(n, src.length * 2)];
            }
            text.getChars(0, n, src, 0);
            scan(text, src, n, sink);
        }

        /** Scans {@code text}, whose characters {@code t[0..n)} holds already. */
        void scan(String text, char[] t, int n, Sink sink) {
            if (buf.length < n) {
                buf = new char[Math.max(n, buf.length * 2)];
            }
            int i = 0;
            while (i < n) {
                char c = t[i];
                if (c < 0x80) {
                    byte kind = ASCII[c];
                    if (kind == 0) {
                        i++;
                        continue;
                    }
                    int end = ascii(t, n, i, kind == 2);
                    if (end >= 0) {
                        sink.token(this);
                        i = end;
                        continue;
                    }
                } else {
                    int cp = text.codePointAt(i);
                    if (!word(cp)) {
                        i += Character.charCount(cp);
                        continue;
                    }
                }
                int end = tokenEnd(text, i);
                String folded = fold(text.substring(i, end));
                if (buf.length < folded.length()) {
                    buf = new char[folded.length()];
                }
                folded.getChars(0, folded.length(), buf, 0);
                len = folded.length();
                hash = folded.hashCode();
                sink.token(this);
                i = end;
            }
        }

        /**
         * Cuts, folds and hashes the ASCII token at {@code start}; returns where it ends, or -1
         * when a character that is not ASCII takes part (then the token is cut the general way).
         * The folded token is never longer than the text, and the buffer is as long as the text.
         */
        private int ascii(char[] t, int n, int start, boolean digit) {
            char[] b = buf;
            int k = 0;
            int h = 0;
            int j = start;
            if (digit) {
                while (j < n) {
                    char ch = t[j];
                    if (ch >= 0x80) {
                        return -1;
                    }
                    if (ASCII[ch] != 2) {
                        break;
                    }
                    b[k++] = ch;
                    h = 31 * h + ch;
                    j++;
                }
                int end = j;
                while (end < n && t[end] == ',') {
                    int m = end + 1;
                    int digits = 0;
                    while (digits < 3 && m < n) {
                        char ch = t[m];
                        if (ch >= 0x80) {
                            return -1;
                        }
                        if (ASCII[ch] != 2) {
                            break;
                        }
                        m++;
                        digits++;
                    }
                    if (digits < 3) {
                        break;
                    }
                    for (int d = end + 1; d < m; d++) {
                        b[k++] = t[d];
                        h = 31 * h + t[d];
                    }
                    end = m;
                }
                if (end > j) {
                    len = k;
                    hash = h;
                    return end;
                }
            }
            while (j < n) {
                char ch = t[j];
                if (ch >= 0x80) {
                    return -1;
                }
                if (ASCII[ch] == 0) {
                    break;
                }
                if (ch <= 'Z' && ch >= 'A') {
                    ch += 32;
                }
                b[k++] = ch;
                h = 31 * h + ch;
                j++;
            }
            len = k;
            hash = h;
            return j;
        }
    }

    /** The same as {@link #TOKEN}'s next match from {@code start} (a letter or number), without the regex engine. */
    static int tokenEnd(String text, int start) {
        int n = text.length();
        if (number(text.codePointAt(start))) {
            int j = start;
            while (j < n && number(text.codePointAt(j))) {
                j += Character.charCount(text.codePointAt(j));
            }
            int k = j;
            while (k < n && text.charAt(k) == ',') {
                int m = k + 1;
                int digits = 0;
                while (digits < 3 && m < n && number(text.codePointAt(m))) {
                    m += Character.charCount(text.codePointAt(m));
                    digits++;
                }
                if (digits < 3) {
                    break;
                }
                k = m;
            }
            if (k > j) {
                return k;
            }
        }
        int j = start;
        while (j < n && word(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
        }
        return j;
    }

    private static boolean word(int c) {
        return Character.isLetter(c) || number(c);
    }

    private static boolean number(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static boolean indexable(String term) {
        return !term.isEmpty() && !STOP.contains(term) && (term.length() > 1 || Character.isDigit(term.charAt(0)));
    }
}
