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
        this(archive, templatesDir, renderer, null);
    }

    /**
     * After one source changed ({@code serve}): what {@code previous} read from the sources that
     * did not change (the dates on the timeline) is reused.
     */
    public SitePlanner(Archive archive, Path templatesDir, TemplateRenderer renderer, SitePlanner previous) {
        this(archive, templatesDir, renderer, previous, new ViewFactory(archive));
    }

    /** As above, with the views of {@code archive} already made (and what they have computed kept). */
    public SitePlanner(Archive archive, Path templatesDir, TemplateRenderer renderer, SitePlanner previous, ViewFactory views) {
        if (views.archive() != archive) {
            throw new IllegalArgumentException("the views given to the planner show another archive");
        }
        this.archive = archive;
        this.templatesDir = templatesDir;
        this.renderer = renderer;
        this.views = views;
        this.reader = new ReaderPages(archive, views, previous == null ? null : previous.reader);
        this.exports = new DataExport.Exports(archive);
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
        List<PlannedFile> out = new ArrayList<>();
        Set<String> index = Set.of(PlannedFile.INDEX);
        out.add(planned(SitePaths.home(), index, () -> page(SitePaths.home(), "index.ftlh", "home", archive.config().title(), views.home())));
        for (int p = 1; p <= views.sourcesPages(); p++) {
            int page = p;
            String path = Paging.sourcesPage(page);
            out.add(planned(path, rowsOf(views.sourcesOnPage(page), PlannedFile.LISTING), () -> page(path, "sources.ftlh", "sources", "Sources", views.sources(page))));
        }
        for (Source s : archive.sources()) {
            Set<String> dep = Set.of(PlannedFile.source(s.slug()));
            out.add(planned(SitePaths.source(s.slug()), dep,
                    () -> page(SitePaths.source(s.slug()), "source.ftlh", "sources", s.meta().title(), views.source(s),
                            reader.sourceExtras(s), reader.head(SitePaths.source(s.slug()), "article", s.meta().title(),
                                    null, reader.sourceJsonLd(s), null))));
            for (String ext : ReaderPages.CITATION_FORMATS) {
                out.add(planned(SitePaths.sourceCitation(s.slug(), ext), dep, () -> reader.citationFile(s, ext)));
            }
            out.add(planned(SitePaths.sourceText(s.slug()), dep, () -> SiteFile.text(SitePaths.sourceText(s.slug()), s.body())));
        }
        out.add(planned(SitePaths.facts(), index, () -> page(SitePaths.facts(), "facts.ftlh", "facts", "Facts", views.facts())));
        for (FactDef f : archive.schema().all()) {
            // A fact page shows its parent's and children's rows too.
            Set<String> dep = new java.util.HashSet<>();
            dep.add(PlannedFile.fact(f.id()));
            if (f.parent() != null) {
                dep.add(PlannedFile.fact(f.parent()));
            }
            archive.schema().children(f.id()).forEach(c -> dep.add(PlannedFile.fact(c.id())));
            for (int p = 1; p <= views.factPages(f); p++) {
                int page = p;
                String path = Paging.factPage(f.id(), page);
                Set<String> pageDep = new java.util.HashSet<>(dep);
                pageDep.add(PlannedFile.factPage(f.id(), page));
                out.add(planned(path, pageDep, () -> page(path, "fact.ftlh", "facts", f.label(), views.fact(f, page),
                        reader.factExtras(f, page), reader.head(path, "article", f.label(), f.definition(), reader.factJsonLd(f, page), null),
                        Map.of("valuesTable", valuesTable(f)))));
            }
        }
        for (int p = 1; p <= views.reviewPages(); p++) {
            int page = p;
            String path = Paging.reviewPage(page);
            List<Source> all = archive.sources();
            Set<String> dep = new java.util.HashSet<>();
            all.subList((page - 1) * Paging.REVIEW_SOURCES, Math.min(all.size(), page * Paging.REVIEW_SOURCES))
                    .forEach(s -> dep.add(PlannedFile.source(s.slug())));
            out.add(planned(path, dep, () -> page(path, "review.ftlh", "review", "Extraction review (editors)", views.review(page))));
        }
        for (int p = 1; p <= reader.comparePages(); p++) {
            int page = p;
            String path = SitePaths.compare(page);
            out.add(planned(path, rowsOf(reader.compareSources(page), PlannedFile.LISTING, PlannedFile.COLUMNS), () -> page(path, "compare.ftlh", "compare", "Compare the sources", reader.compare(page),
                    null, reader.head(path, "website", "Compare the sources", null, null, "compare.js"))));
        }
        for (int p = 1; p <= reader.timelinePages(); p++) {
            int page = p;
            String path = Paging.timelinePage(page);
            out.add(planned(path, Set.of(PlannedFile.TIMELINE), () -> page(path, "timeline.ftlh", "timeline", "Timeline",
                    reader.timeline(page), null, reader.head(path, "website", "Timeline", null, null, null))));
        }
        out.add(planned(SitePaths.notFound(), index, () -> page(SitePaths.notFound(), "404.ftlh", "none", "Page not found",
                null, null, reader.head(SitePaths.notFound(), "website", "Page not found", null, null, null))));
        List<String> htmlPages = out.stream().map(PlannedFile::path)
                .filter(x -> x.endsWith(".html") && !x.equals(SitePaths.notFound())).toList();
        for (String path : ReaderPages.PUBLISH_FILES) {
            out.add(planned(path, Set.of(PlannedFile.DATA), () -> reader.publishFile(path, htmlPages)));
        }
        for (String path : DATA_FILES) {
            PlannedFile.Streamed streamed = exports.streamed(path);
            out.add(streamed != null ? PlannedFile.streamed(path, Set.of(PlannedFile.DATA), streamed)
                    : planned(path, Set.of(PlannedFile.DATA), () -> dataFile(path)));
        }
        // Search: the page, and the index files (their number depends on the content, so they are built while planning).
        out.add(planned(SEARCH_PAGE, index, () -> page(SEARCH_PAGE, "search.ftlh", "search", "Search", Map.of())));
        if (withSearchFiles) {
            out.addAll(searchFiles());
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
     * The search index and (when the sources index is split) its rows, made now: how many files
     * there are depends on the content. They show every source ({@link PlannedFile#DATA}).
     */
    public List<PlannedFile> searchFiles() {
        // made once and written: the index keeps no document chunks, each is made when written
        List<PlannedFile> out = new ArrayList<>();
        Set<String> data = Set.of(PlannedFile.DATA);
        for (SearchIndex.IndexFile f : ArchiveIndex.filesOnce(archive)) {
            out.add(planned(f.path(), data, f::file));
        }
        addSourceRows(out);
        return out;
    }

    /** As {@link #searchFiles()}, with the index of this planner's archive given ({@code serve} keeps one and updates it). */
    public List<PlannedFile> searchFiles(ArchiveIndex index) {
        List<PlannedFile> out = new ArrayList<>();
        Set<String> data = Set.of(PlannedFile.DATA);
        for (SiteFile f : index.files()) {
            out.add(planned(f.path(), data, () -> f));
        }
        addSourceRows(out);
        return out;
    }

    private void addSourceRows(List<PlannedFile> out) {
        Set<String> data = Set.of(PlannedFile.DATA);
        if (views.sourcesPages() > 1) {
            // The sources index is split into pages: its filters read every row from these files.
            for (SiteFile f : SourceRows.files(archive, s -> views.sourceRef(s, SitePaths.sources()))) {
                out.add(planned(f.path(), data, () -> f));
            }
        }
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

    /** Each fact's values table ({@code fact-values.ftlh}), rendered once: all pages of a fact show the same. */
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
