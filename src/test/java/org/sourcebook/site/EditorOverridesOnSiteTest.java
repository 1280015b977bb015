package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.build.SiteBuilder;
import org.sourcebook.testutil.Project;

/**
 * An editor's overrides as the built site shows them: the review page, where an editor checks what
 * was decided, says which claims an override added or corrected, with the value the site now states
 * and the editor's reason (not the extractor's number alone, which a correction replaced).
 */
class EditorOverridesOnSiteTest {
    private static final String SLUG = "afandiyev-article-2024";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path src = Project.content();
        Path content = tmp.resolve("content");
        try (Stream<Path> all = Files.walk(src)) {
            for (Path p : all.toList()) {
                Path to = content.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!src.relativize(p).startsWith("overrides")) {
                    Files.copy(p, to);
                }
            }
        }
        Files.createDirectories(content.resolve("overrides"));
        Files.writeString(content.resolve("overrides").resolve(SLUG + ".yaml"), """
                add:
                  - quote: "The entire city was destroyed"
                    fact: destroyed.schools
                    value: 99
                    qualifier: approximately
                    reason: "Test: an added claim."
                correct:
                  - quote: "8 households utterly decimated"
                    to: {value: 7}
                    reason: "Test: a corrected value."
                """);
        site = tmp.resolve("site");
        SiteBuilder.build(content, Project.templates(), site);
    }

    private static Element reviewRow(String number) throws IOException {
        Document d = Jsoup.parse(site.resolve("review/index.html").toFile(), "UTF-8", "");
        Element section = d.selectFirst("section:has(h2#r-" + SLUG + ")");
        assertNotNull(section, "no review section for " + SLUG);
        for (Element row : section.select("tbody tr")) {
            if (row.selectFirst("th").text().equals(number)) {
                return row;
            }
        }
        throw new AssertionError("no review row for " + number);
    }

    @Test
    void aCorrectedClaimShowsTheEditorsValueAndReasonOnTheReviewPage() throws IOException {
        Element decision = reviewRow("8").select("td").get(1);
        assertTrue(decision.text().contains("Families with no survivors"), decision.text());
        assertNotNull(decision.selectFirst(".override"), "the row does not say an editor changed it: " + decision.text());
        assertTrue(decision.selectFirst(".override").text().contains("7"), decision.text());
        assertTrue(decision.text().contains("Test: a corrected value."), decision.text());
    }

    @Test
    void anAddedClaimSaysAnEditorAddedItOnTheReviewPage() throws IOException {
        Element decision = reviewRow("The entire city was destroyed").select("td").get(1);
        assertNotNull(decision.selectFirst(".override"), "the row does not say an editor added it: " + decision.text());
        assertTrue(decision.selectFirst(".override").text().contains("about 99"), decision.text());
        assertTrue(decision.text().contains("Test: an added claim."), decision.text());
    }

    @Test
    void anExtractedClaimCarriesNoEditorsMark() throws IOException {
        Element decision = reviewRow("487").select("td").get(1);
        assertEquals(null, decision.selectFirst(".override"), decision.html());
        assertEquals("claim of People wounded, injured, crippled, maimed or disabled", decision.text());
    }
}
