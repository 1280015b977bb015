package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A text's words, and which of them a lexicon holds. */
class WordsTest {
    @Test
    void marksTheWordsOfTheLexicon() {
        Set<String> lexicon = Set.of("a", "one", "twenty", "half", "é", "xocalı");
        String text = "A one-twenty halfway half, é, xocalı one's 𝐀one onE ones a";
        Words w = Words.of(text.toLowerCase(), new Words.Lexicon(lexicon));
        List<String> known = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            assertEquals(lexicon.contains(w.get(i)), w.known(i), w.get(i));
            if (w.known(i)) {
                known.add(w.get(i));
            }
        }
        assertEquals(List.of("a", "one", "twenty", "half", "é", "xocalı", "one", "one", "a"), known);
    }
}
