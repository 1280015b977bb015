package org.sourcebook.render.view;

import java.util.List;

/** The view records templates receive: plain data, already formatted, links already relative. */
public final class Views {
    private Views() {
    }

    /**
     * What a page says where a source's publisher or author is not known (its front matter has
     * {@code publisher: null} or no publisher at all, the same for {@code author}: the same thing
     * to a reader). The one wording for it: templates read it as {@code unknown}; citations and
     * the feed say "publisher " and this where no label names the field.
     */
    public static final String UNKNOWN = "unknown";

    /** What every page knows: the archive and the way back to the site root. */
    public record SiteView(String title, String description, String language, String root, String pageTitle,
                           String path, String section) {
    }

    public record SourceRef(String slug, String title, String href, String date, boolean dateInferred,
                            String publisher, boolean publisherInferred, String kind, String language) {
    }

    /**
     * One claim as shown anywhere: value, quote in context, links to its quote and its fact.
     *
     * @param quoteHref    the claim's anchor on its source page
     * @param before       up to a sentence of text before the quote
     * @param after        up to a sentence of text after it
     * @param entry        the anchor of the claim's entry on its fact page ({@code slug--id})
     * @param originalHref the quote in the original (its URL with a text fragment), or null when the URL is unknown
     */
    public record ClaimView(String id, String factId, String factLabel, String factHref, String value,
                            String qualifier, String quote, String before, String after, String quoteHref,
                            SourceRef source, String attributedTo, String origin, String note, int line,
                            int number, String citation, String entry, String originalHref) {
    }

    public record FactRow(String id, String label, String href, String status, String statusLabel,
                          int sourceCount, List<String> values, int depth, String group, String unit) {
    }

    public record FactGroup(String name, List<FactRow> facts) {
    }

    /** The sources that state one value of a fact. */
    /** {@code claims} names the first few; {@code count} is how many statements give the value. */
    public record ValueGroup(String value, List<ClaimView> claims, int count) {
    }

    /** {@code dateFromInferred}/{@code dateToInferred}: every source that gives that end of the range has its date inferred. */
    public record HomeView(int sourceCount, int factCount, int factsStated, int claimCount, String dateFrom,
                           boolean dateFromInferred, String dateTo, boolean dateToInferred, List<FactRow> headline, List<FactRow> discrepancies,
                           List<SourceRef> sources) {
    }

    public record SourceRow(SourceRef ref, int claimCount) {
    }

    public record SourcesView(List<SourceRow> sources, Pager pager) {
    }

    public record Inferred(String field, String reason) {
    }

    public record FurnitureView(String label, String origin, String text, int line) {
    }

    public record SourcePageView(SourceRef ref, String author, String url, String retrieved,
                                 List<Inferred> inferred, String notes, String sha256, String bodyHtml,
                                 List<ClaimView> claims, String citation, List<FurnitureView> furniture,
                                 String textHref, String file, String reviewHref) {
    }

    public record FactPageView(FactRow fact, String definition, FactRow parent, List<FactRow> children,
                               String statusExplanation, List<ValueGroup> values, List<ClaimView> claims,
                               Pager pager) {
    }

    public record FactsView(List<FactGroup> groups) {
    }

    /**
     * {@code editorValue} and {@code editorNote} are set when an editor's override added or corrected
     * the claim this number became: the value the site states and the editor's reason.
     */
    public record DecisionView(String text, int line, String context, String outcome, String factId,
                               String factLabel, String factHref, String reason, String editorValue,
                               String editorNote) {
    }

    /** {@code anchor}: the section's id, which the source's page links to ({@code SitePaths.reviewAnchor}). */
    public record ReviewSource(SourceRef ref, List<DecisionView> decisions, List<FurnitureView> furniture,
                               int claimCount, int ignoredCount, String anchor) {
    }

    public record ReviewView(List<ReviewSource> sources, Pager pager) {
    }

    /**
     * Where a page stands among the pages a long list is split into.
     *
     * @param first 1-based number of the first entry on this page (0 when the list is empty)
     * @param prevHref null on the first page; {@code nextHref} null on the last
     */
    public record Pager(int page, int pages, int entries, int first, int last, String prevHref, String nextHref,
                        List<PageLink> links) {
        public boolean split() {
            return pages > 1;
        }
    }

    /** A link to one page of a split list; {@code gapBefore} when pages before it (since the previous link) are not linked. */
    public record PageLink(int page, String href, boolean current, boolean gapBefore) {
    }
}
