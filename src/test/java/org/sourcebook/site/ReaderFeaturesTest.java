package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.build.SiteBuilder;
import org.sourcebook.testutil.Project;
import org.sourcebook.testutil.RealSite;

/** Builds the real content/ and reads back the reader features: compare, timeline, cite, publish. */
class ReaderFeaturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SLUGS = List.of("afandiyev-article-2024", "thirty-first-anniversary-statement",
            "thirty-second-anniversary-statement", "twenty-sixth-anniversary-article", "un-mission-press-release-2024");

    @TempDir
    static Path tmp;
    static Path site;

    static RealSite built;

    @BeforeAll
    static void build() throws IOException {
        built = RealSite.buildInto(tmp);
        site = built.dir();
    }

    private static Document page(String path) throws IOException {
        return built.page(path);
    }

    @Test
    void theConcordanceShows8And6ForFamiliesWipedOutAsDiffering() throws IOException {
        Document d = page("compare/index.html");
        assertNotNull(page("index.html").selectFirst("nav a[href='compare/index.html']"), "Compare is in the main nav");
        Element table = d.getElementById("compare-table");
        List<Element> heads = table.select("thead th");
        int col = -1;
        for (int i = 0; i < heads.size(); i++) {
            if (heads.get(i).selectFirst("a[href$='facts/families-wiped-out.html']") != null) {
                col = i;
            }
        }
        assertTrue(col > 0, "a column for families-wiped-out: " + heads.stream().map(Element::text).toList());
        assertTrue(heads.get(col).text().contains("sources differ"), heads.get(col).text());
        List<String> values = new ArrayList<>();
        for (Element row : table.select("tbody tr")) {
            Element cell = row.child(col);
            if (!cell.select("a").isEmpty()) {
                assertTrue(cell.hasClass("differ"), "marked as differing: " + cell);
                assertTrue(cell.text().contains("sources differ"), "marked in words, not by colour alone: " + cell.text());
                for (Element a : cell.select("a")) {
                    assertTrue(a.attr("href").matches("\\.\\./sources/[a-z0-9-]+\\.html#c-.+"), a.attr("href"));
                    values.add(a.text());
                }
            }
        }
        assertTrue(values.contains("8") && values.contains("6"), "values: " + values);
        List<String> dates = table.select("tbody tr td:eq(1)").eachAttr("data-key");
        assertEquals(dates.stream().sorted().toList(), dates, "rows are sorted by date without JavaScript");
        assertNotNull(d.selectFirst("script[src='../assets/compare.js']"));
    }

    @Test
    void theTimelineLists26February2024WithAQuoteAndTheOtherDates() throws IOException {
        Document d = page("timeline/index.html");
        Element e = d.selectFirst("ol.timeline > li:has(time[datetime=2024-02-26])");
        assertNotNull(e, "an entry for 26 February 2024");
        assertEquals("26 February 2024", e.selectFirst("time").text());
        Element quote = e.selectFirst("blockquote mark");
        assertNotNull(quote, "the words that state it");
        assertTrue(quote.text().contains("26"), quote.text());
        String href = e.selectFirst(".where a").attr("href");
        assertTrue(href.startsWith("../sources/") && href.contains("#h-text:~:text="), href);
        assertFalse(e.select(".published-list li").isEmpty(), "sources published that day are listed");
        List<String> shown = d.select("ol.timeline time").eachText();
        for (String date : List.of("25–26 February 1992", "February 1994", "since 2008", "27–28 May 2015",
                "27 September 2020", "19 September 2023", "15 October 2023", "26 February 2024")) {
            assertTrue(shown.contains(date), date + " in " + shown);
        }
        List<String> years = d.select("ol.timeline time").eachAttr("datetime").stream().map(x -> x.substring(0, 4)).toList();
        assertEquals(years.stream().sorted().toList(), years, "in date order (a season sorts by its months within its year)");
    }

    @Test
    void everySourceHasBibTeXRisAndCslJsonThatParse() throws IOException {
        for (String slug : SLUGS) {
            Document d = page("sources/" + slug + ".html");
            for (String ext : List.of("bib", "ris", "csl.json")) {
                // the file beside the page, linked by its name
                assertNotNull(d.selectFirst(".downloads a[href='" + slug + "." + ext + "'][download]"), slug + " offers ." + ext);
            }
            String bib = Files.readString(site.resolve("sources/" + slug + ".bib"), StandardCharsets.UTF_8);
            assertTrue(bib.matches("(?s)@(misc|article)\\{[a-z0-9_]+,\n.*title = \\{.+\\}.*\n\\}\n"), bib);
            assertEquals(bib.replaceAll("\\\\[{}]", "").chars().filter(c -> c == '{').count(),
                    bib.replaceAll("\\\\[{}]", "").chars().filter(c -> c == '}').count(), "balanced braces: " + bib);
            String ris = Files.readString(site.resolve("sources/" + slug + ".ris"), StandardCharsets.UTF_8);
            assertTrue(ris.startsWith("TY  - ") && ris.endsWith("ER  - \r\n"), ris);
            for (String line : ris.split("\r\n")) {
                assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), "RIS line: " + line);
            }
            JsonNode csl = JSON.readTree(site.resolve("sources/" + slug + ".csl.json").toFile());
            assertTrue(csl.isArray() && csl.size() == 1, csl.toString());
            assertEquals(slug, csl.get(0).get("id").asText());
            assertTrue(csl.get(0).hasNonNull("title") && csl.get(0).hasNonNull("type"), csl.toString());
        }
        JsonNode un = JSON.readTree(site.resolve("sources/un-mission-press-release-2024.csl.json").toFile()).get(0);
        assertEquals(2024, un.at("/issued/date-parts/0/0").asInt());
        assertTrue(un.get("note").asText().contains("publisher inferred"), "the inferred publisher says so: " + un);
    }

    @Test
    void everyClaimHasAPermalinkAndACiteThisText() throws IOException {
        JsonNode claims = JSON.readTree(site.resolve("data/claims.json").toFile());
        for (JsonNode c : claims) {
            Document src = page("sources/" + c.get("source").asText() + ".html");
            Element li = src.getElementById("claim-" + c.get("id").asText());
            assertNotNull(li, "claim entry " + c.get("id"));
            assertNotNull(li.selectFirst("a.permalink[href='#" + c.get("id").asText() + "']"));
            String cite = li.selectFirst("details.cite .citation").text();
            assertTrue(cite.contains(c.get("quote").asText().replaceAll("\\s+", " ")), cite);
            assertTrue(cite.contains("sources/" + c.get("source").asText() + ".html#" + c.get("id").asText()), cite);
        }
    }

    @Test
    void sitemapAndFeedAreWellFormedXml() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document sitemap = f.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        org.w3c.dom.Document feed = f.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        assertEquals(5, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        String first = ((org.w3c.dom.Element) feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0))
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent();
        assertTrue(first.startsWith("2024-02-26T"), "newest first: " + first);
        assertTrue(Files.readString(site.resolve("robots.txt")).startsWith("User-agent: *"));
        assertNotNull(page("404.html").selectFirst("h1"));
    }

    @Test
    void withABaseUrlTheSitemapAndRobotsUseAbsoluteUrls() throws Exception {
        Path content = tmp.resolve("content");
        try (Stream<Path> files = Files.walk(Project.content())) {
            for (Path p : files.toList()) {
                Path to = content.resolve(Project.content().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path yaml = content.resolve("archive.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "\nbase_url: \"https://example.org/khojaly\"\n");
        Path out = tmp.resolve("based");
        SiteBuilder.build(content, Project.templates(), out);
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/khojaly/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/khojaly/compare/index.html</loc>"), sitemap);
        assertFalse(sitemap.contains("404.html"), sitemap);
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://example.org/khojaly/sitemap.xml"));
        Document d = Jsoup.parse(out.resolve("sources/un-mission-press-release-2024.html").toFile(), "UTF-8", "");
        assertEquals("https://example.org/khojaly/sources/un-mission-press-release-2024.html",
                d.selectFirst("meta[property=og:url]").attr("content"));
        JsonNode ld = JSON.readTree(d.selectFirst("script[type=application/ld+json]").data());
        assertEquals("https://example.org/khojaly/sources/un-mission-press-release-2024.html", ld.get("url").asText());
    }

    @Test
    void jsonLdParsesOnEveryPageAndNamesClaimsWithTheirAppearance() throws IOException {
        int scripts = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8", "");
                for (Element s : d.select("script[type=application/ld+json]")) {
                    JsonNode n = JSON.readTree(s.data());
                    assertTrue(n.has("@context"), site.relativize(p) + ": " + n);
                    scripts++;
                }
                assertTrue(d.select("script:not([src]):not([type=application/ld+json])").isEmpty(),
                        site.relativize(p) + " has inline script code");
            }
        }
        assertTrue(scripts >= SLUGS.size(), "JSON-LD on source and fact pages");
        JsonNode src = JSON.readTree(page("sources/thirty-first-anniversary-statement.html").selectFirst("script[type=application/ld+json]").data());
        assertEquals("CreativeWork", src.get("@type").asText());
        assertFalse(src.has("datePublished"), "an inferred date is not given as stated: " + src);
        assertTrue(src.get("description").asText().contains("inferred"), src.toString());
        JsonNode fact = JSON.readTree(page("facts/families-wiped-out.html").selectFirst("script[type=application/ld+json]").data());
        JsonNode claim = fact.get("@graph").get(0);
        assertNotNull(claim, "claims of the fact: " + fact);
        assertEquals("Claim", claim.get("@type").asText());
        assertTrue(claim.at("/appearance/url").asText().contains("sources/"), claim.toString());
    }

    @Test
    void theFactPageDrawsTheValuesWithAnAccessibleTable() throws IOException {
        Document d = page("facts/families-wiped-out.html");
        Element fig = d.selectFirst("figure.value-chart");
        assertNotNull(fig, "a chart");
        Element svg = fig.selectFirst("svg[role=img]");
        assertNotNull(svg);
        assertTrue(svg.selectFirst("title").text().contains("states 8") && svg.selectFirst("title").text().contains("states 6"),
                svg.selectFirst("title").text());
        assertTrue(svg.select("rect.bar").size() >= 4, "a bar per statement");
        assertNotNull(fig.selectFirst("figcaption"));
        assertNotNull(d.selectFirst("#h-values ~ .table-wrap table"), "the same data as a table");
    }
}
