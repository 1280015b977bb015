package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a figure is credited to, within its clause: "according to Human Rights Watch", "Memorial
 * reported", "the ministry says", "..., said the Azerbaijani government".
 */
final class Attribution {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");
    private static final Pattern ASIDE = Pattern.compile(",[^,;:]{1,60},\\s*$");
    private static final Pattern TRAILING_POINT_OR_POSSESSIVE = Pattern.compile("[.’']s?$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern FINAL_POINT = Pattern.compile("[.]$");
    private static final List<String> CONNECTORS = List.of("of", "for", "the", "and", "&", "on", "de", "des", "du", "la", "in");
    private static final List<String> AUXILIARIES = List.of("has", "have", "had", "also", "later", "earlier", "then", "initially", "officially", "reportedly", "would", "once", "first");

    private final Grammar grammar;
    private final Set<String> nouns;
    private final Set<String> stopwords;
    private final Set<String> predicateWords;

    Attribution(Grammar grammar) {
        this.grammar = grammar;
        this.nouns = Set.copyOf(grammar.list("attribution_nouns"));
        this.stopwords = Set.copyOf(grammar.list("attribution_stopwords"));
        this.predicateWords = Set.copyOf(grammar.list("predicate_words"));
    }

    /** The body credited within {@code [from, to)} of {@code text}, if any. */
    Optional<String> find(String text, PhraseHits hits, int from, int to) {
        String lower = hits.lower();
        for (String p : hits.present(grammar.list("attribution_before"))) {
            int at = hits.find(p, from, to);
            if (at >= 0) {
                Optional<String> name = forward(text, lower, at + p.length(), to);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        for (String v : hits.present(grammar.list("attribution_verbs"))) {
            int at = hits.find(v, from, to);
            while (at >= 0) {
                Optional<String> name = backward(text, lower, from, at);
                if (name.isEmpty()) {
                    name = forward(text, lower, at + v.length(), to);
                    if (name.isPresent() && !startsCapital(name.get())) {
                        name = Optional.empty();
                    }
                }
                if (name.isPresent()) {
                    return name;
                }
                at = hits.find(v, at + v.length(), to);
            }
        }
        return Optional.empty();
    }

    private static boolean startsCapital(String s) {
        return !s.isEmpty() && (Character.isUpperCase(s.charAt(0)) || s.startsWith("the ") && s.length() > 4 && Character.isUpperCase(s.charAt(4)));
    }

    /** A name after "according to": capitalized words, connectors, attribution nouns. */
    private Optional<String> forward(String text, String lower, int from, int to) {
        Matcher m = TOKEN.matcher(text);
        m.region(from, to);
        List<int[]> taken = new ArrayList<>();
        int pos = from;
        while (m.find()) {
            String gap = text.substring(pos, m.start());
            if (!gap.isBlank() && !taken.isEmpty() || gap.contains(",") || gap.contains(";") || gap.contains("(")) {
                break;
            }
            String w = m.group();
            String lw = TRAILING_POINT_OR_POSSESSIVE.matcher(Text.norm(w)).replaceAll("");
            boolean cap = Character.isUpperCase(w.charAt(0));
            boolean ok = cap || CONNECTORS.contains(lw) && !taken.isEmpty() || lw.equals("the") && taken.isEmpty()
                    || nouns.contains(lw) || isAdjectiveBeforeNoun(lower, m.end(), to);
            if (!ok || Character.isDigit(w.charAt(0))) {
                break;
            }
            taken.add(new int[] {m.start(), m.end()});
            pos = m.end();
            if (taken.size() > 8) {
                break;
            }
        }
        return name(text, taken);
    }

    private boolean isAdjectiveBeforeNoun(String lower, int end, int to) {
        Matcher m = TOKEN.matcher(lower);
        m.region(end, to);
        return m.find() && m.start() == end + 1 && nouns.contains(m.group());
    }

    /**
     * Whether {@link #ASIDE} may match [from, to) of {@code text}: it ends on a comma and white space
     * ({@code ,\s*$}), or on a line end that {@code $} matches before.
     */
    private static boolean mayEndWithComma(String text, int from, int to) {
        if (to > from && "\u0085\u2028\u2029".indexOf(text.charAt(to - 1)) >= 0) {
            return true;
        }
        int e = to;
        while (e > from && " \t\n\u000B\f\r".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e > from && text.charAt(e - 1) == ',';
    }

    /** A name right before a verb: "Human Rights Watch reported", "Azerbaijani authorities say". */
    private Optional<String> backward(String text, String lower, int from, int verbAt) {
        // "Human Rights Watch, in its 1993 report, stated": step over an aside between commas
        Matcher aside = ASIDE.matcher(text);
        aside.region(from, verbAt);
        if (mayEndWithComma(text, from, verbAt) && aside.find()) {
            verbAt = aside.start();
        }
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        m.region(from, verbAt);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        int i = tokens.size() - 1;
        while (i >= 0 && AUXILIARIES.contains(Text.norm(text.substring(tokens.get(i)[0], tokens.get(i)[1])))) {
            i--;
        }
        List<int[]> taken = new ArrayList<>();
        int nextStart = i >= 0 && i + 1 < tokens.size() ? tokens.get(i + 1)[0] : verbAt;
        for (; i >= 0; i--) {
            int[] t = tokens.get(i);
            String gap = text.substring(t[1], nextStart);
            if (!gap.isBlank()) {
                break;
            }
            String w = text.substring(t[0], t[1]);
            String lw = POSSESSIVE.matcher(Text.norm(w)).replaceAll("");
            boolean cap = Character.isUpperCase(w.charAt(0));
            boolean noun = nouns.contains(lw);
            boolean connector = CONNECTORS.contains(lw) && !taken.isEmpty();
            boolean adjective = !cap && !noun && !connector && !taken.isEmpty() && lw.length() > 2
                    && !stopwords.contains(lw) && !predicateWords.contains(lw)
                    && nouns.contains(Text.norm(text.substring(taken.get(taken.size() - 1)[0], taken.get(taken.size() - 1)[1])))
                    && taken.size() < 3 && i > 0 && Character.isUpperCase(text.charAt(tokens.get(i - 1)[0]));
            if (!(cap || noun || connector || adjective) || Character.isDigit(w.charAt(0))) {
                break;
            }
            if (taken.isEmpty() && !cap && !noun) {
                break;
            }
            taken.add(0, t);
            nextStart = t[0];
            if (taken.size() > 8) {
                break;
            }
        }
        while (!taken.isEmpty() && CONNECTORS.contains(Text.norm(text.substring(taken.get(0)[0], taken.get(0)[1])))) {
            taken.remove(0);
        }
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        String last = Text.norm(text.substring(taken.get(taken.size() - 1)[0], taken.get(taken.size() - 1)[1]));
        boolean anyCap = taken.stream().anyMatch(t -> Character.isUpperCase(text.charAt(t[0])));
        if (!anyCap && !nouns.contains(last)) {
            return Optional.empty();
        }
        if (!anyCap) {
            return Optional.empty();
        }
        return name(text, taken);
    }

    private Optional<String> name(String text, List<int[]> taken) {
        while (!taken.isEmpty() && CONNECTORS.contains(Text.norm(text.substring(taken.get(taken.size() - 1)[0], taken.get(taken.size() - 1)[1])))) {
            taken.remove(taken.size() - 1);
        }
        while (!taken.isEmpty() && Text.norm(text.substring(taken.get(0)[0], taken.get(0)[1])).equals("the")) {
            taken.remove(0);
        }
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        String first = Text.norm(text.substring(taken.get(0)[0], taken.get(0)[1]));
        if (taken.size() == 1 && stopwords.contains(first)) {
            return Optional.empty();
        }
        if (stopwords.contains(first) && taken.size() > 1) {
            taken.remove(0);
        }
        String n = text.substring(taken.get(0)[0], taken.get(taken.size() - 1)[1]);
        n = FINAL_POINT.matcher(POSSESSIVE.matcher(n).replaceAll("")).replaceAll("");
        return n.isBlank() ? Optional.empty() : Optional.of(n);
    }
}
