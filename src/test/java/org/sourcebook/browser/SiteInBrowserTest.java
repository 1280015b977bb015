package org.sourcebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real site in Debian's chromium, served on 127.0.0.1 under a sub-path and opened from disk. */
@Tag("browser")
class SiteInBrowserTest extends RealSiteInChromium {

    private static Locator results(Page page) {
        Locator items = page.locator("#search-results > li");
        items.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(10_000));
        return items;
    }

    @Test
    void searchingForHostageFindsItAndOpensTheExactSpot() {
        try (BrowserContext ctx = chromium.context(1280, 900)) {
            Page page = ctx.newPage();
            List<String> errors = Chromium.errors(page);
            AtomicLong indexBytes = new AtomicLong();
            page.onResponse(r -> {
                if (r.url().contains("/search/idx/")) {
                    indexBytes.addAndGet(r.body().length);
                }
            });
            page.navigate(site.url("index.html"));
            page.fill("#site-q", "hostage");
            page.press("#site-q", "Enter");
            page.waitForURL("**/search/index.html?q=hostage");
            Locator items = results(page);
            assertTrue(page.locator("#search-status").textContent().contains("for “hostage”"), page.locator("#search-status").textContent());
            assertTrue(items.count() >= 5, "a fact, and the text of every source that says it: " + items.allTextContents());
            assertTrue(page.locator("#search-results mark").first().textContent().toLowerCase().startsWith("hostage"),
                    "the match is highlighted in the snippet");
            assertTrue(indexBytes.get() > 0 && indexBytes.get() <= 500_000, "index bytes loaded: " + indexBytes.get());

            Locator textHit = page.locator("#search-results a[href*='#:~:text=']").first();
            String href = textHit.getAttribute("href");
            assertTrue(href.startsWith("../sources/"), "relative link to the source page: " + href);
            textHit.click();
            page.waitForURL("**/sources/*.html**");
            assertTrue(page.locator(".source-text").textContent().toLowerCase().contains("hostage"));
            page.waitForFunction("() => window.scrollY > 0", null, new Page.WaitForFunctionOptions().setTimeout(5_000));
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void aPhraseFromOneQuoteFindsThatClaimAndNotTheOtherClaimsOfItsSentence() {
        // "63 children" found the women's, the elderly's and the hostages' claims beside it: a
        // quote's search entry held the text around it, and that was searched too
        try (BrowserContext ctx = chromium.context(1280, 900)) {
            Page page = ctx.newPage();
            List<String> errors = Chromium.errors(page);
            page.navigate(site.url("search/index.html"));
            page.fill("#q", "63 children");
            page.click("#search-form button[type=submit]");
            Locator items = results(page);
            while (page.locator("#search-more").isVisible()) {
                int n = items.count();
                page.click("#search-more");
                page.waitForFunction("n => document.querySelectorAll('#search-results > li').length > n", n);
            }
            List<String> quotes = new ArrayList<>();
            List<String> marked = new ArrayList<>();
            String firstQuote = null;
            for (int i = 0; i < items.count(); i++) {
                Locator li = items.nth(i);
                if (!li.locator(".result-kind").textContent().equals("Figure stated")) {
                    continue;
                }
                String href = li.locator("a.result-title").getAttribute("href");
                quotes.add(href.substring(href.lastIndexOf('/') + 1));
                if (firstQuote == null) {
                    firstQuote = href;
                }
                if (!li.locator(".snippet mark").allTextContents().equals(List.of("63", "children"))) {
                    marked.add(li.textContent());
                }
            }
            assertTrue(firstQuote != null && firstQuote.endsWith("#c-killed-children-63"), "first figure found: " + firstQuote);
            List<String> sorted = new ArrayList<>(quotes);
            java.util.Collections.sort(sorted);
            assertEquals(List.of("afandiyev-article-2024.html#c-killed-children-63",
                    "thirty-first-anniversary-statement.html#c-killed-613", "thirty-first-anniversary-statement.html#c-killed-children-63",
                    "thirty-second-anniversary-statement.html#c-killed-613", "thirty-second-anniversary-statement.html#c-killed-children-63",
                    "twenty-sixth-anniversary-article.html#c-killed-613", "twenty-sixth-anniversary-article.html#c-killed-children-63",
                    "un-mission-press-release-2024.html#c-killed-children-63"), sorted,
                    "the five sources' 63 children, and the three 613 killed whose own quote holds the phrase; nothing else of the sentence");
            assertEquals(List.of(), marked, "only a quote's own words are marked, not the same words in its context");
            Locator afandiyev = items.filter(new Locator.FilterOptions().setHas(
                    page.locator("a[href$='afandiyev-article-2024.html#c-killed-children-63']")));
            assertTrue(afandiyev.locator(".snippet").textContent().contains("106 women"),
                    "the context is still shown: " + afandiyev.locator(".snippet").textContent());
            assertEquals("63 children", afandiyev.locator(".snippet .quote-span").textContent(),
                    "and the quote is set apart from it");
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void theFirstResultForHostageOpensFromTheKeyboard() {
        try (BrowserContext ctx = chromium.context(1280, 900)) {
            Page page = ctx.newPage();
            page.navigate(site.url("search/index.html"));
            page.fill("#q", "hostage");
            page.click("#search-form button[type=submit]");
            Locator first = results(page).first().locator("a.result-title");
            String title = first.textContent();
            page.focus("#q");
            page.keyboard().press("ArrowDown");
            assertEquals(first.getAttribute("href"), page.evaluate("() => document.activeElement.getAttribute('href')"),
                    "arrow down moves from the box to the first result");
            page.keyboard().press("Enter");
            page.waitForLoadState();
            assertTrue(page.locator("h1").textContent().contains(title), page.url());
            assertTrue(page.title().toLowerCase().contains("hostage"), page.title());
        }
    }

    @Test
    void aClaimLeadsFromItsFactPageToTheHighlightedQuoteInItsSource() {
        try (BrowserContext ctx = chromium.context(1280, 800)) {
            Page page = ctx.newPage();
            page.navigate(site.url("facts/hostages.html"));
            Locator link = page.locator(".statement .where a", new Page.LocatorOptions().setHasText("Go to the quote in the source")).first();
            String href = link.getAttribute("href");
            String id = href.substring(href.indexOf('#') + 1);
            String quote = page.locator(".statement").first().locator("blockquote mark").textContent();
            link.click();
            page.waitForURL("**/sources/*.html#" + id);
            Locator mark = page.locator("mark." + id);
            assertTrue(mark.count() > 0, "the quote is marked on the source page");
            assertEquals(quote.replaceAll("\\s+", " "), String.join("", mark.allTextContents()).replaceAll("\\s+", " "));
            assertTrue(mark.first().isVisible());
            Object inView = mark.first().evaluate("m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }");
            assertEquals(Boolean.TRUE, inView, "the browser scrolled to the quote");
            String bg = (String) mark.first().evaluate("m => getComputedStyle(m).backgroundColor");
            assertFalse(bg.equals("rgba(0, 0, 0, 0)") || bg.equals("transparent"), "the quote is highlighted: " + bg);
        }
    }

    @Test
    void citeThisOnAFactPageOpensTheClaimsCitationOnItsSourcePage() {
        for (boolean fromDisk : new boolean[] {false, true}) {
            try (BrowserContext ctx = chromium.context(1280, 800)) {
                Page page = ctx.newPage();
                page.navigate(fromDisk ? site.fileUrl("facts/hostages.html") : site.url("facts/hostages.html"));
                Locator statement = page.locator(".statement").nth(1);
                String quote = statement.locator("blockquote mark").textContent().replaceAll("\\s+", " ");
                Locator link = statement.locator(".where a", new Locator.LocatorOptions().setHasText("Cite this"));
                String href = link.getAttribute("href");
                String id = href.substring(href.indexOf('#') + 1);
                link.click();
                page.waitForURL("**/sources/*.html#" + id);
                Locator citation = page.locator("[id='" + id + "']");
                citation.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(5_000));
                assertEquals(Boolean.TRUE, citation.evaluate("c => c.closest('details').open"), "the browser opened the Cite this box");
                Object inView = citation.evaluate("c => { const r = c.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }");
                assertEquals(Boolean.TRUE, inView, "the browser scrolled to the citation");
                String text = citation.textContent().replaceAll("\\s+", " ");
                assertTrue(text.contains(quote) && text.contains(id.substring("cite-".length())), text);
            }
        }
    }

    @Test
    void theConcordanceDrawsItsEmptyAndDifferingMarksHiddenFromScreenReaders() {
        try (BrowserContext ctx = chromium.context(1280, 800)) {
            Page page = ctx.newPage();
            page.navigate(site.url("compare/index.html"));
            assertEquals("\"≠\" / \"\"", page.locator("table.compare td.differ").first()
                    .evaluate("td => getComputedStyle(td, '::after').content"), "a differing cell shows ≠, not read aloud");
            assertEquals("\"·\" / \"\"", page.locator("table.compare td.none").first()
                    .evaluate("td => getComputedStyle(td, '::before').content"), "an empty cell shows a dot, not read aloud");
        }
    }

    @Test
    void theSiteOpenedFromDiskNavigatesAndSearches() {
        try (BrowserContext ctx = chromium.context(1280, 900)) {
            Page page = ctx.newPage();
            List<String> errors = Chromium.errors(page);
            page.navigate(site.fileUrl("index.html"));
            page.click("nav[aria-label=Main] a:text-is('Sources')");
            page.waitForURL("file://**/sources/index.html");
            assertTrue(page.locator("h1").textContent().contains("Sources"));
            page.locator("#sources-table tbody th a").first().click();
            page.waitForURL("file://**/sources/*.html");
            page.click("nav[aria-label=Main] a:text-is('Facts')");
            page.waitForURL("file://**/facts/index.html");
            page.fill("#site-q", "1,275");
            page.press("#site-q", "Enter");
            page.waitForURL("file://**/search/index.html?q=**");
            Locator items = results(page);
            assertTrue(items.count() >= 1);
            assertTrue(page.locator("#search-results mark").allTextContents().stream().anyMatch(t -> t.replace(",", "").equals("1275")),
                    "1,275 and 1275 both match: " + page.locator("#search-results mark").allTextContents());
            items.first().locator("a").click();
            page.waitForLoadState();
            assertTrue(page.url().startsWith("file://"), page.url());
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void theSourcesFiltersNarrowTheTableAndShowAllResets() {
        try (BrowserContext ctx = chromium.context(1280, 900)) {
            Page page = ctx.newPage();
            page.navigate(site.url("sources/index.html"));
            Locator rows = page.locator("#sources-table tbody tr");
            int all = rows.count();
            assertTrue(page.locator("#source-filters").isVisible(), "filters show when JavaScript runs");
            List<String> kinds = page.locator("#filter-kind option").all().stream().map(o -> o.getAttribute("value"))
                    .filter(v -> !"*".equals(v)).toList();
            assertFalse(kinds.isEmpty());
            page.selectOption("#filter-kind", kinds.get(0));
            long visible = rows.all().stream().filter(Locator::isVisible).count();
            long expected = rows.all().stream().filter(r -> kinds.get(0).equals(r.getAttribute("data-kind"))).count();
            assertEquals(expected, visible);
            assertTrue(page.locator("#filter-status").textContent().contains("of " + all), page.locator("#filter-status").textContent());
            page.click("#source-filters button[type=reset]");
            page.waitForFunction("n => document.querySelectorAll('#sources-table tbody tr:not([hidden])').length === n", all);
        }
    }

    @Test
    void withoutJavaScriptTheTableIsWholeAndTheSearchPageSaysWhy() {
        try (BrowserContext ctx = chromium.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = ctx.newPage();
            page.navigate(site.url("sources/index.html"));
            assertFalse(page.locator("#source-filters").isVisible());
            assertEquals(page.locator("#sources-table tbody tr").count(),
                    (int) page.locator("#sources-table tbody tr").all().stream().filter(Locator::isVisible).count());
            page.navigate(site.url("search/index.html"));
            assertTrue(page.locator("#search-js-note").isVisible());
            assertTrue(page.locator("#search-js-note").textContent().contains("needs JavaScript"));
        }
    }

    @Test
    void aPhoneWideViewportHasNoHorizontalScrollOnAnyPageKind() {
        List<String> wide = new ArrayList<>();
        try (BrowserContext ctx = chromium.context(390, 844)) {
            Page page = ctx.newPage();
            for (String p : site.pageKinds()) {
                page.navigate(site.url(p));
                if (p.startsWith("search/")) {
                    page.fill("#q", "hostage");
                    page.press("#q", "Enter");
                    results(page);
                }
                Object over = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (((Number) over).intValue() > 0) {
                    wide.add(p + " (" + over + "px too wide)");
                }
            }
        }
        assertEquals(List.of(), wide, "pages wider than a 390px phone");
    }

    /** Where each table's caption text ends, less where its scrolling box ends (positive: cut off), after scrolling the box to its far right. */
    private static final String CAPTION_OVERFLOW = """
            () => [...document.querySelectorAll('.table-wrap')].map(w => {
              const c = w.querySelector('caption');
              if (!c) return null;
              w.scrollLeft = w.scrollWidth;
              const r = document.createRange();
              r.selectNodeContents(c);
              const text = r.getBoundingClientRect(), box = w.getBoundingClientRect();
              return Math.max(Math.round(text.right - box.right), Math.round(box.left - text.left));
            }).filter(x => x !== null)""";

    @Test
    void onAPhoneEveryTableCaptionIsReadableInsideItsScrollingBox() {
        List<String> cut = new ArrayList<>();
        try (BrowserContext ctx = chromium.context(390, 844)) {
            Page page = ctx.newPage();
            for (String p : List.of("index.html", "sources/index.html", "compare/index.html", "facts/index.html", "facts/injured.html", "review/index.html")) {
                page.navigate(site.url(p));
                List<?> over = (List<?>) page.evaluate(CAPTION_OVERFLOW);
                for (int i = 0; i < over.size(); i++) {
                    if (((Number) over.get(i)).intValue() > 0) {
                        cut.add(p + " table " + (i + 1) + " (" + over.get(i) + "px of its caption out of view)");
                    }
                }
            }
        }
        assertEquals(List.of(), cut, "captions cut off at a 390px phone width");
    }
}
