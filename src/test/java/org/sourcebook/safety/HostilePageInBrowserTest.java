package org.sourcebook.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of a site holding the hostile source, opened from disk in Chromium: no script of
 * the source runs (alert, confirm, prompt, and any handler fired by hovering every element), and
 * the Content-Security-Policy blocks nothing of the site's own (no violation reported).
 */
@Tag("browser")
class HostilePageInBrowserTest {
    private static final Path CHROMIUM = Paths.get(System.getProperty("sourcebook.chromium", "/usr/bin/chromium"));
    private static final String SPY = "window.__ran = [];"
            + "for (const f of ['alert', 'confirm', 'prompt', 'print', 'open']) { window[f] = (...a) => { window.__ran.push(f + '(' + a.join() + ')'); }; }"
            + "document.addEventListener('securitypolicyviolation', e => window.__ran.push('csp:' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));";

    @Test
    void noScriptOfTheSourceRunsAndThePolicyBlocksNothingOfTheSite(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing (.ci/run installs it)");
        Path site = InertContentTest.hostileSite(tmp);
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking")));
             BrowserContext ctx = browser.newContext()) {
            ctx.addInitScript(SPY);
            Page page = ctx.newPage();
            List<String> console = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy") || m.text().contains("Refused")) {
                    console.add(m.text());
                }
            });
            page.onPageError(e -> console.add("uncaught: " + e));
            for (Path p : pages) {
                console.clear();
                page.navigate(p.toUri().toString());
                page.waitForLoadState();
                page.evaluate("() => { for (const el of document.querySelectorAll('body *')) {"
                        + " for (const t of ['mouseover', 'mouseenter', 'focus', 'load', 'error']) el.dispatchEvent(new Event(t)); } }");
                page.waitForTimeout(50);
                Object ran = page.evaluate("() => window.__ran");
                if (ran instanceof List<?> l && !l.isEmpty()) {
                    problems.add(site.relativize(p) + ": " + l);
                }
                console.forEach(c -> problems.add(site.relativize(p) + ": " + c));
            }
            // the probe: inline script in a page with the site's policy is blocked, and the spy sees the attempt
            String head = Files.readString(site.resolve("index.html"));
            String csp = head.substring(head.indexOf("<meta http-equiv=\"Content-Security-Policy\""));
            csp = csp.substring(0, csp.indexOf('>') + 1);
            Path probe = Files.writeString(site.resolve("probe.html"), "<!DOCTYPE html><html><head>" + csp
                    + "</head><body><script>alert('inline')</script><img src=x onerror=\"alert('handler')\"></body></html>");
            page.navigate(probe.toUri().toString());
            page.waitForTimeout(200);
            String probed = String.valueOf(page.evaluate("() => window.__ran"));
            assertTrue(probed.contains("csp:script-src") && !probed.contains("alert("), "the policy blocks inline script and handlers: " + probed);
            page.navigate(site.resolve("sources/evil-source.html").toUri().toString());
            assertTrue(page.textContent("main").contains("<script>alert('body-script')</script>"), "the text is shown as text");
        }
        assertEquals(List.of(), problems);
    }
}
