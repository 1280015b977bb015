package org.sourcebook.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sourcebook.cite.BibTeX;
import org.sourcebook.cite.CslJson;
import org.sourcebook.cite.Reference;
import org.sourcebook.cite.Ris;
import org.sourcebook.cite.TextFragment;
import org.sourcebook.compare.ValueChart;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactDef;
import org.sourcebook.model.FactStatus;
import org.sourcebook.model.Qualifier;
import org.sourcebook.publish.Feeds;
import org.sourcebook.publish.JsonLd;
import org.sourcebook.render.view.ReaderViews.CellValue;
import org.sourcebook.render.view.ReaderViews.CompareCell;
import org.sourcebook.render.view.ReaderViews.CompareFact;
import org.sourcebook.render.view.ReaderViews.CompareRow;
import org.sourcebook.render.view.ReaderViews.CompareView;
import org.sourcebook.render.view.ReaderViews.DatedQuote;
import org.sourcebook.render.view.ReaderViews.FactExtras;
import org.sourcebook.render.view.ReaderViews.HeadView;
import org.sourcebook.render.view.ReaderViews.SourceExtras;
import org.sourcebook.render.view.ReaderViews.TimelineEntry;
import org.sourcebook.render.view.ReaderViews.TimelineView;
import org.sourcebook.render.view.Views.PageLink;
import org.sourcebook.render.view.Views.Pager;
import org.sourcebook.timeline.DateMention;
import org.sourcebook.timeline.Timeline;

/** The reader features' pages and files: concordance, timeline, citations, JSON-LD, feed and sitemap. */
public final class ReaderPages {
    /** Passages quoted per date on the timeline; the rest are counted. */
    static final int TIMELINE_QUOTES = 12;
    /** Statements drawn one bar each; above this the chart draws one bar per value. */
    static final int CHART_BARS = 12;

    private final Archive archive;
    private final ViewFactory views;

    /** What the timeline read from each source, by identity (an unchanged source keeps its object across updates). */
    private final Map<Source, List<Timeline.Passage>> datesRead;

    public ReaderPages(Archive archive, ViewFactory views) {
        this(archive, views, null);
    }

    ReaderPages(Archive archive, ViewFactory views, ReaderPages previous) {
        this.archive = archive;
        this.views = views;
        List<Source> was = previous == null ? null : previous.archive.sources();
        if (was != null && was.size() == archive.sources().size()) {
            // the same sources, some replaced ({@code serve}): what was read from the others is kept, in the same map
            this.datesRead = previous.datesRead;
            List<Source> now = archive.sources();
            for (int i = 0; i < now.size(); i++) {
                if (was.get(i) != now.get(i)) {
                    datesRead.remove(was.get(i));
                }
            }
            this.oldestFirstCache = Replaced.inOrder(previous.oldestFirstCache, previous.archive, archive, oldestFirst());
            return;
        }
        this.datesRead = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        if (previous != null) {
            Set<Source> now = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            now.addAll(archive.sources());
            synchronized (previous.datesRead) {
                previous.datesRead.forEach((s, ps) -> {
                    if (now.contains(s)) {
                        datesRead.put(s, ps);
                    }
                });
            }
        }
    }

    /** The sources (oldest first) on page {@code page} of the concordance. */
    public List<Source> compareSources(int page) {
        List<Source> sorted = comparedSources();
        int per = Paging.COMPARE_ROWS;
        return sorted.subList(Math.min(sorted.size(), (page - 1) * per), Math.min(sorted.size(), page * per));
    }

    /** The page of the concordance that shows {@code s}. */
    int comparePageOf(Source s) {
        return Paging.pageOf(java.util.Collections.binarySearch(comparedSources(), s, oldestFirst()), Paging.COMPARE_ROWS);
    }

    private volatile List<Source> oldestFirstCache;

    private List<Source> comparedSources() {
        List<Source> l = oldestFirstCache;
        if (l == null) {
            l = archive.sources().stream().sorted(oldestFirst()).toList();
            oldestFirstCache = l;
        }
        return l;
    }

    public int comparePages() {
        return Paging.pages(archive.sources().size(), Paging.COMPARE_ROWS);
    }

    /** Sources (oldest first) × the facts any source states; a fact whose sources differ is marked. */
    public CompareView compare(int page) {
        String from = SitePaths.compare(page);
        List<FactDef> facts = archive.schema().all().stream().filter(f -> !archive.claimsFor(f.id()).isEmpty()).toList();
        List<CompareFact> cols = new ArrayList<>();
        int differ = 0;
        for (FactDef f : facts) {
            FactStatus st = archive.status(f.id());
            differ += st == FactStatus.DIFFER ? 1 : 0;
            cols.add(new CompareFact(f.id(), f.label(), ViewFactory.rel(from, SitePaths.fact(f.id())), st.id(), st.label(),
                    st == FactStatus.DIFFER));
        }
        List<Source> sorted = comparedSources();
        int per = Paging.COMPARE_ROWS;
        List<CompareRow> rows = new ArrayList<>();
        for (Source s : compareSources(page)) {
            Map<String, List<Claim>> byFact = new LinkedHashMap<>();
            archive.claimsOf(s.slug()).forEach(c -> byFact.computeIfAbsent(c.fact(), k -> new ArrayList<>()).add(c));
            List<CompareCell> cells = new ArrayList<>();
            for (CompareFact f : cols) {
                List<CellValue> values = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                BigDecimal first = null;
                for (Claim c : byFact.getOrDefault(f.id(), List.of())) {
                    if (seen.add(c.displayValue() + "|" + (c.attributedTo() == null ? "" : c.attributedTo()))) {
                        values.add(new CellValue(c.displayValue(), ViewFactory.rel(from, SitePaths.source(s.slug())) + "#" + c.id(), c.quote()));
                        first = first == null ? c.value() : first;
                    }
                }
                cells.add(new CompareCell(f.id(), values, f.differ() && !values.isEmpty(), first == null ? "" : first.toPlainString()));
            }
            rows.add(new CompareRow(views.sourceRef(s, from), s.meta().date() == null ? "" : s.meta().date(),
                    s.meta().publisher() == null ? "" : s.meta().publisher().toLowerCase(Locale.ROOT), cells));
        }
        return new CompareView(cols, rows, archive.sources().size(), differ,
                Paging.pager(page, comparePages(), sorted.size(), per, from, SitePaths::compare));
    }

    /** The timeline's dates, and where each of its pages starts; made once, by whichever thread asks first. */
    private record TimelineSplit(List<Timeline.Entry> entries, List<Integer> starts, int dates, int passages) {
    }

    private volatile TimelineSplit timelineSplit;

    private TimelineSplit timelineSplit() {
        TimelineSplit t = timelineSplit;
        if (t == null) {
            synchronized (this) {
                t = timelineSplit;
                if (t == null) {
                    // the dates of sources not read yet are read on every core
                    List<Source> unread = archive.sources().stream().filter(src -> !datesRead.containsKey(src)).toList();
                    List<List<Timeline.Passage>> read = unread.parallelStream().map(Timeline::passages).toList();
                    for (int i = 0; i < unread.size(); i++) {
                        datesRead.put(unread.get(i), read.get(i));
                    }
                    t = split(Timeline.of(archive.sources(), datesRead::get));
                    timelineSplit = t;
                }
            }
        }
        return t;
    }

    /** Dates fill a page up to {@link Paging#TIMELINE_ITEMS} quoted passages and published sources; a date stays whole. */
    static TimelineSplit split(List<Timeline.Entry> entries) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        int items = 0;
        int passages = 0;
        int dates = 0;
        for (int i = 0; i < entries.size(); i++) {
            Timeline.Entry e = entries.get(i);
            int n = Math.min(e.passages().size(), TIMELINE_QUOTES) + e.published().size();
            if (items > 0 && items + n > Paging.TIMELINE_ITEMS) {
                starts.add(i);
                items = 0;
            }
            items += n;
            passages += e.passages().size();
            dates += e.passages().isEmpty() ? 0 : 1;
        }
        return new TimelineSplit(entries, List.copyOf(starts), dates, passages);
    }

    public int timelinePages() {
        return timelineSplit().starts().size();
    }

    public TimelineView timeline() {
        return timeline(1);
    }

    /** Page {@code page} of the timeline: whole dates, in order. */
    public TimelineView timeline(int page) {
        String from = Paging.timelinePage(page);
        TimelineSplit t = timelineSplit();
        int pages = t.starts().size();
        int start = t.starts().get(page - 1);
        int end = page < pages ? t.starts().get(page) : t.entries().size();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Timeline.Entry e : t.entries().subList(start, end)) {
            List<DatedQuote> quotes = new ArrayList<>();
            for (Timeline.Passage p : e.passages().subList(0, Math.min(e.passages().size(), TIMELINE_QUOTES))) {
                quotes.add(new DatedQuote(views.sourceRef(p.source(), from), p.before(), p.mention().text(), p.after(),
                        spot(from, p.source(), p.mention())));
            }
            entries.add(new TimelineEntry(e.date().id(), e.date().display(), e.date().iso(), quotes,
                    e.passages().size() - quotes.size(), e.published().stream().map(s -> views.sourceRef(s, from)).toList()));
        }
        List<PageLink> links = Paging.links(page, pages, from, Paging::timelinePage);
        Pager pager = new Pager(page, pages, t.entries().size(), Math.min(t.entries().size(), start + 1), end,
                page > 1 ? ViewFactory.near(from, Paging.timelinePage(page - 1)) : null,
                page < pages ? ViewFactory.near(from, Paging.timelinePage(page + 1)) : null, links);
        return new TimelineView(entries, t.dates(), t.passages(), pager);
    }

    /**
     * A link to the words of a date on its source page: the text section, with a text fragment
     * that browsers scroll to and highlight (a short prefix tells repeated words apart).
     */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static String spot(String from, Source s, DateMention m) {
        String body = s.body();
        String directive = TextFragment.encode(SPACES.matcher(m.text()).replaceAll(" "));
        if (body.indexOf(m.text()) != m.start() || body.indexOf(m.text(), m.start() + 1) >= 0) {
            String before = body.substring(Math.max(0, m.start() - 40), m.start());
            String[] words = SPACES.split(before.strip());
            if (words.length > 0 && !words[words.length - 1].isEmpty() && !before.contains("\n")) {
                directive = TextFragment.encode(words[words.length - 1]) + "-," + directive;
            }
        }
        return ViewFactory.rel(from, SitePaths.source(s.slug())) + "#h-text:~:text=" + directive;
    }

    public SourceExtras sourceExtras(Source s) {
        String from = SitePaths.source(s.slug());
        return new SourceExtras(ViewFactory.near(from, SitePaths.sourceCitation(s.slug(), "bib")),
                ViewFactory.near(from, SitePaths.sourceCitation(s.slug(), "ris")),
                ViewFactory.near(from, SitePaths.sourceCitation(s.slug(), "csl.json")), s.meta().url());
    }

    /** The chart (on the first page of a fact). */
    public FactExtras factExtras(FactDef f, int page) {
        List<Claim> all = archive.claimsFor(f.id());
        if (all.isEmpty() || page > 1) {
            return new FactExtras(null, null);
        }
        List<ValueChart.Bar> bars = new ArrayList<>();
        List<Claim> statements = statements(all);
        if (statements.size() <= CHART_BARS) {
            // by value, then in the fact's order (its sources' dates, as the statements below are listed)
            statements.stream().sorted(Comparator.comparing(Claim::value))
                    .forEach(c -> bars.add(bar(archive.expectSource(c.source()).meta().title(), c)));
        } else {
            Map<String, List<Claim>> byValue = new LinkedHashMap<>();
            statements.stream().sorted(Comparator.comparing(Claim::value))
                    .forEach(c -> byValue.computeIfAbsent(c.displayValue(), k -> new ArrayList<>()).add(c));
            byValue.forEach((v, cs) -> bars.add(bar(cs.size() + (cs.size() == 1 ? " statement" : " statements"), cs.get(0))));
        }
        String title = "Values stated for " + f.label() + ": " + String.join("; ",
                bars.stream().map(b -> b.label() + " states " + b.value()).toList());
        return new FactExtras(ValueChart.svg(bars, title), title);
    }

    /**
     * The first claim of each statement ({@link Claim#statementKey}) of a fact, in order. A
     * statement's key starts with its source, and a fact's claims are in source order, so a
     * repeated statement can only repeat one of its own source's run.
     */
    static List<Claim> statements(List<Claim> all) {
        List<Claim> out = new ArrayList<>();
        int run = 0;
        for (Claim c : all) {
            if (out.isEmpty() || !out.get(out.size() - 1).source().equals(c.source())) {
                run = out.size();
                out.add(c);
                continue;
            }
            boolean repeated = false;
            for (int i = run; i < out.size() && !repeated; i++) {
                repeated = sameStatement(out.get(i), c);
            }
            if (!repeated) {
                out.add(c);
            }
        }
        return out;
    }

    /** {@code a.statementKey().equals(b.statementKey())} for two claims of one source and fact, without making the keys. */
    static boolean sameStatement(Claim a, Claim b) {
        return a.qualifier() == b.qualifier() && java.util.Objects.equals(a.attributedTo() == null ? "" : a.attributedTo(),
                b.attributedTo() == null ? "" : b.attributedTo())
                && samePlain(a.value(), b.value()) && samePlain(a.valueMax(), b.valueMax()) && a.fact().equals(b.fact());
    }

    private static boolean samePlain(BigDecimal x, BigDecimal y) {
        if (x == null || y == null) {
            return x == y;
        }
        return x.equals(y) || (x.compareTo(y) == 0 && x.toPlainString().equals(y.toPlainString()));
    }

    private static ValueChart.Bar bar(String label, Claim c) {
        BigDecimal high = c.qualifier() == Qualifier.RANGE ? c.valueMax() : c.value();
        return new ValueChart.Bar(label, c.displayValue(), c.value(), high, c.qualifier());
    }

    /** The reference files of every source page. */
    public static final List<String> CITATION_FORMATS = List.of("bib", "ris", "csl.json");
    /** Written once for the whole site. */
    public static final List<String> PUBLISH_FILES = List.of(SitePaths.sitemap(), SitePaths.feed(), SitePaths.robots());

    /** sources/<slug>.bib, .ris or .csl.json. */
    public SiteFile citationFile(Source s, String ext) {
        Reference r = Reference.of(s, archive.config().title(), absolute(SitePaths.source(s.slug())));
        String path = SitePaths.sourceCitation(s.slug(), ext);
        return switch (ext) {
            case "bib" -> SiteFile.text(path, BibTeX.entry(r));
            case "ris" -> SiteFile.text(path, Ris.record(r));
            case "csl.json" -> DataExport.json(path, CslJson.items(r));
            default -> throw new IllegalArgumentException("no citation format '" + ext + "'; use one of " + CITATION_FORMATS);
        };
    }

    /** Open Graph and JSON-LD of a page; {@code jsonLd} may be null. */
    public HeadView head(String path, String ogType, String title, String description, String jsonLd, String script) {
        return new HeadView(ogType, title, description == null || description.isBlank() ? archive.config().description() : description,
                archive.config().baseUrl() == null ? null : absolute(path), jsonLd, script,
                ViewFactory.rel(path, SitePaths.feed()));
    }

    public String sourceJsonLd(Source s) {
        String page = SitePaths.source(s.slug());
        String url = archive.config().baseUrl() == null ? s.slug() + ".html" : absolute(page);
        return JsonLd.source(s, url, archive.config().title());
    }

    public String factJsonLd(FactDef f, int page) {
        String from = Paging.factPage(f.id(), page);
        List<Claim> all = archive.claimsFor(f.id());
        int per = Paging.FACT_STATEMENTS;
        List<Claim> shown = all.subList(Math.min(all.size(), (page - 1) * per), Math.min(all.size(), page * per));
        Map<String, Source> sources = new LinkedHashMap<>();
        shown.forEach(c -> sources.put(c.source(), archive.expectSource(c.source())));
        String factId = (archive.config().baseUrl() == null ? ViewFactory.near(from, SitePaths.fact(f.id())) : absolute(SitePaths.fact(f.id())))
                + "#fact";
        return JsonLd.fact(f, factId, shown, sources, c -> archive.config().baseUrl() == null
                ? ViewFactory.rel(from, SitePaths.source(c.source())) + "#" + c.id()
                : absolute(SitePaths.source(c.source())) + "#" + c.id());
    }

    /** sitemap.xml, feed.xml or robots.txt. */
    public SiteFile publishFile(String path, List<String> htmlPages) {
        String base = archive.config().baseUrl();
        if (path.equals(SitePaths.sitemap())) {
            return SiteFile.text(path, Feeds.sitemap(base, htmlPages));
        }
        if (path.equals(SitePaths.feed())) {
            return SiteFile.text(path, Feeds.atom(archive.config().title(), archive.config().description(), base,
                    archive.sources(), SitePaths::source));
        }
        if (path.equals(SitePaths.robots())) {
            return SiteFile.text(path, Feeds.robots(base));
        }
        throw new IllegalArgumentException("not a publish file: " + path + "; use one of " + PUBLISH_FILES);
    }

    /** The absolute URL of a site path when the archive has a base URL, else null. */
    String absolute(String path) {
        String base = archive.config().baseUrl();
        return base == null ? null : base + path;
    }

    private static Comparator<Source> oldestFirst() {
        return Comparator.comparing((Source s) -> s.meta().date() == null ? "9999" : s.meta().date()).thenComparing(Source::slug);
    }
}
