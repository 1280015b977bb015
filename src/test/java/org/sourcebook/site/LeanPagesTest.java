package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.build.ArchiveLoader;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactDef;
import org.sourcebook.testutil.Project;

/**
 * What is shown once instead of on every page: a split fact's chart and values table are on its
 * first page only (the others link to them), and a statement on a fact page links to its claim's
 * citation on the source page instead of repeating it; the concordance's empty and differing
 * cells carry their words for screen readers only (the dot and the ≠ are the style sheet's).
 */
class LeanPagesTest {
    @TempDir
    static Path dir;
    private static Archive archive;
    private static final Map<String, Document> pages = new HashMap<>();

    @BeforeAll
    static void render() throws Exception {
        Path content = dir.resolve("content");
        new CorpusGenerator(11).write(Project.content(), content, 300);
        archive = ArchiveLoader.load(content).archive();
        for (SiteFile f : new SitePlanner(archive, Project.templates()).files()) {
            if (f.path().endsWith(".html")) {
                pages.put(f.path(), Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8), "https://example.org/" + f.path()));
            }
        }
    }

    private static Document page(String path) {
        Document d = pages.get(path);
        assertNotNull(d, "no page " + path);
        return d;
    }

    private static FactDef biggest() {
        return archive.schema().all().stream().max(java.util.Comparator.comparingInt(f -> archive.claimsFor(f.id()).size())).orElseThrow();
    }

    @Test
    void aSplitFactShowsItsValuesOnItsFirstPageAndTheOthersLinkThere() {
        FactDef f = biggest();
        int n = new ViewFactory(archive).factPages(f);
        assertTrue(n >= 3, "a fact with several pages: " + n);
        Document first = page(Paging.factPage(f.id(), 1));
        Element table = first.selectFirst("section[aria-labelledby=h-values] .table-wrap table");
        assertNotNull(table, "the values table on the first page");
        assertNotNull(first.selectFirst("section[aria-labelledby=h-values] figure.value-chart svg"), "the chart on the first page");
        assertNull(first.selectFirst(".values-elsewhere"));
        int rows = table.select("tbody tr").size();
        assertEquals(new ViewFactory(archive).values(f).size(), rows, "a row for each value");
        // the table's links lead to statements on every page of the fact, each of which exists
        for (Element a : table.select("tbody a")) {
            String[] target = a.attr("href").split("#");
            Document d = page("facts/" + target[0]);
            assertNotNull(d.getElementById(target[1]), "the statement " + a.attr("href"));
        }
        for (int p = 2; p <= n; p++) {
            Document d = page(Paging.factPage(f.id(), p));
            assertNull(d.getElementById("h-values"), "no second values table on page " + p);
            assertNull(d.selectFirst("figure.value-chart"), "no second chart on page " + p);
            Element link = d.selectFirst("p.values-elsewhere a");
            assertNotNull(link, "page " + p + " links to the values");
            assertEquals(f.id() + ".html#h-values", link.attr("href").replaceFirst("^\\.\\./facts/", ""));
            assertEquals(rows > 0, !d.select(".statement").isEmpty());
        }
    }

    @Test
    void everyStatementOnAFactPageLinksToItsClaimsCitationOnTheSourcePage() {
        int checked = 0;
        for (FactDef f : archive.schema().all()) {
            for (int p = 1; p <= new ViewFactory(archive).factPages(f); p++) {
                String path = Paging.factPage(f.id(), p);
                for (Element st : page(path).select(".statement")) {
                    assertNull(st.selectFirst("details.cite"), "no citation repeated on the fact page");
                    Element a = st.selectFirst(".where .cite-link a");
                    assertNotNull(a, "a cite link in " + st.id());
                    assertEquals("Cite this", a.text());
                    String[] target = a.attr("href").split("#");
                    String sourcePath = "sources/" + target[0].replaceFirst("^\\.\\./sources/", "");
                    Element cite = page(sourcePath).getElementById(target[1]);
                    assertNotNull(cite, "the citation " + a.attr("href") + " from " + path);
                    assertTrue(cite.parent() != null && cite.parent().is("details.cite"), "inside the claim's Cite this: " + cite);
                    String claimId = target[1].substring("cite-".length());
                    Source s = archive.expectSource(st.id().split("--")[0]);
                    Claim c = archive.claimsOf(s.slug()).stream().filter(x -> x.id().equals(claimId)).findFirst().orElseThrow();
                    assertEquals(Citations.claim(c, s, archive.config()).replaceAll("\\s+", " ").trim(), cite.text(), "the claim's whole citation");
                    checked++;
                }
            }
        }
        assertEquals(archive.claimCount(), checked, "every claim's statement checked");
    }

    @Test
    void theConcordancesMarksAreDrawnByTheStyleSheetAndItsWordsAreForScreenReaders() {
        int empty = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            if (!e.getKey().startsWith("compare/")) {
                continue;
            }
            for (Element td : e.getValue().select("table.compare td.none")) {
                assertEquals(List.of("not stated"), td.select("span.vh").eachText(), td.outerHtml());
                assertEquals("not stated", td.text(), td.outerHtml());
                empty++;
            }
            for (Element td : e.getValue().select("table.compare td.differ")) {
                assertEquals(List.of("(sources differ)"), td.select("span.vh").eachText(), td.outerHtml());
                assertNull(td.selectFirst("[aria-hidden]"), "the ≠ is drawn by the style sheet: " + td.outerHtml());
            }
            for (Element th : e.getValue().select("table.compare tbody th.source-col")) {
                assertEquals(th.text(), th.selectFirst("a").text(), "the source column sorts by its text: " + th);
            }
        }
        assertTrue(empty > 0, "empty cells seen");
    }
}
