package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sourcebook.model.Claim;

/**
 * One body named two ways in one source: a figure credited to "Human Rights Watch" in an abstract
 * and to "Human Rights Watch/Helsinki" in a list, or to "the Azerbaijani State Commission" and to the
 * "State Commission on Prisoners of War, Hostages and Missing Persons", is one claim repeated (FACTS:
 * a figure a source repeats is one claim). A repeat takes the name the figure was first credited to.
 * Two names are of one body when the words of one are all in the other, or when both hold the same
 * run of two or more capitalized words ending in a body's noun ("State Commission"); "the Armenian
 * government" and "the Azerbaijani government" share only a noun and stay two.
 */
final class BodyNames {
    private static final Set<String> JOINS = Set.of("the", "of", "on", "for", "and", "in", "at", "de");
    /** A head right before a figure that points back to one given before: "the earliest figure, ", "its total of ". */
    private static final java.util.regex.Pattern BACK_HEAD = java.util.regex.Pattern.compile(
            "\\b(?:figure|total|toll|count|estimate|tally)(?:\\s+of)?\\s*,?\\s*$");

    private BodyNames() {
    }

    /** The claims, each repeat of a figure credited to a body named before in another way taking that name. */
    static List<Claim> onePerBody(List<Claim> claims, Set<String> bodyNouns) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Claim named = c;
            if (c.attributedTo() != null) {
                for (Claim earlier : out) {
                    if (earlier.attributedTo() != null && !earlier.attributedTo().equals(c.attributedTo()) && earlier.fact().equals(c.fact())
                            && earlier.value().compareTo(c.value()) == 0 && earlier.qualifier() == c.qualifier()
                            && (earlier.valueMax() == null ? c.valueMax() == null : c.valueMax() != null && earlier.valueMax().compareTo(c.valueMax()) == 0)
                            && same(earlier.attributedTo(), c.attributedTo(), bodyNouns)) {
                        named = new Claim(c.id(), c.source(), c.fact(), c.value(), c.qualifier(), c.valueMax(), c.quote(), c.start(), c.end(),
                                earlier.attributedTo(), c.origin(), c.note());
                        break;
                    }
                }
            }
            out.add(named);
        }
        return out;
    }

    /**
     * "The earliest figure, 213, reflects ...", "the total of 580, by contrast, ...": a figure named again with a
     * head that points back to a figure given before, and credited to no one, is the repeat of the same
     * figure credited before (same fact, value and bound) and takes that credit; so is a bare figure in the
     * paragraph of the credited one ({@link #bare}).
     */
    static List<Claim> repeatsCredited(List<Claim> claims, String lower) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Claim named = c;
            boolean backHead = c.attributedTo() == null && BACK_HEAD.matcher(lower).region(Math.max(0, c.start() - 40), c.start()).find();
            if (c.attributedTo() == null && (backHead || bare(c))) {
                for (int k = out.size() - 1; k >= 0; k--) {
                    Claim earlier = out.get(k);
                    if (earlier.attributedTo() != null && earlier.start() < c.start() && earlier.fact().equals(c.fact())
                            && (backHead || !lower.substring(earlier.end(), c.start()).contains("\n\n"))
                            && earlier.value().compareTo(c.value()) == 0 && earlier.qualifier() == c.qualifier()
                            && (earlier.valueMax() == null ? c.valueMax() == null : c.valueMax() != null && earlier.valueMax().compareTo(c.valueMax()) == 0)) {
                        named = new Claim(c.id(), c.source(), c.fact(), c.value(), c.qualifier(), c.valueMax(), c.quote(), c.start(), c.end(),
                                earlier.attributedTo(), c.origin(), c.note());
                        break;
                    }
                }
            }
            out.add(named);
        }
        return out;
    }

    /**
     * "**TOLL CLIMBS TO 580**" over "The number of dead rose to 580, the prosecutor's office said": a figure in a
     * headline (a line of its own that is a heading, bold throughout, or in capitals) credited to no one is the figure
     * its story gives again under it (same fact, value and bound, before the next headline) and takes that one's credit.
     */
    static List<Claim> headlinesCredited(List<Claim> claims, String body) {
        List<Claim> out = new ArrayList<>(claims);
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            if (c.attributedTo() != null) {
                continue;
            }
            int ls = body.lastIndexOf('\n', Math.max(0, c.start() - 1)) + 1;
            int le = body.indexOf('\n', c.end());
            le = le < 0 ? body.length() : le;
            if (!headline(body.substring(ls, le))) {
                continue;
            }
            for (Claim later : claims) {
                if (later.attributedTo() == null || later.start() <= le || later.fact() == null || !later.fact().equals(c.fact())
                        || later.value().compareTo(c.value()) != 0 || later.qualifier() != c.qualifier()
                        || (later.valueMax() == null) != (c.valueMax() == null)
                        || later.valueMax() != null && later.valueMax().compareTo(c.valueMax()) != 0) {
                    continue;
                }
                if (anotherHeadlineBetween(body, le, later.start())) {
                    continue;
                }
                out.set(i, new Claim(c.id(), c.source(), c.fact(), c.value(), c.qualifier(), c.valueMax(), c.quote(), c.start(), c.end(),
                        later.attributedTo(), c.origin(), c.note()));
                break;
            }
        }
        return out;
    }

    /** A headline's line: a heading ("# ..."), bold throughout ("**...**"), or written in capitals (no lower-case letter). */
    private static boolean headline(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.startsWith("#") || t.startsWith("**") && t.endsWith("**") && t.indexOf("**", 2) == t.length() - 2) {
            return true;
        }
        long letters = t.codePoints().filter(Character::isLetter).count();
        return letters >= 8 && t.codePoints().noneMatch(Character::isLowerCase);
    }

    private static boolean anotherHeadlineBetween(String body, int from, int to) {
        int p = from;
        while (p < to) {
            int ls = p + 1;
            int le = body.indexOf('\n', ls);
            le = le < 0 ? body.length() : le;
            if (ls < to && le <= to && headline(body.substring(ls, le))) {
                return true;
            }
            p = le;
            if (le >= body.length()) {
                break;
            }
        }
        return false;
    }

    /**
     * A figure whose quote is the number alone ("Neither contradicts 580."): what it counts comes from what was said
     * before, so in the paragraph of a figure credited before (same fact, value and bound) it is that figure again.
     */
    private static boolean bare(Claim c) {
        return c.quote().codePoints().noneMatch(Character::isLetter);
    }

    static boolean same(String a, String b, Set<String> bodyNouns) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (!wa.isEmpty() && !wb.isEmpty() && (wb.containsAll(wa) || wa.containsAll(wb))) {
            return true;
        }
        Set<String> pa = properPairs(a, bodyNouns);
        pa.retainAll(properPairs(b, bodyNouns));
        return !pa.isEmpty();
    }

    private static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}@_]+")) {
            if (!w.isEmpty() && !JOINS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Pairs of capitalized words side by side whose second is a body's noun: "state commission". */
    private static Set<String> properPairs(String name, Set<String> bodyNouns) {
        Set<String> out = new HashSet<>();
        String[] toks = name.split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i + 1 < toks.length; i++) {
            String x = toks[i];
            String y = toks[i + 1];
            if (!x.isEmpty() && !y.isEmpty() && Character.isUpperCase(x.charAt(0)) && Character.isUpperCase(y.charAt(0))
                    && bodyNouns.contains(y.toLowerCase(Locale.ROOT))) {
                out.add(x.toLowerCase(Locale.ROOT) + " " + y.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
