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
    /**
     * A head right before a figure (or the quote that opens with its noun) that points back to one given before: "the
     * earliest figure, ", "its total of ", "the number of hostages, " or "the number of " before "hostages, 1,140".
     */
    private static final java.util.regex.Pattern BACK_HEAD = java.util.regex.Pattern.compile(
            "\\b(?:(?:figure|total|toll|count|estimate|tally)(?:\\s+of)?\\s*,?|number\\s+of(?:(?:\\s+[\\p{L}-]+){1,3}\\s*,)?)\\s*$");

    /**
     * A line that opens a speaker's turn of a transcript with the speaker's label: "HOST (Jane Roe): ", "DR. JOHN DOE: ",
     * "[01:02] REPORTER: ", "**Jane Roe:** ": capitals only, or two or more capitalized words.
     */
    private static final java.util.regex.Pattern TURN_LABEL = java.util.regex.Pattern.compile(
            "(?m)^[ \\t>]*(?:\\[[\\d:.]+\\]\\s*)?[*_]*(?:\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,4}"
            + "|\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,4})(?:\\s*\\([^()\\n]{1,40}\\))?[*_]*:[*_]*\\s");

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
    static List<Claim> repeatsCredited(List<Claim> claims, String body, String lower) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Claim named = c;
            boolean backHead = c.attributedTo() == null && BACK_HEAD.matcher(lower).region(Math.max(0, c.start() - 40), c.start()).find();
            if (c.attributedTo() == null && (backHead || bare(c))) {
                for (int k = out.size() - 1; k >= 0; k--) {
                    Claim earlier = out.get(k);
                    if (earlier.attributedTo() != null && earlier.start() < c.start() && earlier.fact().equals(c.fact())
                            && (backHead || !lower.substring(earlier.end(), c.start()).contains("\n\n"))
                            && !TURN_LABEL.matcher(body).region(earlier.end(), c.start()).find()   // another speaker's figure
                            && earlier.value().compareTo(c.value()) == 0 && earlier.qualifier() == c.qualifier()
                            && (earlier.valueMax() == null ? c.valueMax() == null : c.valueMax() != null && earlier.valueMax().compareTo(c.valueMax()) == 0)) {
                        named = new Claim(c.id(), c.source(), c.fact(), c.value(), c.qualifier(), c.valueMax(), c.quote(), c.start(), c.end(),
                                earlier.attributedTo(), c.origin(), c.note());
                        break;
                    }
                }
                if (named == c && backHead) {
                    // "The figure of 172 that is waved about ... Human Rights Watch documented at least 172": the figure
                    // the paragraph goes on to credit
                    for (Claim later : claims) {
                        if (later.attributedTo() != null && later.start() > c.end() && later.fact().equals(c.fact())
                                && later.value().compareTo(c.value()) == 0 && !lower.substring(c.end(), later.start()).contains("\n\n")
                                // "range from about 20,000 to 30,000" is not the later "20,000 killed"
                                && (later.valueMax() == null ? c.valueMax() == null : c.valueMax() != null && later.valueMax().compareTo(c.valueMax()) == 0)) {
                            named = new Claim(c.id(), c.source(), c.fact(), c.value(), c.qualifier(), c.valueMax(), c.quote(), c.start(), c.end(),
                                    later.attributedTo(), c.origin(), c.note());
                            break;
                        }
                    }
                }
            }
            out.add(named);
        }
        return out;
    }

    /**
     * "Officials in the capital gave figures of 300–600 dead, ..." over a table "| 1992 | Officials (press) | 300–600 |"
     * that lists each body's figure: an uncredited figure of running text that a table row of the same text credits
     * (same fact, value and bound) is that body's figure, the table's record of what the text tells.
     */
    static List<Claim> tableCredited(List<Claim> claims, String lower) {
        List<Claim> rows = new ArrayList<>();
        for (Claim c : claims) {
            if (c.attributedTo() != null && inTableRow(lower, c.start())) {
                rows.add(c);
            }
        }
        if (rows.isEmpty()) {
            return claims;
        }
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Claim named = c;
            if (c.attributedTo() == null && !inTableRow(lower, c.start())) {
                String credit = null;
                for (Claim row : rows) {
                    if (row.fact().equals(c.fact()) && row.value().compareTo(c.value()) == 0 && row.qualifier() == c.qualifier()
                            && (row.valueMax() == null ? c.valueMax() == null : c.valueMax() != null && row.valueMax().compareTo(c.valueMax()) == 0)) {
                        if (credit != null && !credit.equals(row.attributedTo())) {
                            credit = null;   // two bodies' rows give the figure: the text's own is neither's
                            break;
                        }
                        credit = row.attributedTo();
                    }
                }
                if (credit != null) {
                    named = new Claim(c.id(), c.source(), c.fact(), c.value(), c.qualifier(), c.valueMax(), c.quote(), c.start(), c.end(),
                            credit, c.origin(), c.note());
                }
            }
            out.add(named);
        }
        return out;
    }

    private static boolean inTableRow(String lower, int at) {
        int ls = lower.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        while (ls < at && (lower.charAt(ls) == ' ' || lower.charAt(ls) == '>')) {
            ls++;
        }
        return ls < lower.length() && lower.charAt(ls) == '|';
    }

    /**
     * "**TOLL CLIMBS TO 512**" over "The toll rose to 512, the Health Ministry said": an uncredited figure in a headline
     * (a heading, or a line in bold alone) that the story under it gives again with a credit, before the next
     * headline, is that credited figure (same fact, value and bound) and takes its credit.
     */
    static List<Claim> headlinesCredited(List<Claim> claims, String body) {
        List<Claim> out = new ArrayList<>(claims);
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            int[] line = headline(body, c.start());
            if (c.attributedTo() != null || line == null) {
                continue;
            }
            for (Claim later : out) {
                if (later.attributedTo() != null && later.start() > line[1] && later.fact().equals(c.fact())
                        && later.value().compareTo(c.value()) == 0 && later.qualifier() == c.qualifier()
                        && (later.valueMax() == null ? c.valueMax() == null : c.valueMax() != null && later.valueMax().compareTo(c.valueMax()) == 0)
                        && nextHeadline(body, line[1], later.start()) < 0) {
                    out.set(i, new Claim(c.id(), c.source(), c.fact(), c.value(), c.qualifier(), c.valueMax(), c.quote(), c.start(), c.end(),
                            later.attributedTo(), c.origin(), c.note()));
                    break;
                }
            }
        }
        return out;
    }

    /** The line holding {@code at} as {start, end} when it is a headline: "# ...", or bold from end to end; else null. */
    private static int[] headline(String body, int at) {
        int s = body.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int e = body.indexOf('\n', at);
        e = e < 0 ? body.length() : e;
        String line = body.substring(s, e).strip();
        boolean heading = line.startsWith("#");
        boolean bold = line.length() > 4 && line.startsWith("**") && line.endsWith("**") && line.indexOf("**", 2) == line.length() - 2;
        return heading || bold ? new int[] {s, e} : null;
    }

    /** Where the first headline line in {@code [from, to)} starts, or -1. */
    private static int nextHeadline(String body, int from, int to) {
        int s = from;
        while (s < to) {
            int e = body.indexOf('\n', s);
            e = e < 0 ? body.length() : e;
            if (e > s && headline(body, s) != null && !body.substring(s, e).isBlank()) {
                return s;
            }
            s = e + 1;
        }
        return -1;
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
