package org.sourcebook.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a state's official record as its government's credit: "the official Ruritanian figure is 590", "official
 * Ruritanian data show", "590 is the official Ruritanian number", "the official toll in Ruritania is 590". A record
 * ({@code attribution_possessed}) that a word of {@code official_record_words} marks, and a nationality adjective
 * ({@code nationality_suffixes}) or "in"/"of" and a country's name that say whose, is that state's government's
 * ("Ruritanian government", "Government of Ruritania"); "the official toll" alone names no one (crediting it from a
 * record named earlier credits one telling of a figure and not its repeat, two claims where the text makes one).
 */
final class OfficialRecords {
    /** A copula between a figure and the record it is: "590 is the official Ruritanian number". */
    private static final Pattern FIGURE_IS = Pattern.compile("^[^,;:()]{0,40}?\\s(?:is|was|remains|remained|are|were)\\s+(?:also\\s+|still\\s+)?(?:the\\s+|an?\\s+)?$");

    /** A government named by a record found at {@code start}. */
    private record Found(String name, int start) {
    }

    private final List<String> markers;
    /** "official Ruritanian figures" (group 1), "Ruritanian official data" (group "second"). */
    private final Pattern adjectiveRecord;
    /** "the official figure in Ruritania", "the official toll of Ruritania": the country is group 1. */
    private final Pattern recordInCountry;

    OfficialRecords(Grammar grammar) {
        this.markers = grammar.list("official_record_words");
        String marker = "(?i:" + alternation(markers) + ")";
        String record = "(?i:" + alternation(grammar.list("attribution_possessed")) + ")\\b";
        String suffix = alternation(grammar.list("nationality_suffixes"));
        this.adjectiveRecord = Pattern.compile("\\b" + marker + "\\s+(\\p{Lu}\\p{Ll}{2,}" + suffix + ")\\s+" + record
                + "|\\b(?<second>\\p{Lu}\\p{Ll}{2,}" + suffix + ")\\s+" + marker + "\\s+" + record);
        this.recordInCountry = Pattern.compile("\\b" + marker + "\\s+" + record + "\\s+(?:in|of)\\s+(\\p{Lu}\\p{Ll}{2,})\\b(?![ \\t]+\\p{Lu})");
    }

    private static String alternation(List<String> words) {
        StringBuilder b = new StringBuilder("(?:");
        words.stream().sorted((x, y) -> y.length() - x.length()).forEach(w -> b.append(b.length() > 3 ? "|" : "").append(Pattern.quote(w)));
        return b.append(')').toString();
    }

    /**
     * The government whose official record in the clause {@code [from, to)} gives the figure at {@code at}: the record
     * before it ("the official Ruritanian figure is 590", "according to official Ruritanian data, 590 ..."), or after it
     * past a copula ("590 is the official Ruritanian number"; not "800, twice the official Ruritanian figure"); else null.
     */
    String forFigure(String text, String lower, int from, int to, int at) {
        int marker = firstMarker(lower, from, to);
        if (marker < 0) {
            return null;
        }
        Found f = find(text, lower, from, to);
        if (f == null || f.start() < at) {
            return f == null ? null : f.name();
        }
        int figureEnd = at;
        while (figureEnd < f.start() && !Character.isWhitespace(text.charAt(figureEnd))) {
            figureEnd++;
        }
        return FIGURE_IS.matcher(text.substring(figureEnd, f.start())).find() ? f.name() : null;
    }

    /** Where the first marker word of {@code [from, to)} stands, or -1. */
    private int firstMarker(String lower, int from, int to) {
        int first = -1;
        for (String m : markers) {
            int at = Text.find(lower, m, from, to);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }
        return first;
    }

    /** A credit's name that is itself a state's official record ("official Ruritanian figures"): its government; else the name. */
    String rename(String name) {
        Found f = firstMarker(Text.lower(name), 0, name.length()) < 0 ? null : find(name, Text.lower(name), 0, name.length());
        return f == null ? name : f.name();
    }

    /** The first official record of {@code [from, to)}, looked for only where a marker word stands. */
    private Found find(String text, String lower, int from, int to) {
        Matcher m = adjectiveRecord.matcher(text).region(from, to);
        if (m.find()) {
            return new Found((m.group(1) != null ? m.group(1) : m.group("second")) + " government", m.start());
        }
        Matcher c = recordInCountry.matcher(text).region(from, to);
        return c.find() ? new Found("Government of " + c.group(1), c.start()) : null;
    }
}
