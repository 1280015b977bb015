package org.sourcebook.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.model.FactDef;
import org.sourcebook.render.TemplateRenderer;
import org.sourcebook.render.view.Views.SiteView;
import org.sourcebook.search.ArchiveIndex;
import org.sourcebook.search.SearchIndex;
import org.sourcebook.search.LiveSourceRows;
import org.sourcebook.search.SourceRows;

/** Plans and renders every file of the site, in a fixed order. */
public final class SitePlanner {
    private final Archive archive;
    private final TemplateRenderer renderer;
    private final Path templatesDir;
    private final ViewFactory views;
    private final ReaderPages reader;

    public SitePlanner(Archive archive, Path templatesDir) {
        this(archive, templatesDir, new TemplateRenderer(templatesDir));
    }

    /** With templates already loaded ({@code serve} keeps one renderer while templates do not change). */
    public SitePlanner(Archive archive, Path templatesDir, TemplateRenderer renderer) {
        this(archive, templatesDir, renderer, null, new ViewFactory(archive), false);
    }

    /**
     * After one source changed ({@code serve}): what {@code previous} read from the sources that
     * did not change (the dates on the timeline) is reused.
     */
    public SitePlanner(Archive archive, Path templatesDir, TemplateRenderer renderer, SitePlanner previous) {
        this(archive, templatesDir, renderer, previous, new ViewFactory(archive), previous != null);
    }

    /**
     * As above, with the views of {@code archive} already made (and what they have computed
     * kept), for {@code serve}: the planner keeps each source's lines of the claim exports for
     * the next one (also when {@code previous} is null: the first planner of a served site).
     */
    public SitePlanner(Archive archive, Path templatesDir, TemplateRenderer renderer, SitePlanner previous, ViewFactory views) {
        this(archive, templatesDir, renderer, previous, views, true);
    }

    private SitePlanner(Archive archive, Path templatesDir, TemplateRenderer renderer, SitePlanner previous, ViewFactory views,
                        boolean serve) {
        if (views.archive() != archive) {
            throw new IllegalArgumentException("the views given to the planner show another archive");
        }
        this.archive = archive;
        this.templatesDir = templatesDir;
        this.renderer = renderer;
        this.views = views;
        this.reader = new ReaderPages(archive, views, previous == null ? null : previous.reader);
        // serve's planners keep each source's claim lines for the next one
        this.exports = serve ? new DataExport.Exports(archive, previous == null ? null : previous.exports) : new DataExport.Exports(archive);
        if (previous != null && previous.renderer == renderer) {
            // a fact's values table shows its values summary only: kept while the summary is
            previous.valuesTables.forEach((f, html) -> {
                if (views.sharesValues(previous.views, f)) {
                    valuesTables.put(f, html);
                }
            });
        }
    }

    /** The views of this planner's archive (they keep what they computed, e.g. each fact's values summary). */
    public ViewFactory views() {
        return views;
    }

    /** Every file, rendered one after another in plan order (the reference for parallel writers). */
    public List<SiteFile> files() {
        return plan().stream().map(PlannedFile::renderFile).toList();
    }

    /**
     * Every file of the site in a fixed order, not yet rendered, with what each depends on.
     * Rendering a planned file reads only the immutable archive, so files may be rendered on
     * any thread in any order and still give the same bytes.
     */
    public List<PlannedFile> plan() {
        return plan(true);
    }

    /**
     * The plan; without {@link #searchFiles()} when {@code withSearchFiles} is false ({@code serve}
     * writes the pages first and the search files after them).
     */
    public List<PlannedFile> plan(boolean withSearchFiles) {
        // the search index reads only the immutable archive: it is made on a thread of its own
        // while this one plans the rest (its serial parts and the timeline's dates used to run
        // one after the other on one core of two); the files and their order are the same
        java.util.concurrent.FutureTask<List<SearchIndex.IndexFile>> index = null;
        if (withSearchFiles) {
            index = new java.util.concurrent.FutureTask<>(() -> ArchiveIndex.filesOnce(archive));
            Thread t = new Thread(index, "search-index");
            t.setDaemon(true);
            t.start();
        }
        List<PlannedFile> out = new ArrayList<>();
        out.add(home());
        for (int p = 1; p <= views.sourcesPages(); p++) {
            out.add(sourcesPage(p));
        }
        for (Source s : archive.sources()) {
            out.addAll(sourceFiles(s));
        }
        out.add(factsIndex());
        for (FactDef f : archive.schema().all()) {
            for (int p = 1; p <= views.factPages(f); p++) {
                out.add(factPage(f, p));
            }
        }
        for (int p = 1; p <= views.reviewPages(); p++) {
            out.add(reviewPage(p));
        }
        for (int p = 1; p <= reader.comparePages(); p++) {
            out.add(comparePage(p));
        }
        for (int p = 1; p <= reader.timelinePages(); p++) {
            out.add(timelinePage(p));
        }
        out.add(notFound());
        out.addAll(dataFiles(sitemapPages(out)));
        // Search: the page, and the index files (their number depends on the content, so they are built while planning).
        out.add(searchPage());
        if (withSearchFiles) {
            out.addAll(searchFiles(made(index)));
        }
        for (SiteFile f : assets()) {
            out.add(planned(f.path(), Set.of(PlannedFile.ASSETS), () -> f));
        }
        Set<String> seen = new java.util.HashSet<>();
        for (PlannedFile f : out) {
            if (!seen.add(f.path())) {
                throw new IllegalStateException("two files of the site would be written to " + f.path()
                        + ": rename the source or fact whose page name clashes with a numbered page (e.g. facts/<id>-2.html)");
            }
        }
        return List.copyOf(out);
    }

    /**
     * The pages of {@link #plan(boolean) plan(false)} that show one of {@code keys} (not the
     * files that show every source, {@link PlannedFile#DATA}), in plan order, found without
     * planning the rest ({@code serve}: after one source changed, only these are rendered).
     */
    public List<PlannedFile> affected(Set<String> keys) {
        List<PlannedFile> out = new ArrayList<>();
        boolean index = keys.contains(PlannedFile.INDEX);
        boolean listing = keys.contains(PlannedFile.LISTING);
        List<Source> changed = new ArrayList<>();
        for (String k : keys) {
            if (k.startsWith("source:")) {
                archive.findSource(k.substring("source:".length())).ifPresent(changed::add);
            }
        }
        changed.sort(java.util.Comparator.comparing(Source::slug));
        if (index) {
            out.add(home());
        }
        java.util.SortedSet<Integer> pages = new java.util.TreeSet<>();
        if (listing) {
            for (int p = 1; p <= views.sourcesPages(); p++) {
                pages.add(p);
            }
        }
        changed.forEach(s -> pages.add(views.sourcesPageOf(s)));
        pages.forEach(p -> out.add(sourcesPage(p)));
        changed.forEach(s -> out.addAll(sourceFiles(s)));
        if (index) {
            out.add(factsIndex());
        }
        for (FactDef f : archive.schema().all()) {
            Set<String> dep = factDependencies(f);
            boolean all = dep.stream().anyMatch(keys::contains);
            for (int p = 1; p <= views.factPages(f); p++) {
                if (all || keys.contains(PlannedFile.factPage(f.id(), p))) {
                    out.add(factPage(f, p));
                }
            }
        }
        pages.clear();
        changed.forEach(s -> pages.add(Paging.pageOf(java.util.Collections.binarySearch(archive.sources(), s,
                java.util.Comparator.comparing(Source::slug)), Paging.REVIEW_SOURCES)));
        pages.forEach(p -> out.add(reviewPage(p)));
        pages.clear();
        if (listing || keys.contains(PlannedFile.COLUMNS)) {
            for (int p = 1; p <= reader.comparePages(); p++) {
                pages.add(p);
            }
        }
        changed.forEach(s -> pages.add(reader.comparePageOf(s)));
        pages.forEach(p -> out.add(comparePage(p)));
        if (keys.contains(PlannedFile.TIMELINE)) {
            for (int p = 1; p <= reader.timelinePages(); p++) {
                out.add(timelinePage(p));
            }
        }
        if (index) {
            out.add(notFound());
            out.add(searchPage());
        }
        return out;
    }

    /** The pages the sitemap lists: the HTML pages of {@code plan} before its first data file, but the 404 page. */
    public static List<String> sitemapPages(List<PlannedFile> plan) {
        List<String> out = new ArrayList<>();
        for (PlannedFile f : plan) {
            if (f.dependsOn().contains(PlannedFile.DATA)) {
                break;
            }
            if (f.path().endsWith(".html") && !f.path().equals(SitePaths.notFound())) {
                out.add(f.path());
            }
        }
        return out;
    }

    /** The files that show every source ({@link PlannedFile#DATA}): sitemap, feed, robots.txt and the data exports. */
    public List<PlannedFile> dataFiles(List<String> htmlPages) {
        List<PlannedFile> out = new ArrayList<>();
        for (String path : ReaderPages.PUBLISH_FILES) {
            out.add(planned(path, Set.of(PlannedFile.DATA), () -> reader.publishFile(path, htmlPages)));
        }
        for (String path : DATA_FILES) {
            PlannedFile.Streamed streamed = exports.streamed(path);
            out.add(streamed != null ? PlannedFile.streamed(path, Set.of(PlannedFile.DATA), streamed)
                    : planned(path, Set.of(PlannedFile.DATA), () -> dataFile(path)));
        }
        return out;
    }

    private PlannedFile home() {
        return planned(SitePaths.home(), Set.of(PlannedFile.INDEX),
                () -> page(SitePaths.home(), "index.ftlh", "home", archive.config().title(), views.home()));
    }

    private PlannedFile sourcesPage(int page) {
        String path = Paging.sourcesPage(page);
        return planned(path, rowsOf(views.sourcesOnPage(page), PlannedFile.LISTING),
                () -> page(path, "sources.ftlh", "sources", "Sources", views.sources(page)));
    }

    private List<PlannedFile> sourceFiles(Source s) {
        List<PlannedFile> out = new ArrayList<>();
        Set<String> dep = Set.of(PlannedFile.source(s.slug()));
        out.add(planned(SitePaths.source(s.slug()), dep,
                () -> page(SitePaths.source(s.slug()), "source.ftlh", "sources", s.meta().title(), views.source(s),
                        reader.sourceExtras(s), reader.head(SitePaths.source(s.slug()), "article", s.meta().title(),
                                null, reader.sourceJsonLd(s), null))));
        for (String ext : ReaderPages.CITATION_FORMATS) {
            out.add(planned(SitePaths.sourceCitation(s.slug(), ext), dep, () -> reader.citationFile(s, ext)));
        }
        out.add(planned(SitePaths.sourceText(s.slug()), dep, () -> new SiteFile(SitePaths.sourceText(s.slug()), s.bodyUtf8())));
        return out;
    }

    private PlannedFile factsIndex() {
        return planned(SitePaths.facts(), Set.of(PlannedFile.INDEX),
                () -> page(SitePaths.facts(), "facts.ftlh", "facts", "Facts", views.facts()));
    }

    /** A fact page shows its parent's and children's rows too. */
    private Set<String> factDependencies(FactDef f) {
        Set<String> dep = new java.util.HashSet<>();
        dep.add(PlannedFile.fact(f.id()));
        if (f.parent() != null) {
            dep.add(PlannedFile.fact(f.parent()));
        }
        archive.schema().children(f.id()).forEach(c -> dep.add(PlannedFile.fact(c.id())));
        return dep;
    }

    private PlannedFile factPage(FactDef f, int page) {
        String path = Paging.factPage(f.id(), page);
        Set<String> pageDep = factDependencies(f);
        pageDep.add(PlannedFile.factPage(f.id(), page));
        return planned(path, pageDep, () -> page(path, "fact.ftlh", "facts", f.label(), views.fact(f, page),
                reader.factExtras(f, page), reader.head(path, "article", f.label(), f.definition(), reader.factJsonLd(f, page), null),
                page == 1 ? Map.of("valuesTable", valuesTable(f)) : Map.of()));
    }

    private PlannedFile reviewPage(int page) {
        String path = Paging.reviewPage(page);
        List<Source> all = archive.sources();
        Set<String> dep = new java.util.HashSet<>();
        all.subList((page - 1) * Paging.REVIEW_SOURCES, Math.min(all.size(), page * Paging.REVIEW_SOURCES))
                .forEach(s -> dep.add(PlannedFile.source(s.slug())));
        return planned(path, dep, () -> page(path, "review.ftlh", "review", "Extraction review (editors)", views.review(page)));
    }

    private PlannedFile comparePage(int page) {
        String path = SitePaths.compare(page);
        return planned(path, rowsOf(reader.compareSources(page), PlannedFile.LISTING, PlannedFile.COLUMNS),
                () -> page(path, "compare.ftlh", "compare", "Compare the sources", reader.compare(page),
                        null, reader.head(path, "website", "Compare the sources", null, null, "compare.js")));
    }

    private PlannedFile timelinePage(int page) {
        String path = Paging.timelinePage(page);
        return planned(path, Set.of(PlannedFile.TIMELINE), () -> page(path, "timeline.ftlh", "timeline", "Timeline",
                reader.timeline(page), null, reader.head(path, "website", "Timeline", null, null, null)));
    }

    private PlannedFile notFound() {
        return planned(SitePaths.notFound(), Set.of(PlannedFile.INDEX), () -> page(SitePaths.notFound(), "404.ftlh", "none",
                "Page not found", null, null, reader.head(SitePaths.notFound(), "website", "Page not found", null, null, null)));
    }

    private PlannedFile searchPage() {
        return planned(SEARCH_PAGE, Set.of(PlannedFile.INDEX), () -> page(SEARCH_PAGE, "search.ftlh", "search", "Search", Map.of()));
    }

    /**
     * The search index and (when the sources index is split) its rows, made now: how many files
     * there are depends on the content. They show every source ({@link PlannedFile#DATA}).
     */
    public List<PlannedFile> searchFiles() {
        return searchFiles(ArchiveIndex.filesOnce(archive));
    }

    /** {@link #searchFiles()} with the index's files already made. */
    private List<PlannedFile> searchFiles(List<SearchIndex.IndexFile> indexFiles) {
        // made once and written: the index keeps no document chunks, each is made when written
        List<PlannedFile> out = new ArrayList<>();
        Set<String> data = Set.of(PlannedFile.DATA);
        for (SearchIndex.IndexFile f : indexFiles) {
            out.add(planned(f.path(), data, f::file));
        }
        addSourceRows(out);
        return out;
    }

    /**
     * As {@link #searchFiles()}, with the index of this planner's archive and the sources index's
     * filter files given ({@code serve} keeps both and updates them).
     */
    public List<PlannedFile> searchFiles(ArchiveIndex index, java.util.Optional<LiveSourceRows> rows) {
        List<PlannedFile> out = new ArrayList<>();
        Set<String> data = Set.of(PlannedFile.DATA);
        for (SiteFile f : index.files()) {
            out.add(planned(f.path(), data, () -> f));
        }
        rows.ifPresent(r -> r.files().forEach(f -> out.add(planned(f.path(), data, () -> f))));
        return out;
    }

    /** What {@code task} made, once it has ended; its failure thrown as it was (an unchecked one unwrapped). */
    private static <T> T made(java.util.concurrent.FutureTask<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void addSourceRows(List<PlannedFile> out) {
        Set<String> data = Set.of(PlannedFile.DATA);
        for (SiteFile f : sourceRows()) {
            out.add(planned(f.path(), data, () -> f));
        }
    }

    /** When the sources index is split into pages, its filters read every row from these files (under search/); else none. */
    public List<SiteFile> sourceRows() {
        if (views.sourcesPages() <= 1) {
            return List.of();
        }
        return SourceRows.files(archive, s -> views.sourceRef(s, SitePaths.sources()));
    }

    /**
     * The sources index's filter files kept for {@code serve} ({@link LiveSourceRows#files} are
     * {@link #sourceRows()}), or empty when the index is not split.
     */
    public java.util.Optional<LiveSourceRows> liveSourceRows() {
        if (views.sourcesPages() <= 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(LiveSourceRows.of(archive, views.sourcesByDate(), s -> views.sourceRef(s, SitePaths.sources())));
    }

    /**
     * Brings {@code rows} (of an archive with the same sources) up to this planner's archive, the
     * sources {@code slugs} changed: the files whose bytes may have changed ({@link LiveSourceRows#update}).
     */
    public List<SiteFile> updateSourceRows(LiveSourceRows rows, Set<String> slugs) {
        return rows.update(archive, views.sourcesByDate(), s -> views.sourceRef(s, SitePaths.sources()), slugs);
    }

    /** How many pages the timeline has. */
    public int timelinePages() {
        return reader.timelinePages();
    }

    /** The keys of a page that lists {@code rows}: each row's source, and {@code more}. */
    private static Set<String> rowsOf(List<Source> rows, String... more) {
        Set<String> dep = new java.util.HashSet<>(List.of(more));
        rows.forEach(s -> dep.add(PlannedFile.source(s.slug())));
        return dep;
    }

    private static PlannedFile planned(String path, Set<String> dependsOn, java.util.function.Supplier<SiteFile> render) {
        return new PlannedFile(path, dependsOn, render);
    }

    static final String SEARCH_PAGE = "search/index.html";

    /** The files DataExport writes, known before they are made (so that planning stays cheap). */
    static final List<String> DATA_FILES = DataExport.Exports.PATHS;

    private final DataExport.Exports exports;

    /**
     * True when data file {@code path} is made of each source's part ({@code serve}'s claims.json
     * and claims.csv): {@code serve} writes it as a {@link SplicedFile} from {@link #exportParts}.
     */
    public boolean splicedExport(String path) {
        return exports.spliced(path);
    }

    /** The parts of a spliced data file ({@link #splicedExport}), whose concatenation is the file {@link #dataFiles} plans. */
    public byte[][] exportParts(String path) {
        return exports.parts(path);
    }

    /** Each data export is made on its own (on any core); claims.json and claims.csv share the claims, made once. */
    private SiteFile dataFile(String path) {
        return exports.file(path);
    }

    private SiteFile page(String path, String template, String section, String title, Object view) {
        return page(path, template, section, title, view, null, reader.head(path, "website", title, null, null, null));
    }

    private SiteFile page(String path, String template, String section, String title, Object view, Object extras,
                          org.sourcebook.render.view.ReaderViews.HeadView head) {
        return page(path, template, section, title, view, extras, head, Map.of());
    }

    /** Each fact's values table ({@code fact-values.ftlh}), rendered once (its first page shows it; {@code serve} keeps it while the summary is the same). */
    private final java.util.concurrent.ConcurrentHashMap<String, String> valuesTables = new java.util.concurrent.ConcurrentHashMap<>();

    private String valuesTable(FactDef f) {
        return valuesTables.computeIfAbsent(f.id(), id -> {
            String path = SitePaths.fact(id);
            return renderer.render("fact-values.ftlh", Map.of("values", views.values(f), "site", siteView(path, f.label(), "facts")));
        });
    }

    private SiteView siteView(String path, String title, String section) {
        return new SiteView(archive.config().title(), archive.config().description(), archive.config().language(),
                SitePaths.root(path), title, path, section);
    }

    /**
     * A page with the reader features' extras ({@code reader} in templates), head data ({@code head})
     * and parts rendered beforehand ({@code parts}, markup by name).
     */
    private SiteFile page(String path, String template, String section, String title, Object view, Object extras,
                          org.sourcebook.render.view.ReaderViews.HeadView head, Map<String, String> parts) {
        Map<String, Object> model = new HashMap<>(parts);
        if (extras != null) {
            model.put("reader", extras);
        }
        model.put("head", head);
        model.put("site", siteView(path, title, section));
        model.put("page", view);
        return new SiteFile(path, renderer.renderUtf8(template, model));
    }

    /** Everything under templates/assets/ is copied to assets/ as it is. */
    private List<SiteFile> assets() {
        Path dir = templatesDir.resolve("assets");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<SiteFile> out = new ArrayList<>();
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                out.add(new SiteFile("assets/" + rel, Files.readAllBytes(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read assets in " + dir, e);
        }
    }
}
