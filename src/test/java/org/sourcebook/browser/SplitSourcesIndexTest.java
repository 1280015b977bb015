package org.sourcebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.build.SiteBuilder;
import org.sourcebook.testutil.Project;

/** A 600-source archive, whose sources index is split into pages: the filters still cover every source. */
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
}
