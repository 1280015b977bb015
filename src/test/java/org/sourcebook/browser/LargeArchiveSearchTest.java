package org.sourcebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.search.SearchDoc;
import org.sourcebook.search.SearchIndex;
import org.sourcebook.site.SiteFile;

/**
 * A search index for a 10,000-source archive (generated text, Zipf-distributed words) behind the
 * real search page: every query, common word or rare, prefix or figure, loads at most 500 KB.
 */
@Tag("browser")
class LargeArchiveSearchTest {
    static final int SOURCES = 10_000;
    static final long BUDGET = 500_000;
    @TempDir
    static Path tmp;
    static BuiltSite served;
    static Chromium chromium;
    static List<SiteFile> index;
    static List<String> vocabulary;

    @BeforeAll
    static void build() throws IOException {
        Random rnd = new Random(42);
        vocabulary = words(rnd, 20_000);
        List<SearchDoc> docs = new ArrayList<>();
        for (int s = 0; s < SOURCES; s++) {
            String title = "Statement " + s + " " + sentence(rnd, 6);
            docs.add(new SearchDoc("source", title, "sources/s" + s + ".html", "publisher " + vocabulary.get(rnd.nextInt(200)), null, List.of()));
            for (int q = 0; q < 3; q++) {
                docs.add(new SearchDoc("quote", "Fact " + q + ": " + rnd.nextInt(5000), "sources/s" + s + ".html#c-" + q,
                        sentence(rnd, 30), title, List.of()));
            }
            for (int p = 0; p < 6; p++) {
                docs.add(new SearchDoc("text", title, "sources/s" + s + ".html", sentence(rnd, 70), null, List.of()));
            }
        }
        index = new SearchIndex(docs, SearchIndex.Limits.DEFAULT).files();
        Path site = tmp.resolve("site");
        for (SiteFile f : index) {
            Path p = site.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.write(p, f.bytes());
        }
        Path real = BuiltSite.real().dir;
        Files.createDirectories(site.resolve("search"));
        Files.copy(real.resolve("search/index.html"), site.resolve("search/index.html"));
        try (Stream<Path> assets = Files.list(real.resolve("assets"))) {
            Files.createDirectories(site.resolve("assets"));
            for (Path a : assets.toList()) {
                Files.copy(a, site.resolve("assets").resolve(a.getFileName()));
            }
        }
        served = BuiltSite.serve(site);
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        served.close();
    }

    /** Made-up words, so that the index holds many distinct terms. */
    static List<String> words(Random rnd, int n) {
        String[] syl = {"ka", "ro", "mi", "ne", "to", "sa", "li", "ve", "du", "pa", "ge", "zo", "ri", "ba", "hu", "xo", "je", "fi"};
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        while (out.size() < n) {
            int len = 1 + rnd.nextInt(4);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                sb.append(syl[rnd.nextInt(syl.length)]);
            }
            out.add(sb.toString());
        }
        return new ArrayList<>(out);
    }

    /** Zipf-like: word k is picked about 1/k as often as word 1. */
    static String sentence(Random rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double u = rnd.nextDouble();
            int k = (int) Math.floor(Math.pow(vocabulary.size(), u)) - 1;
            sb.append(i == 0 ? "" : " ").append(rnd.nextInt(12) == 0 ? String.format("%,d", rnd.nextInt(3000)) : vocabulary.get(k));
        }
        return sb.append('.').toString();
    }

    @Test
    void everyIndexFileStaysWithinItsLimit() {
        SearchIndex.Limits lim = SearchIndex.Limits.DEFAULT;
        Map<String, Integer> biggest = new TreeMap<>();
        for (SiteFile f : index) {
            String name = f.path().substring(SearchIndex.DIR.length());
            String kind = name.startsWith("t") ? "shard" : name.startsWith("d") ? "chunk" : "manifest";
            biggest.merge(kind, f.bytes().length, Math::max);
            int max = kind.equals("shard") ? lim.shardMax() : kind.equals("chunk") ? lim.chunkMax() : 100_000;
            assertTrue(f.bytes().length <= max, f.path() + " has " + f.bytes().length + " bytes, more than " + max);
        }
        assertTrue(index.size() > 100, "a large archive is split into many files: " + index.size());
        System.out.println("large index: " + index.size() + " files, largest " + biggest);
    }

    @Test
    void noQueryLoadsMoreThan500KB() {
        List<String> queries = List.of(vocabulary.get(0), vocabulary.get(1) + " " + vocabulary.get(2), vocabulary.get(19_000),
                "ka", "kar", "1,275", vocabulary.get(3) + " " + vocabulary.get(500) + " " + vocabulary.get(7000), "statement 4242");
        List<String> report = new ArrayList<>();
        for (String q : queries) {
            try (BrowserContext ctx = chromium.context(1280, 900)) {
                Page page = ctx.newPage();
                List<String> errors = Chromium.errors(page);
                AtomicLong bytes = new AtomicLong();
                AtomicLong files = new AtomicLong();
                page.onResponse(r -> {
                    if (r.url().contains("/search/idx/")) {
                        bytes.addAndGet(r.body().length);
                        files.incrementAndGet();
                    }
                });
                page.navigate(served.url("search/index.html"));
                page.fill("#q", q);
                page.press("#q", "Enter");
                page.waitForFunction("() => /result|No results/.test(document.getElementById('search-status').textContent)");
                page.waitForLoadState();
                String status = page.locator("#search-status").textContent();
                report.add(q + ": " + bytes.get() + " bytes in " + files.get() + " files; " + status);
                assertTrue(bytes.get() <= BUDGET, "query '" + q + "' loaded " + bytes.get() + " bytes");
                assertEquals(List.of(), errors, q);
                if (!q.equals("1,275") || status.contains("result ")) {
                    Locator first = page.locator("#search-results > li").first();
                    assertTrue(first.isVisible(), "results for " + q + ": " + status);
                }
            }
        }
        System.out.println(String.join("\n", report));
    }
}
