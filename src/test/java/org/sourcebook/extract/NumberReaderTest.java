package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How numbers are read: text → the first number's value, upper bound, kind, unit and bound. */
class NumberReaderTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            613 people                          | 613     | -    | CARDINAL | -        | -
            1,275 hostages                      | 1275    | -    | CARDINAL | -        | -
            1 275 hostages                      | 1275    | -    | CARDINAL | -        | -
            1275 hostages                       | 1275    | -    | CARDINAL | -        | -
            20,000 citizens                     | 20000   | -    | CARDINAL | -        | -
            1.5 million refugees                | 1500000 | -    | CARDINAL | -        | -
            2 million people                    | 2000000 | -    | CARDINAL | -        | -
            six families                        | 6       | -    | CARDINAL | -        | -
            Eight families                      | 8       | -    | CARDINAL | -        | -
            forty-four days                     | 44      | -    | CARDINAL | -        | -
            TWENTY six years                    | 26      | -    | CARDINAL | -        | -
            twenty six years                    | 26      | -    | CARDINAL | -        | -
            six hundred and thirteen people     | 613     | -    | CARDINAL | -        | -
            six hundred thirteen people         | 613     | -    | CARDINAL | -        | -
            one thousand two hundred and seventy-five | 1275 | - | CARDINAL | -       | -
            one million refugees                | 1000000 | -    | CARDINAL | -        | -
            two dozen states                    | 24      | -    | CARDINAL | -        | -
            a dozen families                    | 12      | -    | CARDINAL | -        | -
            a hundred people                    | 100     | -    | CARDINAL | -        | -
            three houses of culture             | 3       | -    | CARDINAL | -        | -
            20% of the land                     | 20      | -    | CARDINAL | percent  | -
            20 % of the land                    | 20      | -    | CARDINAL | percent  | -
            twenty percent of territories       | 20      | -    | CARDINAL | percent  | -
            20 per cent of the land             | 20      | -    | CARDINAL | percent  | -
            a fifth of the territory            | 20      | -    | FRACTION | percent  | approximately
            one fifth of the territory          | 20      | -    | FRACTION | percent  | approximately
            a quarter of the country            | 25      | -    | FRACTION | percent  | approximately
            half of the town                    | 50      | -    | FRACTION | percent  | approximately
            30-year occupation                  | 30      | -    | CARDINAL | years    | -
            30-year-long occupation             | 30      | -    | CARDINAL | years    | -
            44-day war                          | 44      | -    | CARDINAL | days     | -
            ten-year occupation                 | 10      | -    | CARDINAL | years    | -
            161+ dead                           | 161     | -    | CARDINAL | -        | at-least
            500-1000 dead                       | 500     | 1000 | CARDINAL | -        | range
            500–1,000 dead                      | 500     | 1000 | CARDINAL | -        | range
            500 – 1,000 dead                    | 500     | 1000 | CARDINAL | -        | range
            between 500 and 1,000 dead          | 500     | 1000 | CARDINAL | -        | range
            from 200 to 300 dead                | 200     | 300  | CARDINAL | -        | range
            200 to 300 dead                     | 200     | 300  | CARDINAL | -        | range
            from 15 to 25 thousand dead        | 15000   | 25000 | CARDINAL | -       | range
            between two and three million       | 2000000 | 3000000 | CARDINAL | -     | range
            between 800 and 1 thousand          | 800     | 1000 | CARDINAL | -        | range
            two and a half thousand people      | 2500    | -    | CARDINAL | -        | -
            one and a half million refugees     | 1500000 | -    | CARDINAL | -        | -
            three and a half years              | 3.5     | -    | CARDINAL | -        | -
            from one and a half to two thousand | 1500    | 2000 | CARDINAL | -        | range
            a fifth (20%) of the land           | 20      | -    | CARDINAL | percent  | approximately
            one quarter (25%) of the town       | 25      | -    | CARDINAL | percent  | approximately
            32nd anniversary                    | 32      | -    | ORDINAL  | -        | -
            366th regiment                      | 366     | -    | ORDINAL  | -        | -
            21st century                        | 21      | -    | ORDINAL  | -        | -
            thirty-first anniversary            | 0       | -    | ORDINAL  | -        | -
            thirty-second anniversary           | 0       | -    | ORDINAL  | -        | -
            twentieth century                   | 0       | -    | ORDINAL  | -        | -
            the 1990s                           | 1990    | -    | DECADE   | -        | -
            """)
    void readsTheNumber(String text, String value, String max, String kind, String unit, String bound) {
        List<NumberMention> found = NumberReader.read(text);
        NumberMention m = found.get(0);
        String got = m.value().toPlainString() + "|" + (m.valueMax() == null ? "-" : m.valueMax().toPlainString()) + "|" + m.kind()
                + "|" + (m.unit() == null ? "-" : m.unit()) + "|" + (m.bound() == null ? "-" : m.bound().id());
        assertEquals(value + "|" + (max == null ? "-" : max) + "|" + kind + "|" + (unit == null ? "-" : unit) + "|" + (bound == null ? "-" : bound),
                got, () -> "input: " + text + " → " + found);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            hundreds of civilians               | 0
            thousands of Azerbaijanis           | 0
            dozens of villages                  | 0
            822, 853, 874, 884                  | 4
            25 children, 130 children           | 2
            (212) 371-2559                      | 2
            A/78/776                            | 2
            no07024                             | 0
            one of the most terrible crimes     | 1
            2/4 613 people died                 | 3
            3/5 — 1,275 were taken              | 3
            """)
    void countsTheNumbersOfAText(String text, int count) {
        assertEquals(count, NumberReader.read(text).size(), () -> "input: " + text + " → " + NumberReader.read(text));
    }
}
