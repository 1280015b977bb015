package org.sourcebook.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row: a text, then every date read from it as "words=shown date" joined by " | ". */
class DateReaderTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', textBlock = """
            February 26, 2024, is the 32nd anniversary                  ; February 26, 2024=26 February 2024
            Over the night from 25 to 26 February 1992 the forces       ; 25 to 26 February 1992=25–26 February 1992
            On the night of February 25-26 in 1992, the forces          ; February 25-26 in 1992=25–26 February 1992
            at the night from 25th to 26th February of 1992, by the     ; 25th to 26th February of 1992=25–26 February 1992
            On the night of 25 to 26 February 1992, the Armenian        ; 25 to 26 February 1992=25–26 February 1992
            (Kuwait, 27-28 may, 2015) calls upon Member States          ; 27-28 may, 2015=27–28 May 2015
            the Parliament, in February 1994, gave legal assessment     ; February 1994=February 1994
            32 years ago, in February 1992, a genocide                  ; February 1992=February 1992
            within the campaign “Justice for Khojaly” since 2008.       ; since 2008=since 2008
            carried out by Azerbaijan in the fall of 2020 and last year ; fall of 2020=fall 2020
            arose to the Patriotic War on September 27, 2020, calling   ; September 27, 2020=27 September 2020
            measures conducted on September 19, 2023, separatism        ; September 19, 2023=19 September 2023
            raised the flag in Khojaly city on October 15, 2023.        ; October 15, 2023=15 October 2023
            Press release 32nd anniversary 26 February 2024             ; 26 February 2024=26 February 2024
            passed a resolution on February 24, 1994, at his suggestion ; February 24, 1994=24 February 1994
            Resolution 96 (I) dated 11 December 1946 & the Convention   ; 11 December 1946=11 December 1946
            the Resolution 260 (III) of the UN General Assembly of 9 December 1948.) ; 9 December 1948=9 December 1948
            Resolutions 822, 853, 874, 884 from 1993, UNGA Resolution   ; 1993=1993
            dated on March 14, 2008, Resolution 1416 from 2005          ; March 14, 2008=14 March 2008 | 2005=2005
            Following the War in 2020, the restoration in 2023 marked   ; 2020=2020 | 2023=2023
            in the spring 2019 and in autumn of 2021                    ; spring 2019=spring 2019 | autumn of 2021=fall 2021
            It happened in the year 1992.                               ; 1992=1992
            since 1 March 2010 the office has been open                 ; since 1 March 2010=since 1 March 2010
            the 3rd of June, 1990 and Sept. 5 1991                      ; 3rd of June, 1990=3 June 1990 | Sept. 5 1991=5 September 1991
            IN FEBRUARY 1992 AND SINCE 2008, THE FALL OF 2020           ; FEBRUARY 1992=February 1992 | SINCE 2008=since 2008 | FALL OF 2020=fall 2020
            İn 1993, xin 1994, in1995, 1in 1996, Sept 1992, SUMMER OF 1999 ; 1993=1993 | Sept 1992=September 1992 | SUMMER OF 1999=summer 1999
            """)
    void readsTheDatesOfAText(String text, String expected) {
        assertEquals(expected, shown(text), () -> "dates read from: " + text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', textBlock = """
            1275 citizens were taken prisoner and 613 people killed
            a population of 2000 people, increased by 1500
            the city’s tombs and domes from the XIV–XV centuries
            25 children lost both parents, 130 children lost one parent
            on 31 February 1992 and 30 February 2000
            the 366th motorized rifle regiment; 20,000 citizens were killed
            #26February1992 #KhojalyGenocide
            at the end of the 20th century, 32 years have passed
            """)
    void readsNoDateFromTextWithout(String text) {
        assertEquals("", shown(text), () -> "dates read from: " + text);
    }

    /** Words and marks the forms read, and chars that case folding or word starts treat apart (long s, Kelvin sign, dotted I, a surrogate pair). */
    private static final String[] PIECES = {" ", " ", " ", ", ", "\n", "-", "–", ".", "to", "and", "of", "in", "since", "from", "the",
        "year", "fall", "Autumn", "SPRING", "winter", "February", "feb", "Sept", "SEPT.", "may", "June", "dec", "december", "Mar",
        "1", "26", "31", "3rd", "th", "1992", "2024", "20,000", "x", "a", "ſince", "\u212Aa", "İn", "ı", "😀", "٣", "e\u0301",
        "mayor", "man", "Dead", "not", "The", "that", "into", "inc", "Summit", "summer", "fallen", "win", "spr", "ſep", "NOV", "jun"};

    @Test
    void readsAtWordStartsWhatFindReadsEverywhere() throws IOException {
        Random r = new Random(5);
        for (int n = 0; n < 60_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(20); k > 0; k--) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            assertEquals(DateReader.readByFind(text), DateReader.read(text), () -> "dates read from: [" + text + "]");
        }
        // date-shaped texts: the slots of the longest forms in order, some left out, some words off
        String[][] slots = {{"", "x ", "the ", "since ", "in ", "In the year ", "from "}, {"", "25", "3rd", "31", "07", "125"},
            {"", "-", " to ", "–", " and ", " until ", "to"}, {"", "26", "26th", "4"}, {"", " of ", " the "},
            {"", "February", "Feb.", "sept", "May", "fall", "the Summer", "mayor", "dead"}, {"", " 25", " 26th", " to 27"},
            {"", ", ", " of ", " in ", " ", "  \n"}, {"", "1992", "2024", "20201", "1492"}, {"", ".", "x", " and"}};
        for (int n = 0; n < 60_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (String[] slot : slots) {
                sb.append(slot[r.nextInt(slot.length)]).append(r.nextInt(3) == 0 ? " " : "");
            }
            String text = sb.toString();
            assertEquals(DateReader.readByFind(text), DateReader.read(text), () -> "dates read from: [" + text + "]");
        }
        List<Path> dirs = List.of(org.sourcebook.testutil.Project.content().resolve("sources"),
                org.sourcebook.testutil.Project.dir().resolve("src/test/resources/heldout/sources"));
        int read = 0;
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String text = Files.readString(f);
                    assertEquals(DateReader.readByFind(text), DateReader.read(text), () -> "dates read from " + f);
                    read++;
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(read >= 20, "only " + read + " files read");
    }

    private static String shown(String text) {
        List<DateMention> ms = DateReader.read(text);
        for (DateMention m : ms) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + m);
        }
        return ms.stream().map(m -> m.text() + "=" + m.date().display()).collect(Collectors.joining(" | "));
    }
}
