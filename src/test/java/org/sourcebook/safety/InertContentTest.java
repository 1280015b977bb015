package org.sourcebook.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.cli.ContentFixture;
import org.sourcebook.cli.ExitCode;

/**
 * A source whose text and front matter try every way into a page (script elements, event
 * handlers, javascript:/data:/vbscript: links, raw HTML blocks, reference-link tricks, a title
 * that closes the JSON-LD script) renders inert: shown as text, never as markup that runs.
 */
class InertContentTest {
    static final String EVIL_BODY = String.join("\n",
            "<script>alert('body-script')</script>",
            "",
            "<img src=x onerror=alert('img-onerror')>",
            "",
            "[click](javascript:alert('md-link')) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1))",
            "[ref link][r] <javascript:alert('autolink')> ![img](javascript:alert('md-image')) [spaced](  JaVaScRiPt:alert('case'))",
            "",
            "[r]: javascript:alert('ref-def')",
            "",
            "<div onclick=\"alert('raw-block')\">raw block</div>",
            "",
            "<a href=\"javascript:alert('raw-a')\">raw a</a> <svg onload=alert('svg')></svg> <iframe src=\"javascript:alert(1)\"></iframe>",
            "",
            "[external](https://example.org/report) and 613 people were killed, 1,275 taken hostage.",
            "");
    static Path site;

    @BeforeAll
    static void build(@TempDir Path tmp) throws IOException {
        site = hostileSite(tmp);
    }

    /** A fixture site with the hostile source as sources/evil-source.html. */
    static Path hostileSite(Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        f.write("evil-source.md", "---\ntitle: \"</script><script>alert('title')</script>\\\" onmouseover=\\\"alert(1)\"\n"
                + "publisher: \"<img src=x onerror=alert('publisher')>\"\nauthor: \"</title><script>alert('author')</script>\"\n"
                + "kind: statement\ndate: \"2024-02-26\"\nurl: \"https://example.org/a?b=1&c=2\"\n"
                + "notes: \"<b onmouseover=alert('notes')>x</b>\"\ninferred:\n  date: \"<script>alert('inferred')</script>\"\n"
                + "sha256: \"" + org.sourcebook.content.SourceLoader.sha256(EVIL_BODY) + "\"\n---\n" + EVIL_BODY);
        ContentFixture.Run run = f.build();
        assertEquals(ExitCode.OK, run.rc(), run::toString);
        return f.out;
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void noPageHasInlineScriptEventHandlersOrScriptLinks() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> pages = pages();
        assertFalse(pages.isEmpty());
        for (Path p : pages) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            for (Element s : d.select("script")) {
                boolean data = s.attr("type").equals("application/ld+json");
                if (!data && !(s.hasAttr("src") && s.data().isBlank() && s.attr("src").matches("(\\.\\./)*assets/[a-z0-9-]+\\.js"))) {
                    found.add(site.relativize(p) + ": script " + s.outerHtml());
                }
            }
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String v = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                    if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                        found.add(site.relativize(p) + ": handler " + e.tagName() + " " + a);
                    }
                    if ((a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action") || a.getKey().equals("formaction"))
                            && (v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:"))) {
                        found.add(site.relativize(p) + ": link " + e.tagName() + " " + a);
                    }
                }
                if (List.of("iframe", "object", "embed", "svg", "base").contains(e.tagName()) && !e.hasClass("chart")) {
                    found.add(site.relativize(p) + ": element " + e.tagName());
                }
            }
        }
        assertTrue(found.isEmpty(), () -> String.join("\n", found));
    }

    /** The site's own scripts carry content as data: each generated .js file is one call with a JSON argument. */
    @Test
    void generatedScriptsHoldContentOnlyAsJsonData() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.walk(site)) {
            scripts = s.filter(p -> p.toString().endsWith(".js") && !p.startsWith(site.resolve("assets"))).sorted().toList();
        }
        assertFalse(scripts.isEmpty(), "the search index is written as scripts");
        var json = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        java.util.regex.Pattern call = java.util.regex.Pattern.compile("(?s)SB_SEARCH\\.[a-zA-Z]+\\((\"[a-z]+\",\\d+,)?(.*)\\);\n");
        for (Path p : scripts) {
            String text = Files.readString(p);
            java.util.regex.Matcher m = call.matcher(text);
            assertTrue(m.matches(), () -> site.relativize(p) + " is not one call with data: " + text.substring(0, Math.min(200, text.length())));
            assertTrue(json.readTree(m.group(2)) != null, () -> site.relativize(p) + ": argument is not JSON");
        }
    }

    @Test
    void theSourceTextIsShownAsText() throws IOException {
        Document d = Jsoup.parse(site.resolve("sources/evil-source.html").toFile(), "UTF-8");
        String text = d.text();
        assertTrue(text.contains("<script>alert('body-script')</script>"), text);
        assertTrue(text.contains("<img src=x onerror=alert('img-onerror')>"), text);
        assertTrue(text.contains("<div onclick=\"alert('raw-block')\">raw block</div>"), text);
        assertTrue(d.title().contains("</script><script>alert('title')</script>"), d.title());
    }

    @Test
    void everyPageForbidsInlineScriptByContentSecurityPolicy() throws IOException {
        for (Path p : pages()) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            Element csp = d.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertTrue(csp != null, () -> p + " has no CSP meta");
            String policy = csp.attr("content");
            assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline") && policy.contains("object-src 'none'")
                    && policy.contains("base-uri 'none'"), () -> p + ": " + policy);
            assertEquals(0, d.select("head > meta[http-equiv=Content-Security-Policy] ~ script:not([src]):not([type=application/ld+json])").size());
        }
    }

    @Test
    void externalLinksOpenWithoutOpenerOrReferrer() throws IOException {
        List<String> bad = new ArrayList<>();
        int external = 0;
        for (Path p : pages()) {
            for (Element a : Jsoup.parse(p.toFile(), "UTF-8").select("a[href~=(?i)^(https?:)?//]")) {
                external++;
                List<String> rel = List.of(a.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
                if (!rel.contains("noopener") || !rel.contains("noreferrer")) {
                    bad.add(site.relativize(p) + ": " + a.outerHtml());
                }
            }
        }
        assertTrue(external >= 2, "the fixture has external links (url and a Markdown link)");
        assertTrue(bad.isEmpty(), () -> String.join("\n", bad));
    }
}
