package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.testutil.Project;

/** A phrase looked up in a text's {@link PhraseHits} is found exactly where {@link Text#find} finds it. */
class PhraseSetTest {
    private static final List<String> PHRASES = List.of("killed", "kill", "killing of", "murder*", "murder", "the lives of",
            "lives of", "lives", "of", "o", "taken host*", "xocalı", "it's", "-year", "20%", "a", "dead", "death toll", "toll",
            "*", "according to", "per", "said", "killed killed");
    private static final List<String> TEXTS = List.of(
            "613 were killed; killing of 20 killed killed killedx xkilled",
            "Murderers murdered the murder victims: murder. MURDER*",
            "It claimed the lives of 613; the lives of the lives of them. Lives, lives-lost",
            "It’s a 30-year war, 20% of land, taken hostages and taken host, Xocalı and XOCALI",
            "oooo o o-o of off ofo",
            "", "a", "killed", "death toll toll death tolls");

    /** Where a phrase stands in {@code lower} within [from, to), as the scan it is compared with finds it. */
    private interface Finder {
        int find(String lower, String phrase, int from, int to);
    }

    /** Every phrase, over many [from, to) windows of each text, is found by {@code set}'s hits where {@code want} finds it. */
    private static void findsWhere(PhraseSet set, Finder want, String what) throws IOException {
        for (String text : Project.withSourceFiles(TEXTS)) {
            String lower = Text.lower(text);
            PhraseHits hits = set.scan(lower);
            int step = Math.max(1, lower.length() / 300);
            for (String p : PHRASES) {
                for (int from = -1; from <= lower.length() + 1; from += step) {
                    for (int to : new int[] {from, from + 1, from + 7, from + 40, lower.length(), lower.length() + 3}) {
                        int w = want.find(lower, p, from, to);
                        int got = hits.find(p, from, to);
                        if (w != got) {
                            assertEquals(w, got, what + " '" + p + "' in [" + from + ", " + to + ") of: " + text);
                        }
                    }
                }
            }
        }
    }

    @Test
    void findsWhatTextFindFinds() throws IOException {
        findsWhere(new PhraseSet(List.of(PHRASES)), Text::find, "phrase");
    }

    @Test
    void aSetOfLiteralsFindsWhatTextIndexOfFinds() throws IOException {
        findsWhere(new PhraseSet(List.of(PHRASES), true), Text::indexOf, "literal");
        assertEquals(9, new PhraseSet(List.of(List.of("killed")), true).scan("613 were wounded").find("wounded", 0, 16),
                "a string outside the set is looked for as it is");
    }

    @Test
    void thePhrasesPresentAreThoseFoundAnywhere() {
        PhraseSet set = new PhraseSet(List.of(PHRASES));
        for (String text : TEXTS) {
            String lower = Text.lower(text);
            PhraseHits hits = set.scan(lower);
            // "*" holds no literal, so it is outside the set and kept
            List<String> want = PHRASES.stream().filter(p -> p.equals("*") || Text.find(lower, p, 0, lower.length()) >= 0).toList();
            assertEquals(want, hits.present(PHRASES), text);
        }
        assertEquals(List.of("killed", "wounded"), set.scan("613 were killed").present(List.of("killed", "dead", "wounded")),
                "a phrase outside the set is kept");
    }

    @Test
    void aPhraseOutsideTheSetIsLookedForInTheText() {
        PhraseHits hits = new PhraseSet(List.of(List.of("killed"))).scan("613 were wounded");
        assertEquals(9, hits.find("wounded", 0, 16));
        assertEquals(-1, hits.find("killed", 0, 16));
    }
}
