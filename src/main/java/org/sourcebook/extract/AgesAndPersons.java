package org.sourcebook.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads whether a number is an age ("aged 34", "Ali, 27,", "under 18") or a personal count ("two of my sons"). */
final class AgesAndPersons {
    private static final Pattern AGE_ASIDE_BEFORE = Pattern.compile("(?s).*\\p{L}, (?:then |now )?$");
    private static final Pattern AGED_BEFORE = Pattern.compile("(?s).*\\b(?:aged|age|age of)\\s+$");
    /** One person's age as the complement of "was": "she was 64 when the town fell", "who was 12". */
    private static final Pattern ONE_PERSON_WAS = Pattern.compile("(?s).*\\b(?:who|she|he|i)\\s+(?:was|is|am)\\s+$");
    /** A person named or owned before "was": "Leyla Karimova was ", "my cousin was ", "her son is ". */
    private static final Pattern PERSON_WAS = Pattern.compile("(?s).*(?:\\b(?i:my|his|her|our|their)\\s+\\p{Ll}+|\\b\\p{Lu}\\p{Ll}+)\\s+(?:was|is)\\s+$");
    /** Words right after an age that tie it to a moment: "nine when the shelling began", "twelve that winter", "ten at the time". */
    private static final Pattern AGE_MOMENT_AFTER = Pattern.compile("^[ \\t]+(?:when|that (?:night|day|winter|year|february)|at the time|then)\\b");
    private static final Pattern COUNT_BEFORE_ASIDE = Pattern.compile("\\b(?:number|count|total|tally) of [^,;:()]{1,70}, $");

    /** The most of one's own family or friends a text may count: "30 of my relatives". */
    private static final java.math.BigDecimal OWN_CIRCLE = java.math.BigDecimal.valueOf(30);

    private final Exclusions ex;

    AgesAndPersons(Exclusions ex) {
        this.ex = ex;
    }

    /** "my two sons were wounded", "her four cousins": one person's own family, not a count of the event. */
    boolean personal(NumberMention m) {
        String word = Exclusions.wordBeforeSpace(ex.lower.substring(Math.max(0, m.start() - 12), m.start()));
        return word != null && ex.grammar.list("personal_possessives").contains(word) || partOfMine(m);
    }

    /** "Four of the pupils named here", "three of the men in this photograph": " of the " and a noun, then the words that point at it. */
    private static final java.util.regex.Pattern OF_THE_NOUN = java.util.regex.Pattern.compile(" of (?:the|these|those) [\\p{L}'’-]+ ");

    /**
     * "Four of the pupils named here did not survive", "three of the men in this photograph": a part of the people an
     * exhibit, a caption or a document in hand shows ({@code shown_here_phrases}), not a count of the event.
     */
    boolean shownHere(NumberMention m) {
        if (!ex.lower.startsWith(" of th", m.end())) {
            return false;
        }
        java.util.regex.Matcher of = OF_THE_NOUN.matcher(ex.lower).region(m.end(), Math.min(ex.lower.length(), m.end() + 60));
        if (!of.lookingAt()) {
            return false;
        }
        int at = of.end();
        for (int words = 0; words < 2 && at > 0; words++) {
            if (Text.phraseStartingAt(ex.lower, ex.grammar.list("shown_here_phrases"), at) != null) {
                return true;
            }
            at = ex.lower.indexOf(' ', at) + 1;   // "three of the young men in this photograph": a word more before it
        }
        return false;
    }

    /**
     * "2 of my uncles were among the hostages", "Eleven of us left the house": a few of the writer's own family or
     * friends, or of the speaker's own group; not a speaker's people ("One million of my compatriots became
     * refugees", "thousands of us"), which are many.
     */
    private boolean partOfMine(NumberMention m) {
        return (ex.lower.startsWith(" of my ", m.end()) || ofUs(m.end())) && m.value() != null && m.value().compareTo(OWN_CIRCLE) <= 0;
    }

    /** Whether " of us" follows, as a whole word: "six of us came out", "there were eleven of us". */
    private boolean ofUs(int at) {
        int e = at + " of us".length();
        return ex.lower.startsWith(" of us", at) && (e >= ex.lower.length() || !Character.isLetter(ex.lower.charAt(e)));
    }

    /** "The suspect, 45, was detained", "my uncle, then 44, was killed", "aged 70", "at the age of 31": a person's age. */
    boolean age(NumberMention m) {
        if (m.value().compareTo(BigDecimal.valueOf(120)) > 0) {
            return false;
        }
        String before = ex.lower.substring(Math.max(0, m.start() - 16), m.start());
        String after = ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 2));
        if (!m.plain()) {
            // "my grandmother, then sixty-one, stayed": a number in words in an aside after "then" or "now"; "a boy of four";
            // "she was nine when the shelling began"
            boolean worded = m.bound() == null && Character.isLetter(ex.lower.charAt(m.start()));
            return wordedAgeAside(m, before, after) || worded && (personOf(m, before) || personAtMoment(m));
        }
        return after.startsWith(",") && AGE_ASIDE_BEFORE.matcher(before).matches() && !countAside(m) || before.contains("age") && AGED_BEFORE.matcher(before).matches()
                || ageBound(m) || onePersonsAge(m, before) || personOf(m, before) || personAtMoment(m);
    }

    /**
     * "Leyla was nine when the shelling began", "she was 12 at the time", "my cousin was ten that winter": one
     * person (a pronoun, a name, or someone owned) as the subject of "was", and a moment right after the number.
     */
    private boolean personAtMoment(NumberMention m) {
        if (!ex.lower.startsWith(" w", m.end()) && !ex.lower.startsWith(" t", m.end()) && !ex.lower.startsWith(" a", m.end())) {
            return false;
        }
        int from = Math.max(0, m.start() - 40);
        String before = ex.body.substring(from, m.start());
        return (ONE_PERSON_WAS.matcher(ex.lower.substring(from, m.start())).matches() || PERSON_WAS.matcher(before).matches())
                && AGE_MOMENT_AFTER.matcher(ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 24))).find();
    }

    /** "down to a boy of 4", "a woman of 70 who": a person's age after a noun of {@code age_of_nouns} and "of", no noun after it. */
    private boolean personOf(NumberMention m, String before) {
        if (!before.endsWith(" of ")) {
            return false;
        }
        for (String noun : ex.grammar.list("age_of_nouns")) {
            if (before.endsWith(" " + noun + " of ")) {
                Matcher next = Exclusions.NEXT_WORD.matcher(ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 30)));
                return !(next.find() && ex.countWords.contains(next.group(1)) && !ex.grammar.list("predicate_words").contains(next.group(1)));
            }
        }
        return false;
    }

    private boolean wordedAgeAside(NumberMention m, String before, String after) {
        return m.kind() == NumberMention.Kind.CARDINAL && m.bound() == null && Character.isLetter(ex.lower.charAt(m.start()))
                && after.startsWith(",") && (before.endsWith(", then ") || before.endsWith(", now ")) && AGE_ASIDE_BEFORE.matcher(before).matches()
                && !countAside(m);
    }

    /** "the number of children who lost both parents, 25, is unchanged": a count in an aside after what it counts, not an age. */
    private boolean countAside(NumberMention m) {
        return COUNT_BEFORE_ASIDE.matcher(ex.lower.substring(Math.max(0, m.start() - 90), m.start())).find();
    }

    /** "Elmira, who was 12 when she was captured", "She was 64.": one person's age, with no noun of its own after it. */
    private boolean onePersonsAge(NumberMention m, String before) {
        if (!ONE_PERSON_WAS.matcher(before).matches()) {
            return false;
        }
        Matcher next = Exclusions.NEXT_WORD.matcher(ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 30)));
        return !(next.find() && ex.countWords.contains(next.group(1)) && !ex.grammar.list("predicate_words").contains(next.group(1)));
    }

    /**
     * "most victims were under 17", "pupils under 14", "people over 70": a bound on people's age (a
     * minor's or an old person's) after a copula or a people noun, with no noun of its own after it.
     */
    private boolean ageBound(NumberMention m) {
        int v = m.value().intValue();
        String before = ex.lower.substring(Math.max(0, m.start() - 40), m.start());
        for (String key : List.of("age_bounds.below", "age_bounds.above")) {
            boolean below = key.endsWith("below");
            if (below ? v > 21 : v < 50 || v > 99) {
                continue;
            }
            for (String b : ex.grammar.list(key)) {
                if (bracketedAgeBound(m, before, b)) {
                    return true;
                }
                if (before.endsWith(" " + b + " ")) {
                    AnchoredPattern.Finder w = Exclusions.WORD_BEFORE.in(before.substring(0, before.length() - b.length() - 1));
                    String prev = w.find() ? w.group(1) : "";
                    Matcher next = Exclusions.NEXT_WORD.matcher(ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 30)));
                    boolean noun = next.find() && ex.countWords.contains(next.group(1)) && !ex.grammar.list("predicate_words").contains(next.group(1));
                    return !noun && (List.of("were", "was", "are", "is", "be", "been", "aged").contains(prev)
                            || ex.grammar.list("noun_classes.people").contains(prev));
                }
            }
        }
        return false;
    }

    /** "children (under 16)", "elderly (over 60)": a bound in brackets of its own right after a people noun. */
    private boolean bracketedAgeBound(NumberMention m, String before, String bound) {
        String open = "(" + bound + " ";
        if (!before.endsWith(open) || m.end() >= ex.lower.length() || ex.lower.charAt(m.end()) != ')') {
            return false;
        }
        AnchoredPattern.Finder w = Exclusions.WORD_BEFORE.in(before.substring(0, before.length() - open.length()));
        return w.find() && ex.grammar.list("noun_classes.people").contains(w.group(1));
    }
}
