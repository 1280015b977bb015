package org.sourcebook.browser;

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

/**
 * Debian's chromium driven by Playwright: never a downloaded browser
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 is set by surefire), no network but loopback.
 */
final class Chromium implements AutoCloseable {
    static final Path EXECUTABLE = Paths.get(System.getProperty("sourcebook.chromium", "/usr/bin/chromium"));
    private final Playwright playwright;
    final Browser browser;

    Chromium() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: browser tests need Debian's chromium "
                    + "(apt-get install -y chromium; .ci/run installs it)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh context (no cache, no storage shared with other tests) of the given width. */
    BrowserContext context(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** Console errors, uncaught exceptions and failed requests of a page, collected as they come. */
    static List<String> errors(Page page) {
        List<String> out = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                out.add("console: " + m.text());
            }
        });
        page.onPageError(e -> out.add("uncaught: " + e));
        page.onRequestFailed(r -> out.add("failed request: " + r.url() + " " + r.failure()));
        page.onResponse(r -> {
            if (r.status() >= 400) {
                out.add("HTTP " + r.status() + ": " + r.url());
            }
        });
        return out;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
