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
    /** A number with thousands separators ("1,275"), or a run of letters and digits (the browser's pattern; {@link #of} follows it by hand). */
    static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:,\\p{N}{3})+|[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Words too common to be worth an index entry; the browser drops them from queries too. */
    static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
            "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "that", "the",
            "their", "they", "this", "to", "was", "were", "which", "with");

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
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!word(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end = tokenEnd(text, i);
            String t = fold(text.substring(i, end));
            if (indexable(t)) {
                out.add(t);
            }
            i = end;
        }
        return out;
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
