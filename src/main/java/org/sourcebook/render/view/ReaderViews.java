package org.sourcebook.render.view;

import java.util.List;
import org.sourcebook.render.view.Views.Pager;
import org.sourcebook.render.view.Views.SourceRef;

/** View records of the reader features: compare, timeline, cite and publish. */
public final class ReaderViews {
    private ReaderViews() {
    }

    /**
     * What a page puts in its head beyond the usual: Open Graph data, JSON-LD, scripts.
     *
     * @param canonical absolute URL of the page, or null when the archive has no base URL
     * @param jsonLd    JSON-LD, already safe inside a script element, or null
     * @param script    a script under assets/ the page loads (deferred), or null
     */
    public record HeadView(String ogType, String ogTitle, String ogDescription, String canonical, String jsonLd,
                           String script, String feedHref) {
    }

    /** One fact as a column of the concordance. */
    public record CompareFact(String id, String label, String href, String status, String statusLabel, boolean differ) {
    }

    /** One value in a cell: linked to the quote that states it. */
    public record CellValue(String value, String quoteHref, String quote) {
    }

    /** What one source states about one fact; {@code sortKey} is the first value as a number, or "". */
    public record CompareCell(String factId, List<CellValue> values, boolean differ, String sortKey) {
    }

    public record CompareRow(SourceRef source, String dateKey, String publisherKey, List<CompareCell> cells) {
    }

    public record CompareView(List<CompareFact> facts, List<CompareRow> rows, int sourceCount, int differCount,
                              Pager pager) {
    }

    /** A passage that states a date, with the date's own words apart, linked to the spot in the source. */
    public record DatedQuote(SourceRef source, String before, String words, String after, String href) {
    }

    public record TimelineEntry(String id, String date, String iso, List<DatedQuote> quotes, int moreQuotes,
                                List<SourceRef> published) {
    }

    public record TimelineView(List<TimelineEntry> entries, int dateCount, int passageCount, Views.Pager pager) {
    }

    /** The extras of a source page: reference downloads and the original. */
    public record SourceExtras(String bibHref, String risHref, String cslHref, String originalHref) {
    }

    /** The extras of a fact page: the chart (first page only, else null). */
    public record FactExtras(String chartSvg, String chartSummary) {
    }
}
