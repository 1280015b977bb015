package org.sourcebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.TextSpan;

class BodyRendererTest {

    private static ClaimMark mark(String body, String id, String quote, int n) {
        int at = body.indexOf(quote);
        return new ClaimMark(id, at, at + quote.length(), "../facts/x.html#" + id, n, "Claim " + n);
    }

    /** The text of every mark that carries the claim's class, joined: the highlighted quote. */
    private static String highlighted(Document doc, String id) {
        StringBuilder sb = new StringBuilder();
        for (Element m : doc.select("mark." + id)) {
            sb.append(m.wholeText());
        }
        return sb.toString();
    }

    @Test
    void highlightsEveryClaimAtItsOffsetsEvenWhenNested() {
        String body = "As a result, 613 people, including 106 women, were killed. Then 1,275 were taken hostage.";
        List<ClaimMark> marks = List.of(
                mark(body, "c-killed-613", "613 people, including 106 women, were killed", 1),
                mark(body, "c-women-106", "106 women", 2),
                mark(body, "c-hostages-1275", "1,275 were taken hostage", 3));
        Document doc = Jsoup.parse(BodyRenderer.render(body, List.of(), marks));
        assertEquals("613 people, including 106 women, were killed", highlighted(doc, "c-killed-613"));
        assertEquals("106 women", highlighted(doc, "c-women-106"));
        assertEquals("1,275 were taken hostage", highlighted(doc, "c-hostages-1275"));
        for (String id : List.of("c-killed-613", "c-women-106", "c-hostages-1275")) {
            assertEquals(1, doc.select("#" + id).size(), "one anchor for " + id);
        }
        assertEquals(3, doc.select("a.claim-ref").size());
        doc.select("a.claim-ref").remove();
        assertEquals(body, doc.select("p").first().text(), "the text itself is unchanged apart from the markers");
    }

    @Test
    void rawHtmlAndScriptLinksAreShownAsTextNeverRun() {
        String body = "Hello <script>alert(1)</script> and <img src=x onerror=alert(2)> [x](javascript:alert(3))\n\n<div onclick=\"x()\">block</div>";
        String html = BodyRenderer.render(body, List.of(), List.of());
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, img, div[onclick]").isEmpty(), html);
        assertFalse(html.contains("href=\"javascript:"), html);
        assertTrue(doc.text().contains("<script>alert(1)</script>"), "the raw HTML stays visible as text");
    }

    @Test
    void furnitureIsSetApartAndKeepsItsText() {
        String body = "The statement.\n\nRelated posts\n\nOther story";
        int at = body.indexOf("Related posts");
        String html = BodyRenderer.render(body, List.of(new TextSpan(at, body.length(), "Related posts", "editor")), List.of());
        Document doc = Jsoup.parse(html);
        Element aside = doc.selectFirst("aside.furniture");
        assertTrue(aside != null && aside.text().contains("Related posts") && aside.text().contains("Other story"), html);
        assertTrue(doc.selectFirst("p").text().equals("The statement."));
    }
}
