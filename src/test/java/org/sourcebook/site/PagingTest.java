package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.model.ArchiveConfig;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactDef;
import org.sourcebook.model.FactSchema;
import org.sourcebook.model.Qualifier;
import org.sourcebook.render.view.Views.ClaimView;
import org.sourcebook.render.view.Views.FactPageView;

class PagingTest {
    private static final int SOURCES = 2 * Paging.FACT_STATEMENTS + 37;

    private static Archive archive() {
        return archive(SOURCES, i -> "2024");
    }

    private static Archive archive(int n, java.util.function.IntFunction<String> date) {
        FactSchema schema = new FactSchema(List.of(new FactDef("killed", "Killed", "d", null, "g", "people", true, null)));
        List<Source> sources = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String slug = String.format("s%04d", i);
            String body = (600 + i % 7) + " people were killed.";
            FrontMatter fm = new FrontMatter("T" + i, null, null, date.apply(i), "statement", "en", null, null, null, Map.of(), null, List.of());
            sources.add(new Source(slug, Path.of(slug + ".md"), fm, body, 5, "x", List.of()));
            String quote = body.substring(0, 3);
            claims.add(new Claim("c-killed-" + quote, slug, "killed", new BigDecimal(quote), Qualifier.EXACT, null, quote, 0, 3,
                    null, "extracted", null));
        }
        return new Archive(new ArchiveConfig(null, null, null, null), schema, sources, claims, List.of());
    }

    @Test
    void everyClaimIsOnExactlyOneFactPageAndLinksGoThere() {
        Archive a = archive();
        ViewFactory views = new ViewFactory(a);
        FactDef f = a.schema().expect("killed");
        assertEquals(3, views.factPages(f));
        Set<String> seen = new HashSet<>();
        for (int p = 1; p <= views.factPages(f); p++) {
            FactPageView page = views.fact(f, p);
            assertTrue(page.claims().size() <= Paging.FACT_STATEMENTS);
            assertEquals(p, page.pager().page());
            for (ClaimView c : page.claims()) {
                assertTrue(seen.add(c.source().slug() + "#" + c.id()), "claim on two pages: " + c.id());
            }
            for (var v : page.values()) {
                assertTrue(v.claims().size() <= Paging.VALUE_NAMES);
            }
            assertEquals(SOURCES, page.values().stream().mapToInt(v -> v.count()).sum(), "the summary counts every statement");
        }
        assertEquals(SOURCES, seen.size(), "every claim reachable");
        Claim last = a.claimsFor("killed").get(SOURCES - 1);
        ClaimView fromSource = views.claimView(last, 1, SitePaths.source(last.source()));
        assertTrue(fromSource.factHref().startsWith("../facts/killed-3.html#"), fromSource.factHref());
    }

    @Test
    void aFactsStatementsArePagedByTheirSourcesDateOldestFirstUndatedLast() {
        // slugs in the opposite order to dates; every seventh undated; years and months among full dates
        int n = SOURCES;
        Archive a = archive(n, i -> i % 7 == 0 ? null : i % 5 == 0 ? String.valueOf(2300 - i) : i % 3 == 0
                ? String.format("%04d-06", 2300 - i) : String.format("%04d-06-15", 2300 - i));
        ViewFactory views = new ViewFactory(a);
        FactDef f = a.schema().expect("killed");
        List<String> dates = new ArrayList<>();
        for (int p = 1; p <= views.factPages(f); p++) {
            for (ClaimView c : views.fact(f, p).claims()) {
                dates.add(c.source().date() == null ? "~" : c.source().date());
                // the link to a statement, from its source's page, names the page that lists it
                Claim claim = a.claimsOf(c.source().slug()).get(0);
                assertEquals(p == 1 ? "../facts/killed.html#" + c.entry() : "../facts/killed-" + p + ".html#" + c.entry(),
                        views.claimView(claim, 1, SitePaths.source(claim.source())).factHref());
            }
        }
        assertEquals(n, dates.size());
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "oldest first, undated last");
        assertEquals(String.valueOf(2300 - (n - 1) / 5 * 5).substring(0, 3), dates.get(0).substring(0, 3));
        assertEquals("~", dates.get(n - 1));
    }

    @Test
    void sourcesIndexAndReviewAreSplit() {
        ViewFactory views = new ViewFactory(archive());
        assertEquals(Paging.pages(SOURCES, Paging.SOURCE_ROWS), views.sourcesPages());
        int rows = 0;
        for (int p = 1; p <= views.sourcesPages(); p++) {
            rows += views.sources(p).sources().size();
        }
        assertEquals(SOURCES, rows);
        int reviewed = 0;
        for (int p = 1; p <= views.reviewPages(); p++) {
            reviewed += views.review(p).sources().size();
        }
        assertEquals(SOURCES, reviewed);
    }

    @Test
    void aSourcePageLinksToItsSectionOnTheReviewPageThatHoldsIt() {
        Archive a = archive();
        ViewFactory views = new ViewFactory(a);
        for (int i : new int[] {0, Paging.REVIEW_SOURCES - 1, Paging.REVIEW_SOURCES, SOURCES - 1}) {
            Source s = a.sources().get(i);
            String href = views.source(s).reviewHref();
            int page = i / Paging.REVIEW_SOURCES + 1;
            assertEquals("../" + Paging.reviewPage(page) + "#r-" + s.slug(), href, s.slug());
            assertTrue(views.review(page).sources().stream().anyMatch(r -> r.anchor().equals("r-" + s.slug())),
                    "review page " + page + " holds " + s.slug());
        }
    }

    @Test
    void timelineIsSplitBetweenDatesAndEveryDateIsOnOnePage() {
        int n = 2 * Paging.TIMELINE_ITEMS + 50;
        // one publication date per source, a few shared, so that pages hold whole dates
        Archive a = archive(n, i -> String.format("%04d-%02d-%02d", 1990 + i / 300, 1 + (i / 28) % 12, 1 + (i % 28) / 2));
        ReaderPages reader = new ReaderPages(a, new ViewFactory(a));
        int pages = reader.timelinePages();
        assertTrue(pages >= 3, "split into " + pages);
        Set<String> dates = new HashSet<>();
        int published = 0;
        for (int p = 1; p <= pages; p++) {
            var view = reader.timeline(p);
            assertEquals(p, view.pager().page());
            assertEquals(pages, view.pager().pages());
            int items = 0;
            for (var e : view.entries()) {
                assertTrue(dates.add(e.id()), "date on two pages: " + e.id());
                items += e.quotes().size() + e.published().size();
                published += e.published().size();
            }
            assertTrue(items <= Paging.TIMELINE_ITEMS, "page " + p + " holds " + items);
        }
        assertEquals(n, published, "every source's publication date is shown once");
        assertEquals("index-2.html", reader.timeline(1).pager().nextHref(), "a link within the folder is the file's name");
        assertEquals(SitePaths.timeline(), Paging.timelinePage(1));
    }

    @Test
    void concordanceIsSplitAndTheHomePageNamesOnlyTheNewestSources() {
        Archive a = archive();
        ViewFactory views = new ViewFactory(a);
        ReaderPages reader = new ReaderPages(a, views);
        assertEquals(Paging.pages(SOURCES, Paging.COMPARE_ROWS), reader.comparePages());
        int rows = 0;
        for (int p = 1; p <= reader.comparePages(); p++) {
            assertEquals(reader.compareSources(p).size(), reader.compare(p).rows().size());
            rows += reader.compare(p).rows().size();
        }
        assertEquals(SOURCES, rows);
        assertEquals(Paging.HOME_SOURCES, views.home().sources().size());
        assertEquals(SOURCES, views.home().sourceCount());
    }

    @Test
    void aLongListLinksItsEndsTheNearbyPagesAndRoundPagesSoEveryPageIsAFewStepsAway() {
        int pages = 400;
        for (int page : List.of(1, 2, 10, 57, 200, 399, 400)) {
            var links = Paging.links(page, pages, "review/x.html", p -> "review/index-" + p + ".html");
            List<Integer> linked = links.stream().map(l -> l.page()).toList();
            assertTrue(links.size() <= 30, "page " + page + ": " + linked);
            assertEquals(linked.stream().sorted().distinct().toList(), linked, "in order, once each");
            for (int p : List.of(1, pages, Math.max(1, page - 3), Math.min(pages, page + 3), page)) {
                assertTrue(linked.contains(p), "page " + page + " links " + p + ": " + linked);
            }
            assertEquals(1, links.stream().filter(l -> l.current()).count());
            for (int i = 0; i < links.size(); i++) {
                assertEquals(i > 0 && linked.get(i) > linked.get(i - 1) + 1, links.get(i).gapBefore(), "gap before " + linked.get(i));
            }
            // from any page, every page is reached by a linked page within 50 and then previous/next links
            for (int target = 1; target <= pages; target++) {
                int t = target;
                assertTrue(linked.stream().anyMatch(p -> Math.abs(p - t) <= 50), "page " + page + " to " + target);
            }
        }
        List<Integer> all = Paging.links(7, Paging.PAGER_ALL, "a/x.html", p -> "a/" + p + ".html").stream().map(l -> l.page()).toList();
        assertEquals(Paging.PAGER_ALL, all.size(), "a short list links every page");
    }
}
