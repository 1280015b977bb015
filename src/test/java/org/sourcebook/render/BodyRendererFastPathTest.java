package org.sourcebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.TextSpan;

/**
 * {@link BodyRenderer}'s text renderer (claims read from an array, a text's cuts sorted as ints,
 * the escape check in one pass) writes what the plain renderer it replaced writes
 * ({@link PlainBodyRenderer}), byte for byte, on random bodies with random, nested, touching and
 * repeated claims and furniture.
 */
class BodyRendererFastPathTest {
    private static final String[] PIECES = {"613 people", " were killed", ", including ", "106 women", "\n\n", "\n",
        "# Heading ", "*stressed* ", "**strong** ", "[a link](https://example.org/a?b=1&c=2) ", "`code & <b>` ",
        "Tom & Jerry ", "a < b > c ", "\"quoted\" ", "it's ", "- item one\n", "1. first\n", "> a quote\n",
        "<div>raw</div> ", "émigré ", "日本語 ", "😀 ", "\ud83d", "x\\*y ", "  \n", "| a | b |\n", "    indented code\n"};

    @Test
    void writesWhatThePlainRendererWrites() {
        Random random = new Random(20261124);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(25);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String body = sb.toString();
            List<ClaimMark> marks = new ArrayList<>();
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(body.length() + 1);
                int end = Math.min(body.length(), start + random.nextInt(40));
                if (random.nextInt(5) == 0 && !marks.isEmpty()) {
                    // a claim that starts or ends with another one
                    ClaimMark other = marks.get(random.nextInt(marks.size()));
                    start = random.nextBoolean() ? other.start() : start;
                    end = random.nextBoolean() ? Math.max(start, other.end()) : end;
                }
                marks.add(new ClaimMark("c-" + i, start, end, "../facts/x.html#c-" + i + "&q=\"1\"", i + 1, "Claim <" + i + ">"));
            }
            List<TextSpan> furniture = new ArrayList<>();
            if (random.nextInt(4) == 0 && body.length() > 2) {
                int start = random.nextInt(body.length() / 2);
                furniture.add(new TextSpan(start, start + random.nextInt(body.length() - start), "Related & more", "detected"));
            }
            assertEquals(PlainBodyRenderer.render(body, furniture, marks), BodyRenderer.render(body, furniture, marks),
                    () -> "body " + body.replace("\n", "\\n") + " marks " + marks + " furniture " + furniture);
        }
    }

    @Test
    void escapesNoneIsTrueExactlyWithoutTheCharsCommonmarkEscapes() {
        for (char c = 0; c < 0x3000; c++) {
            String s = "ab" + c + "cd";
            boolean plain = s.indexOf('&') < 0 && s.indexOf('<') < 0 && s.indexOf('>') < 0 && s.indexOf('"') < 0;
            assertEquals(plain, BodyRenderer.escapesNone(s), () -> "char " + (int) s.charAt(2));
        }
        assertEquals(true, BodyRenderer.escapesNone(""));
    }
}
