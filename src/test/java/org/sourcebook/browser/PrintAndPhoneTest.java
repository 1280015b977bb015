package org.sourcebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real site as printed on paper, and on a 390 px phone. */
@Tag("browser")
class PrintAndPhoneTest extends RealSiteInChromium {

    /** The text of every element matching selector that the page shows, as shown (innerText; one not rendered is left out). */
    @SuppressWarnings("unchecked")
    private static List<String> shown(Page page, String selector) {
        return (List<String>) page.evaluate("s => [...document.querySelectorAll(s)].filter(e => e.getClientRects().length > 0).map(e => e.innerText)", selector);
    }

    @Test
    void aPrintedFactPageHasNoLinksThatOnlyWorkOnScreen() {
        try (BrowserContext ctx = chromium.context(1280, 900)) {
            Page page = ctx.newPage();
            for (String p : List.of("facts/hostages.html", "timeline/index.html")) {
                page.navigate(site.url(p));
                List<String> screen = shown(page, ".where");
                assertFalse(screen.isEmpty(), p);
                assertTrue(screen.stream().allMatch(t -> t.startsWith("Go to ")), p + ": on screen " + screen);
                page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
                List<String> paper = shown(page, ".where");
                List<String> bad = paper.stream().filter(t -> t.contains("Go to ")).toList();
                assertEquals(List.of(), bad, p + ": printed, a link to another page of the site is useless");
                if (p.startsWith("timeline/")) {
                    assertEquals(List.of(), paper, "printed, the timeline's passages already name their sources");
                }
                if (p.startsWith("facts/")) {
                    assertTrue(paper.stream().allMatch(t -> t.matches("(?s)Line \\d+ of the source file.*")),
                            "printed, each statement still says where its quote stands: " + paper);
                }
                page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
            }
        }
    }

    @Test
    void onAPhoneTheHomePagesStatusColumnIsInView() {
        try (BrowserContext ctx = chromium.context(390, 844)) {
            Page page = ctx.newPage();
            page.navigate(site.url("index.html"));
            @SuppressWarnings("unchecked")
            List<Number> out = (List<Number>) page.evaluate("""
                    () => [...document.querySelectorAll('.table-wrap .status')].map(s => {
                      const box = s.closest('.table-wrap'), w = box.getBoundingClientRect(), r = s.getBoundingClientRect();
                      return Math.max(Math.ceil(r.right - (w.left + box.clientLeft + box.clientWidth)), box.scrollWidth - box.clientWidth);
                    })""");
            assertFalse(out.isEmpty());
            List<Number> cut = out.stream().filter(n -> n.intValue() > 0).toList();
            assertEquals(List.of(), cut, "px of each status label past the inner right edge of its box, or of its table past the box (hidden until scrolled)");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneTheChartShowsEachSourcesWholeTitleWithinTheChart() {
        // the labels were cut to about 50 characters ("32 years have passed since Khojaly genocide, one of t…")
        try (BrowserContext ctx = chromium.context(390, 844)) {
            Page page = ctx.newPage();
            page.navigate(site.url("facts/hostages.html"));
            java.util.Map<String, Object> out = (java.util.Map<String, Object>) page.evaluate("""
                    () => {
                      const svg = document.querySelector('figure.value-chart svg'), vb = svg.viewBox.baseVal.width;
                      const labels = [...svg.querySelectorAll('text.label')];
                      return {
                        labels: labels.map(t => [...t.children].map(s => s.textContent).join(' ')),
                        over: labels.map(t => { const b = t.getBBox(); return Math.ceil(b.x + b.width - vb); }),
                        svgOver: Math.ceil(svg.getBoundingClientRect().right - document.documentElement.clientWidth),
                        pageOver: document.documentElement.scrollWidth - document.documentElement.clientWidth
                      };
                    }""");
            List<String> labels = (List<String>) out.get("labels");
            List<String> titles = (List<String>) page.evaluate("() => [...new Set([...document.querySelectorAll('.statement .says > a')].map(a => a.textContent))]");
            assertEquals(5, titles.size(), titles.toString());
            for (String t : titles) {
                assertTrue(labels.stream().anyMatch(l -> l.replaceAll("\\s+", " ").startsWith(t + " ")), "the whole title \"" + t + "\" in " + labels);
            }
            List<Number> over = ((List<Number>) out.get("over")).stream().filter(n -> n.intValue() > 0).toList();
            assertEquals(List.of(), over, "units of each label past the chart's right edge: " + labels);
            assertTrue(((Number) out.get("svgOver")).intValue() <= 0 && ((Number) out.get("pageOver")).intValue() <= 0,
                    "the chart fits the phone's width: " + out);
        }
    }

    @Test
    void onAPhoneTheReviewsContextIsReadable() {
        try (BrowserContext ctx = chromium.context(390, 844)) {
            Page page = ctx.newPage();
            page.navigate(site.url("review/index.html"));
            @SuppressWarnings("unchecked")
            List<Number> widths = (List<Number>) page.evaluate("""
                    () => [...document.querySelectorAll('.table-wrap tbody tr')].map(tr => {
                      const c = tr.cells[tr.cells.length - 1], w = tr.closest('.table-wrap').getBoundingClientRect(),
                            r = c.getBoundingClientRect();
                      return r.right > w.right ? -1 : Math.round(r.width);
                    })""");
            assertFalse(widths.isEmpty());
            List<Number> narrow = new ArrayList<>();
            for (Number n : widths) {
                if (n.intValue() < 240) {
                    narrow.add(n);
                }
            }
            assertEquals(List.of(), narrow, "widths of context cells narrower than 240 px (-1: past the box's edge)");
            Object wide = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, ((Number) wide).intValue(), "the page is no wider than the phone");
            Object broken = page.evaluate("() => [...document.querySelectorAll('.table-wrap thead th')].filter(th => th.getClientRects().length > 1 || th.offsetHeight > 40).map(th => th.textContent)");
            assertEquals(List.of(), broken, "column headings broken inside a word");
        }
    }
}
