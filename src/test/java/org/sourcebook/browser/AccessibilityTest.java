package org.sourcebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** axe-core on one page of every kind, light and dark: no WCAG 2.0/2.1 A or AA violation. */
@Tag("browser")
class AccessibilityTest extends RealSiteInChromium {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Test
    void everyPageKindHasNoAxeViolations() {
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            try (BrowserContext ctx = chromium.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1280, 900).setBypassCSP(true)
                    .setColorScheme("dark".equals(scheme) ? com.microsoft.playwright.options.ColorScheme.DARK
                            : com.microsoft.playwright.options.ColorScheme.LIGHT))) {
                Page page = ctx.newPage();
                for (String p : site.pageKinds()) {
                    page.navigate(site.url(p));
                    if (p.startsWith("search/")) {
                        page.fill("#q", "hostage");
                        page.press("#q", "Enter");
                        page.locator("#search-results > li").first().waitFor();
                    }
                    AxeResults r = new AxeBuilder(page).withTags(TAGS).analyze();
                    for (Rule v : r.getViolations()) {
                        problems.add(scheme + " " + p + ": " + v.getId() + " (" + v.getHelp() + ") at "
                                + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "axe-core violations");
    }
}
