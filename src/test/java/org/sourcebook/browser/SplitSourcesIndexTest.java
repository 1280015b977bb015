package org.sourcebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.build.SiteBuilder;
import org.sourcebook.testutil.Project;

/**
 * A 600-source archive, whose sources index is split into pages: the filters still cover every
 * source, and a filter loads only the posting files of its options and the row files it shows.
 */
@Tag("browser")
class SplitSourcesIndexTest {
    @TempDir
    static Path tmp;
    static BuiltSite site;
    static Chromium chromium;

    @BeforeAll
    static void build() throws IOException {
        Path content = tmp.resolve("content");
        new CorpusGenerator(7).write(Project.content(), content, 600);
        SiteBuilder.build(content, Project.templates(), tmp.resolve("site"));
        assertTrue(Files.isRegularFile(tmp.resolve("site/sources/index-2.html")), "the sources index is split");
        site = BuiltSite.serve(tmp.resolve("site"));
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        site.close();
    }

    @Test
    void everyPageNumberOfAPagerIsATargetOfAtLeast24Pixels() {
        try (BrowserContext ctx = chromium.context(390, 800)) {
            Page page = ctx.newPage();
            for (String path : List.of("sources/index-2.html", "review/index-2.html", "compare/index-2.html")) {
                page.navigate(site.url(path));
                Object small = page.evaluate("() => Array.from(document.querySelectorAll('.pager ol.pages a, .pager ol.pages span'))"
                        + ".map(e => e.getBoundingClientRect()).filter(r => r.width < 24 || r.height < 24).length");
                Object all = page.evaluate("() => document.querySelectorAll('.pager ol.pages a').length");
                assertTrue(((Number) all).intValue() > 1, path + " has a pager");
                assertEquals(0, ((Number) small).intValue(), path + ": page numbers under 24 × 24 px (WCAG 2.2 target size)");
            }
        }
    }

    @Test
    void filtersOnASplitIndexCoverEveryPageAndShowAllRestoresThePage() {
        for (boolean fromDisk : List.of(false, true)) {
            try (BrowserContext ctx = chromium.context(1280, 900)) {
                Page page = ctx.newPage();
                List<String> errors = Chromium.errors(page);
                page.navigate(fromDisk ? site.fileUrl("sources/index-2.html") : site.url("sources/index-2.html"));
                Locator rows = page.locator("#sources-table tbody tr");
                int onPage = rows.count();
                page.locator("#source-filters").waitFor();
                Locator years = page.locator("#filter-year option");
                assertTrue(years.count() > 2, "year options from every source");
                String option = years.nth(1).textContent();
                int expected = Integer.parseInt(option.substring(option.lastIndexOf('(') + 1, option.lastIndexOf(')')));
                page.selectOption("#filter-year", years.nth(1).getAttribute("value"));
                page.waitForFunction("() => /match/.test(document.getElementById('filter-status').textContent)");
                assertTrue(page.locator("#filter-status").textContent().startsWith(expected + " of 600"),
                        page.locator("#filter-status").textContent() + " vs option " + option);
                assertEquals(Math.min(expected, 250), rows.count());
                assertFalse(page.locator("nav.pager").first().isVisible(), "the pager hides while filtered");
                String href = rows.first().locator("a").getAttribute("href");
                assertTrue(Files.isRegularFile(site.dir.resolve("sources").resolve(href)), "row links work: " + href);
                page.click("#source-filters button[type=reset]");
                page.waitForFunction("n => document.querySelectorAll('#sources-table tbody tr').length === n", onPage);
                assertTrue(page.locator("nav.pager").first().isVisible());
                assertEquals(List.of(), errors, fromDisk ? "file://" : "http");
            }
        }
    }

    /** Records the src of every script the page injects, so that the bytes a filter loads can be counted from disk. */
    static final String RECORD_SCRIPTS = "window.__injected = []; (function (append) { HTMLHeadElement.prototype.appendChild ="
            + " function (n) { if (n.tagName === 'SCRIPT') { window.__injected.push(n.src); } return append.call(this, n); }; })"
            + "(HTMLHeadElement.prototype.appendChild);";

    /** The rows of the search/idx/s<n>.js files, in table order. */
    static List<JsonNode> allRows() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (int n = 0; Files.isRegularFile(site.dir.resolve("search/idx/s" + n + ".js")); n++) {
            String text = Files.readString(site.dir.resolve("search/idx/s" + n + ".js"));
            new ObjectMapper().readTree(text.substring(text.indexOf('{'), text.lastIndexOf(')'))).get("rows").forEach(rows::add);
        }
        return rows;
    }

    /** The bytes of the scripts injected since the last call, read from the site's files. */
    @SuppressWarnings("unchecked")
    static long injectedBytes(Page page) throws IOException {
        List<String> srcs = (List<String>) page.evaluate("() => window.__injected.splice(0)");
        long bytes = 0;
        for (String src : srcs) {
            String path = src.substring(src.indexOf("/search/idx/") + 1);
            bytes += Files.size(site.dir.resolve(path));
        }
        return bytes;
    }

    @Test
    void aFilterLoadsItsPostingsAndTheRowsItShowsWithinBudgetAndShowMoreLoadsTheNext() throws IOException {
        List<JsonNode> rows = allRows();
        assertTrue(rows.size() == 600 && Files.isRegularFile(site.dir.resolve("search/idx/s2.js")), "several row files");
        long allRowBytes = 0;
        for (int n = 0; n < 3; n++) {
            allRowBytes += Files.size(site.dir.resolve("search/idx/s" + n + ".js"));
        }
        for (boolean fromDisk : List.of(false, true)) {
            try (BrowserContext ctx = chromium.context(1280, 900)) {
                Page page = ctx.newPage();
                page.addInitScript(RECORD_SCRIPTS);
                List<String> errors = Chromium.errors(page);
                page.navigate(fromDisk ? site.fileUrl("sources/index.html") : site.url("sources/index.html"));
                page.locator("#source-filters").waitFor();
                injectedBytes(page);
                // the most common option of any filter: more matches than one request shows
                String field = null;
                String value = null;
                int most = 0;
                for (String f : List.of("kind", "publisher", "language")) {
                    Locator options = page.locator("#filter-" + f + " option");
                    for (int i = 1; i < options.count(); i++) {
                        String t = options.nth(i).textContent();
                        int c = Integer.parseInt(t.substring(t.lastIndexOf('(') + 1, t.lastIndexOf(')')));
                        if (c > most) {
                            most = c;
                            field = f;
                            value = options.nth(i).getAttribute("value");
                        }
                    }
                }
                int column = Map.of("kind", 6, "publisher", 4, "language", 9).get(field);
                List<String> expected = new ArrayList<>();
                for (JsonNode r : rows) {
                    if (cell(r, column).equals(value)) {
                        expected.add(r.get(0).asText());
                    }
                }
                assertEquals(most, expected.size(), field + " " + value);
                assertTrue(expected.size() > 250, field + " " + value + " has " + expected.size() + " sources");
                page.selectOption("#filter-" + field, value);
                page.waitForFunction("() => /match/.test(document.getElementById('filter-status').textContent)");
                String status = page.locator("#filter-status").textContent();
                assertTrue(status.startsWith(expected.size() + " of 600 sources match; the first 250 are shown"), status);
                assertEquals(expected.subList(0, 250), hrefs(page));
                long bytes = injectedBytes(page);
                assertTrue(bytes <= 500_000 && bytes < allRowBytes, "the filter loaded " + bytes + " bytes (all rows: " + allRowBytes + ")");
                System.out.println((fromDisk ? "file://" : "http") + ": " + field + " = " + value + " loaded " + bytes
                        + " bytes (all row files: " + allRowBytes + "); " + status);
                assertTrue(page.locator("#filter-more button").isVisible(), "Show more is offered");
                for (int shown = 250; shown < expected.size(); shown += 250) {
                    page.click("#filter-more button");
                    page.waitForFunction("n => document.querySelectorAll('#sources-table tbody tr').length === n",
                            Math.min(expected.size(), shown + 250));
                    assertTrue(injectedBytes(page) <= 500_000, "Show more stays within budget");
                }
                assertEquals(expected, hrefs(page));
                assertTrue(page.locator("#filter-status").textContent().equals(expected.size() + " of 600 sources match."),
                        page.locator("#filter-status").textContent());
                assertFalse(page.locator("#filter-more").isVisible(), "nothing more to show");
                // a second option narrows it: the exact count of both, the rows of both
                String year = rows.get(0).get(8).asText();
                List<String> both = new ArrayList<>();
                for (JsonNode r : rows) {
                    if (cell(r, column).equals(value) && cell(r, 8).equals(year)) {
                        both.add(r.get(0).asText());
                    }
                }
                page.selectOption("#filter-year", year);
                page.waitForFunction("n => document.getElementById('filter-status').textContent.startsWith(n + ' of 600 sources match')", both.size());
                assertEquals(both.subList(0, Math.min(250, both.size())), hrefs(page));
                assertTrue(injectedBytes(page) <= 500_000);
                assertEquals(List.of(), errors, fromDisk ? "file://" : "http");
            }
        }
    }

    @Test
    void aFilterStopsBeforeItsBudgetAndShowMoreCarriesOnWithABudgetOfItsOwn() throws IOException {
        List<JsonNode> rows = allRows();
        long biggest = 0;
        for (int n = 0; n < 3; n++) {
            biggest = Math.max(biggest, Files.size(site.dir.resolve("search/idx/s" + n + ".js")));
        }
        // room for the postings and one row file a request: a kind spread over every row file shows its first file's rows
        long budget = biggest + 5_000;
        try (BrowserContext ctx = chromium.context(1280, 900)) {
            Page page = ctx.newPage();
            page.addInitScript("window.SB_FILTER_BUDGET = " + budget + ";");
            page.addInitScript(RECORD_SCRIPTS);
            List<String> errors = Chromium.errors(page);
            page.navigate(site.url("sources/index.html"));
            page.locator("#source-filters").waitFor();
            injectedBytes(page);
            String kind = cell(rows.get(0), 6);
            List<String> expected = new ArrayList<>();
            for (JsonNode r : rows) {
                if (cell(r, 6).equals(kind)) {
                    expected.add(r.get(0).asText());
                }
            }
            int inFirstFile = 0;
            for (int i = 0; i < 250; i++) {
                inFirstFile += cell(rows.get(i), 6).equals(kind) ? 1 : 0;
            }
            assertTrue(inFirstFile > 0 && inFirstFile < expected.size() && expected.size() <= 250,
                    kind + " sources in the first row file and after it: " + inFirstFile + " of " + expected.size());
            page.selectOption("#filter-kind", kind);
            page.waitForFunction("() => /match/.test(document.getElementById('filter-status').textContent)");
            String status = page.locator("#filter-status").textContent();
            assertEquals(expected.size() + " of 600 sources match; the first " + inFirstFile
                    + " are shown, “Show more” loads more (or choose more filters to narrow them).", status);
            assertEquals(expected.subList(0, inFirstFile), hrefs(page));
            long bytes = injectedBytes(page);
            assertTrue(bytes <= budget, "loaded " + bytes + " of a budget of " + budget);
            for (int clicks = 0; page.locator("#filter-more").isVisible(); clicks++) {
                assertTrue(clicks < 3, "one row file a click");
                int before = hrefs(page).size();
                page.click("#filter-more button");
                page.waitForFunction("n => document.querySelectorAll('#sources-table tbody tr').length > n", before);
                assertTrue(injectedBytes(page) <= budget);
            }
            assertEquals(expected, hrefs(page));
            assertEquals(expected.size() + " of 600 sources match.", page.locator("#filter-status").textContent());
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void aFilteredIndexWithShowMoreHasNoAxeViolationsLightOrDark() {
        List<String> problems = new ArrayList<>();
        for (var scheme : List.of(com.microsoft.playwright.options.ColorScheme.LIGHT, com.microsoft.playwright.options.ColorScheme.DARK)) {
            try (BrowserContext ctx = chromium.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1280, 900).setBypassCSP(true).setColorScheme(scheme))) {
                Page page = ctx.newPage();
                page.navigate(site.url("sources/index-2.html"));
                page.locator("#source-filters").waitFor();
                page.selectOption("#filter-language", page.locator("#filter-language option").nth(1).getAttribute("value"));
                page.locator("#filter-more button").waitFor();
                var r = new com.deque.html.axecore.playwright.AxeBuilder(page).withTags(AccessibilityTest.TAGS).analyze();
                r.getViolations().forEach(v -> problems.add(scheme + ": " + v.getId() + " (" + v.getHelp() + ")"));
            }
        }
        assertEquals(List.of(), problems, "axe-core violations");
    }

    static String cell(JsonNode row, int column) {
        return row.get(column).isNull() ? "" : row.get(column).asText();
    }

    @SuppressWarnings("unchecked")
    static List<String> hrefs(Page page) {
        return (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('#sources-table tbody tr a')).map(a => a.getAttribute('href'))");
    }
}
