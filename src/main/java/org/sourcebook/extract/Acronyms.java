package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.model.Claim;

/**
 * A figure credited to a body by its initials ("172+ (HRW)") is credited to the body's name when the source
 * spells that name out somewhere ("Human Rights Watch"): the same body, named as a reader would look it up.
 * The name is a run of capitalized words whose initials spell the acronym; small joining words ("of", "for",
 * "the", "and", "in", "on") may stand between them ("Organization for Security and Co-operation in Europe").
 */
final class Acronyms {
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Set<String> JOINS = Set.of("of", "for", "the", "and", "in", "on", "de", "&");

    private Acronyms() {
    }

    /** The claims, each credit that is a body's initials spelled out where the body's name stands in {@code body}. */
    static List<Claim> spelledOut(List<Claim> claims, String body) {
        Map<String, String> names = new HashMap<>();
        List<Claim> out = new ArrayList<>(claims.size());
        List<int[]> words = null;
        for (Claim c : claims) {
            String credit = c.attributedTo() == null ? null : c.attributedTo().strip();
            if (credit == null || !ACRONYM.matcher(credit).matches()) {
                out.add(c);
                continue;
            }
            if (words == null) {
                words = words(body);
            }
            List<int[]> w = words;
            String name = names.computeIfAbsent(credit, a -> nameOf(a, body, w));
            out.add(name.isEmpty() ? c : new Claim(c.id(), c.source(), c.fact(), c.value(), c.qualifier(), c.valueMax(), c.quote(),
                    c.start(), c.end(), name, c.origin(), c.note()));
        }
        return out;
    }

    private static List<int[]> words(String body) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(body);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The first run of words in {@code body} whose capitalized words' initials spell {@code acronym}, or "". */
    static String nameOf(String acronym, String body, List<int[]> words) {
        for (int i = 0; i < words.size(); i++) {
            int end = spells(acronym, body, words, i);
            if (end >= 0) {
                return body.substring(words.get(i)[0], words.get(end)[1]);
            }
        }
        return "";
    }

    /** The index of the last word of a name starting at word {@code i} that spells {@code acronym}, or -1. */
    private static int spells(String acronym, String body, List<int[]> words, int i) {
        int k = 0;
        int j = i;
        int last = -1;
        while (j < words.size() && k < acronym.length()) {
            int[] w = words.get(j);
            if (j > i && !body.substring(words.get(j - 1)[1], w[0]).isBlank()) {
                return -1;   // a name runs on between words set off by blanks only
            }
            char first = body.charAt(w[0]);
            if (Character.isUpperCase(first)) {
                if (first != acronym.charAt(k)) {
                    return -1;
                }
                k++;
                last = j;
            } else if (j == i || !JOINS.contains(body.substring(w[0], w[1]))) {
                return -1;
            }
            j++;
        }
        return k == acronym.length() && last > i ? last : -1;
    }
}
