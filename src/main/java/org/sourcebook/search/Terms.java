package org.sourcebook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text becomes search terms. assets/search.js does exactly the same in the browser: the
 * token pattern, the folding and the stop words (shipped in the manifest) must stay in step.
 */
public final class Terms {
    /** A number with thousands separators ("1,275"), or a run of letters and digits. */
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
        if (lower.chars().allMatch(c -> c < 0x80)) {
            return lower.indexOf(',') < 0 ? lower : lower.replace(",", "");
        }
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace(",", "");
    }

    /** The indexable terms of {@code text}, in order, repeats kept. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = fold(m.group());
            if (indexable(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean indexable(String term) {
        return !term.isEmpty() && !STOP.contains(term) && (term.length() > 1 || Character.isDigit(term.charAt(0)));
    }
}
