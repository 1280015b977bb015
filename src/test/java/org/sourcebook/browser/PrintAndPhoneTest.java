package org.sourcebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real site as printed on paper. */
@Tag("browser")
class PrintAndPhoneTest {
    static Chromium chromium;
    static BuiltSite site;

    @BeforeAll
    static void start() {
        site = BuiltSite.real();
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
    }

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
}
