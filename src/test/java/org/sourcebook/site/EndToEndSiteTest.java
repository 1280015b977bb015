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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.build.SiteBuilder;
import org.sourcebook.content.FrontMatterSplitter;
import org.sourcebook.testutil.Project;
import org.sourcebook.testutil.RealSite;

/** Builds the real content/ into a temporary folder and reads the pages back. */
class EndToEndSiteTest {
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

    /** Source slug → values stated, read from the statements on a fact page. */
    private static Set<String> statements(Document fact) {
        return fact.select(".statement").stream()
                .map(e -> e.attr("id").split("--")[0] + "=" + e.selectFirst(".value").text())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void theHostagesPageListsAllFiveSourcesWith1275() throws IOException {
        Document d = page("facts/hostages.html");
        Set<String> seen = statements(d);
        Set<String> sources = new HashSet<>();
        for (String s : seen) {
            assertTrue(s.endsWith("=1,275"), "hostages: " + seen);
            sources.add(s.split("=")[0]);
        }
        assertEquals(5, sources.size(), "hostages should be stated by all five sources: " + seen);
        assertTrue(d.selectFirst(".status").text().contains("agree"), d.selectFirst(".status").text());
    }

    @Test
    void theFamiliesPageShows8Against6AsADiscrepancy() throws IOException {
        Document d = page("facts/families-wiped-out.html");
        assertEquals("sources differ", d.selectFirst(".status").text());
        Set<String> values = d.select("#h-values ~ .table-wrap tbody th, .table-wrap tbody th").eachText().stream().collect(Collectors.toSet());
        assertTrue(values.containsAll(List.of("6", "8")), "values: " + values);
        assertTrue(statements(d).contains("un-mission-press-release-2024=6"), statements(d).toString());
        Document home = page("index.html");
        assertTrue(home.select(".discrepancies a[href='facts/families-wiped-out.html']").size() == 1,
                "the home page flags the families discrepancy");
    }

    @Test
    void theChildrenWhoLostOneParentPageShows130Against132() throws IOException {
        Document d = page("facts/children-lost-one-parent.html");
        assertEquals("sources differ", d.selectFirst(".status").text());
        Set<String> st = statements(d);
        assertTrue(st.contains("thirty-first-anniversary-statement=132"), st.toString());
        assertTrue(st.stream().filter(s -> s.endsWith("=130")).count() >= 3, st.toString());
    }

    @Test
    void whereSourcesDifferTheStatusLineCountsTheSourcesStatingEachValue() throws IOException {
        // it said only "Sources state different values": a reader could not tell one dissenting source from an even split
        for (String fact : List.of("children-lost-one-parent", "families-wiped-out")) {
            Document d = page("facts/" + fact + ".html");
            java.util.Map<String, Set<String>> byValue = new java.util.TreeMap<>();
            for (String st : statements(d)) {
                byValue.computeIfAbsent(st.split("=")[1], k -> new java.util.TreeSet<>()).add(st.split("=")[0]);
            }
            String line = d.selectFirst(".status").parent().text();
            for (var e : byValue.entrySet()) {
                int n = e.getValue().size();
                assertTrue(line.matches(".*[:;] " + n + "( sources? states?| states?) " + java.util.regex.Pattern.quote(e.getKey()) + "[;.].*"),
                        fact + ": " + n + " sources state " + e.getKey() + ": " + line);
            }
            assertFalse(line.contains("average") || line.contains("mean"), line);
        }
        assertEquals("sources differ Sources state different values for this figure: 4 sources state 130; 1 states 132.",
                page("facts/children-lost-one-parent.html").selectFirst(".status").parent().text());
    }

    @Test
    void everyClaimsAnchorExistsOnItsSourcePageAndLinksBack() throws IOException {
        JsonNode claims = new ObjectMapper().readTree(site.resolve("data/claims.json").toFile());
        assertTrue(claims.isArray() && claims.size() > 0, "claims.json holds claims");
        for (JsonNode c : claims) {
            Document src = page("sources/" + c.get("source").asText() + ".html");
            String id = c.get("id").asText();
            Element anchor = src.getElementById(id);
            assertNotNull(anchor, "no anchor #" + id + " on " + c.get("source").asText());
            String marked = src.select("mark." + id).stream().map(Element::wholeText).collect(Collectors.joining());
            assertEquals(c.get("quote").asText().replaceAll("\\s+", " "), marked.replaceAll("\\s+", " "), "highlight of " + id);
            Document fact = page("facts/" + c.get("fact").asText() + ".html");
            assertNotNull(fact.getElementById(c.get("source").asText() + "--" + id), "fact page entry for " + id);
        }
    }

    @Test
    void claimsJsonFollowsTheContract() throws IOException {
        JsonNode claims = new ObjectMapper().readTree(site.resolve("data/claims.json").toFile());
        for (JsonNode c : claims) {
            for (String field : List.of("source", "fact", "value", "qualifier", "quote", "start", "end")) {
                assertTrue(c.hasNonNull(field), field + " missing in " + c);
            }
            String file = Files.readString(Project.content().resolve("sources/" + c.get("source").asText() + ".md"), StandardCharsets.UTF_8);
            String body = FrontMatterSplitter.split(file).orElseThrow().body();
            assertEquals(c.get("quote").asText(), body.substring(c.get("start_utf16").asInt(), c.get("end_utf16").asInt()),
                    "UTF-16 offsets give the quote");
            int[] cps = body.codePoints().toArray();
            assertEquals(c.get("quote").asText(), new String(cps, c.get("start").asInt(), c.get("end").asInt() - c.get("start").asInt()),
                    "code-point offsets give the quote");
            assertEquals(c.get("qualifier").asText().equals("range"), c.has("value_max"), "value_max only for ranges: " + c);
        }
    }

    /** RFC 4180 records: fields split on commas outside quotes, "" inside quotes a quote, CRLF ending a record. */
    private static List<List<String>> csvRecords(String text) {
        List<List<String>> out = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                out.add(row);
                row = new java.util.ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return out;
    }

    @Test
    void claimsCsvNamesEachClaimsSourceByTitleDateAndPublisher() throws IOException {
        // a researcher citing a row had to join it with sources.json by slug to say who said it when
        List<List<String>> rows = csvRecords(Files.readString(site.resolve("data/claims.csv"), StandardCharsets.UTF_8));
        List<String> head = rows.get(0);
        assertEquals(List.of("id", "source", "fact", "value", "qualifier", "value_max", "quote", "start", "end", "attributed_to",
                "origin", "note"), head.subList(0, 12), "the columns before stay where they were");
        assertEquals(List.of("source_title", "source_date", "source_date_inferred", "source_publisher", "source_publisher_inferred"),
                head.subList(12, head.size()));
        JsonNode claims = new ObjectMapper().readTree(site.resolve("data/claims.json").toFile());
        assertEquals(claims.size(), rows.size() - 1, "one row a claim");
        Set<String> seen = new HashSet<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            assertEquals(head.size(), r.size(), r.toString());
            java.util.Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < head.size(); i++) {
                row.put(head.get(i), r.get(i));
            }
            switch (row.get("source")) {
                case "un-mission-press-release-2024" -> {
                    assertEquals("Press release: 32nd anniversary of the Khojaly Genocide", row.get("source_title"));
                    assertEquals("2024-02-26", row.get("source_date"));
                    assertEquals("false", row.get("source_date_inferred"));
                    assertEquals("Permanent Mission of the Republic of Azerbaijan to the United Nations", row.get("source_publisher"));
                    assertEquals("true", row.get("source_publisher_inferred"));
                }
                case "afandiyev-article-2024" -> {
                    assertEquals("32 years have passed since Khojaly genocide, one of the most terrible crimes of the 20th century",
                            row.get("source_title"), "a title with a comma, quoted");
                    assertEquals("2024", row.get("source_date"));
                    assertEquals("true", row.get("source_date_inferred"));
                    assertEquals("", row.get("source_publisher"), "an unknown publisher is an empty cell");
                }
                default -> assertFalse(row.get("source_title").isEmpty());
            }
            seen.add(row.get("source"));
        }
        assertTrue(seen.containsAll(List.of("un-mission-press-release-2024", "afandiyev-article-2024")), seen.toString());
    }

    @Test
    void everyPageKindIsWrittenAndLinksAreRelative() throws IOException {
        for (String p : List.of("index.html", "sources/index.html", "facts/index.html", "review/index.html",
                "data/claims.json", "data/facts.json", "data/sources.json", "data/claims.csv", "assets/style.css",
                "sources/afandiyev-article-2024.html", "sources/afandiyev-article-2024.txt", "facts/killed.html")) {
            assertTrue(Files.isRegularFile(site.resolve(p)), p);
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8", "");
                for (Element e : d.select("a[href], link[href], script[src], img[src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    boolean external = url.startsWith("http://") || url.startsWith("https://");
                    assertFalse(url.startsWith("/"), site.relativize(p) + " has a root-absolute link " + url);
                    if (external) {
                        assertEquals("a", e.tagName(), site.relativize(p) + " loads an external resource " + url);
                    }
                }
            }
        }
    }

    @Test
    void furnitureIsShownApartAndTheInferredDateSaysSo() throws IOException {
        Document d = page("sources/afandiyev-article-2024.html");
        List<String> furniture = d.select("aside.furniture").eachText();
        assertTrue(furniture.stream().anyMatch(t -> t.contains("Related posts") && t.contains("Leave a Comment")), furniture.toString());
        assertTrue(furniture.stream().anyMatch(t -> t.contains("Vusal Quliyev")), furniture.toString());
        assertTrue(d.select("aside.furniture mark.claim").isEmpty(), "no claim inside furniture");
        Document first = page("sources/thirty-first-anniversary-statement.html");
        assertTrue(first.select(".meta .inferred").size() >= 1, "the inferred date is marked");
        assertTrue(first.select(".inferred-notes").text().contains("thirty-first anniversary"), "and says from what");
    }

    @Test
    void theHomePagesDateRangeMarksAnEndThatOnlyInferredDatesGive() throws IOException {
        // the oldest source's date (2018-02) is inferred; 2024-02-26 is the press release's own dateline
        Element summary = page("index.html").selectFirst("p.summary");
        assertNotNull(summary);
        assertTrue(summary.text().contains("dated 2018-02 (inferred) to 2024-02-26,"), summary.text());
        assertEquals(1, summary.select(".inferred").size(), summary.html());
    }

    @Test
    void aClaimsCitationSetsItsQuoteApartFromTheSourcesTitle() throws IOException {
        // two quotations side by side ("the quote" "the title,") read as one; "in:" says which is which
        Element cite = page("sources/afandiyev-article-2024.html").getElementById("cite-c-killed-613");
        assertNotNull(cite);
        assertTrue(cite.text().startsWith("“the deaths of 613 people”, in: “32 years have passed since Khojaly genocide,"), cite.text());
    }

    @Test
    void aSourceWithNoPublisherIsWordedTheSameEverywhere() throws IOException {
        // publisher: null in afandiyev-article-2024; the sources index, Compare, the source page,
        // both citations and the feed said "not stated", "unknown", "not stated in the text; unknown",
        // "publisher unknown" and nothing
        String slug = "afandiyev-article-2024";
        String word = "unknown"; // Views.UNKNOWN
        Element index = page("sources/index.html").selectFirst("#sources-table tr:has(a[href$='" + slug + ".html'])");
        assertNotNull(index);
        assertEquals(word, index.select("td").get(1).text(), index.outerHtml());
        assertEquals(word, page("sources/index.html").getElementById("source-filters").attr("data-no-publisher"),
                "the filters' script takes the wording from the page");
        Element compare = page("compare/index.html").selectFirst("tr:has(a[href$='" + slug + ".html'])");
        assertNotNull(compare);
        assertEquals(word, compare.select("td").get(1).text(), compare.outerHtml());
        Document source = page("sources/" + slug + ".html");
        Element dt = source.select("dl.meta dt").stream().filter(e -> e.text().equals("Publisher")).findFirst().orElseThrow();
        assertEquals(word, dt.nextElementSibling().text());
        assertTrue(source.selectFirst("p.citation").text().contains("publisher " + word + ", "), source.selectFirst("p.citation").text());
        assertTrue(source.getElementById("cite-c-killed-613").text().contains("publisher " + word + ", "),
                source.getElementById("cite-c-killed-613").text());
        String feed = Files.readString(site.resolve("feed.xml"));
        assertTrue(feed.contains(", publisher " + word + ", "), "the feed's summary");
        for (String p : List.of("sources/index.html", "compare/index.html", "sources/" + slug + ".html")) {
            String html = Files.readString(site.resolve(p));
            assertFalse(html.contains("not stated in the text") || html.contains("class=\"muted\">not stated<"), p);
        }
    }

    @Test
    void aSourceWithNoAuthorIsWordedAsOneWithNoPublisher() throws IOException {
        // author: null read "not stated; unknown" on the source page, the publisher "unknown"
        for (String slug : List.of("afandiyev-article-2024", "un-mission-press-release-2024")) {
            Document source = page("sources/" + slug + ".html");
            Element dt = source.select("dl.meta dt").stream().filter(e -> e.text().equals("Author")).findFirst().orElseThrow();
            assertEquals("unknown", dt.nextElementSibling().text(), slug); // Views.UNKNOWN
            assertFalse(source.html().contains("not stated; unknown"), slug);
            // and an unknown original URL is worded so in the claims' citations too (they said "not known")
            Element original = source.select("dl.meta dt").stream().filter(e -> e.text().equals("Original")).findFirst().orElseThrow();
            assertEquals("URL unknown", original.nextElementSibling().text(), slug);
            String cite = source.selectFirst("ol.claims p.citation").text();
            assertTrue(cite.contains(" Original URL unknown. "), cite);
        }
    }

    @Test
    void everySourcePageLinksToItsSectionOfTheReviewMarkedForEditors() throws IOException {
        // an editor checking one source had to scroll the review for it
        Document review = page("review/index.html");
        List<String> slugs;
        try (Stream<Path> files = Files.list(Project.content().resolve("sources"))) {
            slugs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        assertEquals(5, slugs.size());
        for (String slug : slugs) {
            Document source = page("sources/" + slug + ".html");
            Element link = source.selectFirst("p.editor-link a");
            assertNotNull(link, slug);
            assertEquals("../review/index.html#r-" + slug, link.attr("href"), slug);
            assertTrue(link.parent().text().startsWith("For editors:"), link.parent().text());
            Element section = review.getElementById("r-" + slug);
            assertNotNull(section, "the review has the section the link leads to: " + slug);
            assertEquals("../sources/" + slug + ".html", section.selectFirst("a").attr("href"), "and it is that source's");
        }
    }

    @Test
    void eachStatementOnAFactPageGivesItsSourcesDateInferredOnesMarked() throws IOException {
        // where sources differ (130 or 132 children lost one parent) a reader could not tell which came first
        Document d = page("facts/children-lost-one-parent.html");
        java.util.Map<String, String> says = new java.util.TreeMap<>();
        for (Element e : d.select(".statement")) {
            says.put(e.attr("id").split("--")[0], e.selectFirst("p.says .source-meta").text());
        }
        assertEquals("(2023-02-25, date inferred)", says.get("thirty-first-anniversary-statement"), says.toString());
        assertEquals("(Permanent Mission of the Republic of Azerbaijan to the United Nations, publisher inferred; 2024-02-26)",
                says.get("un-mission-press-release-2024"), says.toString());
        assertEquals("(2024, date inferred)", says.get("afandiyev-article-2024"), says.toString());
        assertEquals(5, says.size());
    }

    @Test
    void aFactPageListsItsStatementsByTheSourcesDateOldestFirstAndSaysSo() throws IOException {
        // they were listed by file name: a researcher comparing sources could not read them in the order they were said
        Document d = page("facts/hostages.html");
        List<String> order = d.select(".statement").stream().map(e -> e.attr("id").split("--")[0]).distinct().toList();
        // 2018-02, 2023-02-25, 2024 (a year: its first day), then two of 2024-02-26 by title ("Press release…" before "Statement…")
        assertEquals(List.of("twenty-sixth-anniversary-article", "thirty-first-anniversary-statement", "afandiyev-article-2024",
                "un-mission-press-release-2024", "thirty-second-anniversary-statement"), order);
        assertTrue(d.selectFirst("#h-statements ~ .order-note").text().contains("by the source’s date, oldest first"),
                d.select(".order-note").text());
    }

    @Test
    void twoBuildsGiveByteIdenticalFiles() throws IOException {
        Path again = tmp.resolve("again");
        SiteBuilder.build(Project.content(), Project.templates(), again);
        try (Stream<Path> a = Files.walk(site); Stream<Path> b = Files.walk(again)) {
            List<Path> left = a.filter(Files::isRegularFile).map(site::relativize).sorted().toList();
            List<Path> right = b.filter(Files::isRegularFile).map(again::relativize).sorted().toList();
            assertEquals(left, right);
            for (Path p : left) {
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(site.resolve(p)), Files.readAllBytes(again.resolve(p))), "differs: " + p);
            }
        }
    }
}
