package org.sourcebook.site;

import java.util.ArrayList;
import java.util.List;
import org.sourcebook.render.view.Views.PageLink;
import org.sourcebook.render.view.Views.Pager;

/**
 * How pages that grow with the archive are split, so that no HTML page passes 300 KB: a fact's
 * statements, the sources index and the review page hold a fixed number of entries each; page 1
 * keeps the usual address, page k is {@code <name>-k.html} beside it.
 */
public final class Paging {
    /** Statements per fact page (a statement is about 1–2 KB of HTML). */
    public static final int FACT_STATEMENTS = 100;
    /** Sources per page of the sources index (a row is about 0.5 KB). */
    public static final int SOURCE_ROWS = 250;
    /** Sources per page of the concordance (a row is about 3.5 KB with every stated fact as a column). */
    public static final int COMPARE_ROWS = 50;
    /** Sources (newest first) the home page names; the sources index lists them all. */
    public static final int HOME_SOURCES = 50;
    /** Dated passages (quoted or published) per timeline page; a date is never cut in two. */
    public static final int TIMELINE_ITEMS = 300;
    /** Sources per page of the review (a source's decisions table is a few KB). */
    public static final int REVIEW_SOURCES = 25;
    /** Sources named per value in a fact page's summary table; the rest are counted. */
    public static final int VALUE_NAMES = 12;

    private Paging() {
    }

    public static int pages(int entries, int perPage) {
        return Math.max(1, (entries + perPage - 1) / perPage);
    }

    /** 1-based page of the entry at 0-based {@code index}. */
    public static int pageOf(int index, int perPage) {
        return index / perPage + 1;
    }

    public static String factPage(String id, int page) {
        return page <= 1 ? SitePaths.fact(id) : "facts/" + id + "-" + page + ".html";
    }

    public static String sourcesPage(int page) {
        return page <= 1 ? SitePaths.sources() : "sources/index-" + page + ".html";
    }

    public static String timelinePage(int page) {
        return page <= 1 ? SitePaths.timeline() : "timeline/index-" + page + ".html";
    }

    public static String reviewPage(int page) {
        return page <= 1 ? SitePaths.review() : "review/index-" + page + ".html";
    }

    /** Up to this many pages, the pager links to every page. */
    static final int PAGER_ALL = 15;
    /** Pages either side of the current one that the pager always links to. */
    static final int PAGER_NEAR = 3;

    /** The pager of page {@code page} of {@code pages}, links relative to {@code from}. */
    static Pager pager(int page, int pages, int entries, int perPage, String from, java.util.function.IntFunction<String> path) {
        List<PageLink> links = links(page, pages, from, path);
        int first = Math.min(entries, (page - 1) * perPage + 1);
        int last = Math.min(entries, page * perPage);
        return new Pager(page, pages, entries, first, last,
                page > 1 ? ViewFactory.near(from, path.apply(page - 1)) : null,
                page < pages ? ViewFactory.near(from, path.apply(page + 1)) : null, links);
    }

    /**
     * The page links of page {@code page}: every page of a short list; of a long one the first and
     * last pages, the pages near this one, every tenth page within 50 of it and every hundredth
     * (a list of 400 pages gets about twenty links, not 400 on each of its pages). Each page is
     * reached in a few steps; previous and next links go one at a time.
     */
    static List<PageLink> links(int page, int pages, String from, java.util.function.IntFunction<String> path) {
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int p = 1; p <= pages; p++) {
            if (linked(p, page, pages)) {
                links.add(new PageLink(p, ViewFactory.near(from, path.apply(p)), p == page, p > last + 1));
                last = p;
            }
        }
        return List.copyOf(links);
    }

    private static boolean linked(int p, int page, int pages) {
        return pages <= PAGER_ALL || p == 1 || p == pages || Math.abs(p - page) <= PAGER_NEAR
                || (p % 10 == 0 && Math.abs(p - page) <= 50) || p % 100 == 0;
    }
}
