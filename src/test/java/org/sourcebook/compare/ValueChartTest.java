package org.sourcebook.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcebook.model.Qualifier;

class ValueChartTest {
    @ParameterizedTest
    @CsvSource({"0, 1", "8, 10", "6, 10", "487, 500", "1000, 1000", "1275, 2000", "50000, 50000", "2.3, 2.5"})
    void theScaleEndsAtARoundNumberAtOrAboveTheLargestValue(double max, double top) {
        assertEquals(top, ValueChart.niceTop(max), 1e-9);
    }

    @Test
    void rangesAreBarsFromTheirLowerBoundAndQualifiersAreDrawn() {
        String svg = ValueChart.svg(List.of(
                new ValueChart.Bar("A <source>", "500–1,000", new BigDecimal(500), new BigDecimal(1000), Qualifier.RANGE),
                new ValueChart.Bar("B", "more than 1,000", new BigDecimal(1000), new BigDecimal(1000), Qualifier.MORE_THAN),
                new ValueChart.Bar("C", "about 800", new BigDecimal(800), new BigDecimal(800), Qualifier.APPROXIMATELY),
                new ValueChart.Bar("D", "up to 900", new BigDecimal(900), new BigDecimal(900), Qualifier.UP_TO)), "t");
        assertTrue(svg.startsWith("<svg class=\"chart\"") && svg.endsWith("</svg>"), svg);
        assertTrue(svg.contains("A &lt;source&gt;"), "labels are escaped: " + svg);
        // scale 0..1000 over 394 units from x=6: the range starts half way
        assertTrue(svg.contains("<rect class=\"bar\" x=\"203.0\""), svg);
        assertTrue(svg.contains("class=\"arrow\"") && svg.contains("class=\"tail\"") && svg.contains("class=\"bar open\"")
                && svg.contains("class=\"cap\""), svg);
    }

    @Test
    void aLongTitleIsShownWholeOverSeveralLinesWithItsValueAndATooltip() {
        // titles were cut to about 50 characters with an ellipsis: "32 years have passed since Khojaly genocide, one of t…"
        String title = "32 years have passed since Khojaly genocide, one of the most terrible crimes of the 20th century";
        String svg = ValueChart.svg(List.of(
                new ValueChart.Bar(title, "more than 1,000", new BigDecimal(1000), new BigDecimal(1000), Qualifier.MORE_THAN),
                new ValueChart.Bar("Short", "8", new BigDecimal(8), new BigDecimal(8), Qualifier.EXACT)), "t");
        assertTrue(!svg.contains("…"), svg);
        List<String> lines = ValueChart.lines(title, "more than 1,000");
        assertTrue(lines.size() >= 2, lines.toString());
        assertEquals(title + " more than 1,000", String.join(" ", lines), "every word, in order");
        lines.forEach(l -> assertTrue(l.length() <= ValueChart.LINE_CHARS, l));
        assertTrue(lines.get(lines.size() - 1).endsWith("more than 1,000"), "the value is not split");
        // the text of the label, tags stripped, is the whole title and the value; the row's tooltip says the same
        String text = svg.replaceAll("<title>[^<]*</title>", "").replaceAll("<[^>]+>", "|").replaceAll("\\|+", "|");
        assertTrue(text.contains(String.join("|", lines.subList(0, lines.size() - 1))), text);
        assertTrue(svg.contains("<title>" + title + ": more than 1,000</title>"), svg);
        // the rows below move down by the extra lines: the second bar starts below the first row's lines
        int extra = (lines.size() - 1) * 16;
        assertTrue(svg.contains("<rect class=\"bar\" x=\"6.0\" y=\"" + (40 + 20 + extra) + "\""), svg);
        assertTrue(svg.contains("height=\"" + (2 * 40 + 28 + extra) + "\""), svg);
    }
}
