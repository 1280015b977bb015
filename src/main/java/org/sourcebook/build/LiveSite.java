package org.sourcebook.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sourcebook.check.ContentException;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.content.ContentFolder;
import org.sourcebook.content.FurnitureCues;
import org.sourcebook.content.FurnitureDetector;
import org.sourcebook.content.Source;
import org.sourcebook.content.SourceLoader;
import org.sourcebook.extract.ClaimExtractor;
import org.sourcebook.extract.Extraction;
import org.sourcebook.extract.Grammar;
import org.sourcebook.extract.Overrides;
import org.sourcebook.model.Archive;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactDef;
import org.sourcebook.site.DataExport;
import org.sourcebook.site.Manifest;
import org.sourcebook.site.ReaderPages;
import org.sourcebook.site.ViewFactory;
import org.sourcebook.site.SiteFile;
import org.sourcebook.site.SitePaths;
import org.sourcebook.timeline.Timeline;
import org.sourcebook.render.TemplateRenderer;
import org.sourcebook.search.ArchiveIndex;
import org.sourcebook.site.Paging;
import org.sourcebook.site.ParallelWriter;
import org.sourcebook.site.PlannedFile;
import org.sourcebook.site.SitePlanner;
import org.sourcebook.site.SiteWriter;

/**
 * The site {@code serve} keeps up to date: the archive stays in memory, and when one source file
 * changes only what shows it is rendered again (its pages, the pages of the facts it states or
 * stated, the indexes, the data exports); files whose bytes did not change are not rewritten.
 * Anything else (a new or deleted source, facts.yaml, archive.yaml, a template) rebuilds all.
 */
public final class LiveSite {
    private final Path content;
    private final Path templates;
    private final Path out;
    private Archive archive;
    private TemplateRenderer renderer;
    private ClaimExtractor extractor;
    /** The grammar's furniture cues and the overrides, as the full load used them. */
    private FurnitureCues furnitureCues;
    private Overrides overrides;
    private Set<String> paths = Set.of();
    /** The planner of the site as it is now: the next update reuses what it read from unchanged sources. */
    private SitePlanner planner;
    /** The search index of the site as it is now (null after a failed update: the next one makes it again). */
    private ArchiveIndex search;
    /** Size and hash of every file of the site, kept as files are rewritten, so the manifest stays fresh. */
    private final SortedMap<String, Manifest.Entry> hashes = new TreeMap<>();

    /** What one update did: files rendered, files rewritten, and its time split. */
    public record Update(String kind, int rendered, int rewritten, long pagesMillis, long totalMillis,
                        List<Diagnostic> diagnostics) {
    }

    public LiveSite(Path content, Path templates, Path out) {
        this.content = content;
        this.templates = templates;
        this.out = out;
    }

    /** Builds everything (staging and swap), and keeps the archive for later updates. */
    public Update rebuild() throws IOException {
        long t0 = System.nanoTime();
        LoadedArchive loaded = ArchiveLoader.load(content);
        if (!loaded.ok()) {
            throw new ContentException(loaded.diagnostics());
        }
        archive = loaded.archive();
        renderer = new TemplateRenderer(templates);
        // the same grammar, furniture cues and overrides as ArchiveLoader, so an update extracts what a full load would
        ContentFolder folder = new ContentFolder(content);
        List<Diagnostic> again = new ArrayList<>();
        Grammar grammar = Grammar.load(content, folder.shown(content.resolve("extraction.yaml")), again);
        furnitureCues = FurnitureCues.from(grammar.section("furniture"));
        extractor = new ClaimExtractor(archive.schema(), grammar);
        overrides = Overrides.load(folder.overridesDir(), folder::shown, archive.schema(), archive.sources(), again);
        planner = new SitePlanner(archive, templates, renderer);
        search = null;
        ArchiveIndex index = ArchiveIndex.of(archive);
        List<PlannedFile> plan = new ArrayList<>(planner.plan(false));
        plan.addAll(planner.searchFiles(index));
        SiteWriter.Written w = SiteWriter.write(plan, out, Timings.NONE, archive.sources());
        paths = pathsOf(plan);
        readManifest();
        search = index;
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new Update("full", w.files(), w.files(), ms, ms, loaded.diagnostics());
    }

    /**
     * Brings the site up to date after {@code changed} files changed. One or more existing
     * source files: incremental; anything else: {@link #rebuild()}.
     *
     * @throws ContentException when a changed source has errors (the site is left as it was)
     */
    public Update changed(Set<Path> changed) throws IOException {
        if (archive == null) {
            return rebuild();
        }
        ContentFolder folder = new ContentFolder(content);
        Path sourcesDir = folder.sourcesDir().toAbsolutePath().normalize();
        List<Path> sourceFiles = new ArrayList<>();
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            String name = abs.getFileName().toString();
            String slug = name.endsWith(".md") ? name.substring(0, name.length() - 3) : null;
            if (!sourcesDir.equals(abs.getParent()) || slug == null || !Files.isRegularFile(abs)
                    || archive.findSource(slug).isEmpty()) {
                return rebuild();
            }
            sourceFiles.add(abs);
        }
        long t0 = System.nanoTime();
        Set<String> keys = new HashSet<>();
        keys.add(PlannedFile.INDEX);
        List<Diagnostic> problems = new ArrayList<>();
        Archive next = archive;
        ViewFactory nextViews = null;
        for (Path p : sourceFiles) {
            Optional<Source> loaded = SourceLoader.load(p, folder.shown(p), problems)
                    .map(s -> s.withFurniture(FurnitureDetector.detect(s, furnitureCues)));
            if (loaded.isEmpty() || problems.stream().anyMatch(Diagnostic::isError)) {
                throw new ContentException(problems);
            }
            Source s = loaded.get();
            Overrides.Applied applied = overrides.apply(extractor.extract(s), s);
            problems.addAll(applied.diagnostics());
            if (problems.stream().anyMatch(Diagnostic::isError)) {
                throw new ContentException(problems);
            }
            Extraction x = applied.extraction();
            List<Claim> claims = ClaimIds.assign(x.claims());
            Archive before = next;
            next = next.withSource(s, claims, x.decisions());
            keys.add(PlannedFile.source(s.slug()));
            Source old = before.expectSource(s.slug());
            if (!Objects.equals(old.meta().date(), s.meta().date())) {
                keys.add(PlannedFile.LISTING);
            }
            if (!timelineSignature(old).equals(timelineSignature(s))) {
                keys.add(PlannedFile.TIMELINE);
            }
            if (!columns(before).equals(columns(next))) {
                keys.add(PlannedFile.COLUMNS);
            }
            Set<String> facts = new HashSet<>();
            before.claimsOf(s.slug()).forEach(c -> facts.add(c.fact()));
            claims.forEach(c -> facts.add(c.fact()));
            // the views of the site as it was have its summaries made already; the new ones are kept for rendering
            ViewFactory viewsBefore = before == archive ? planner.views() : new ViewFactory(before);
            nextViews = new ViewFactory(next);
            ViewFactory viewsNext = nextViews;
            for (String f : facts) {
                FactDef def = next.schema().expect(f);
                if (!summary(viewsBefore, def).equals(summary(viewsNext, def))
                        || before.claimsFor(f).size() != next.claimsFor(f).size()) {
                    // every page shows the summary and numbers the statements: all pages change
                    keys.add(PlannedFile.fact(f));
                }
                before.claimsOf(s.slug()).stream().filter(c -> c.fact().equals(f)).forEach(c -> keys.add(factPage(before, c)));
                Archive after = next;
                after.claimsOf(s.slug()).stream().filter(c -> c.fact().equals(f)).forEach(c -> keys.add(factPage(after, c)));
                // claims of other sources that moved to another page of the fact: their links change
                for (Claim c : next.claimsFor(f)) {
                    if (!c.source().equals(s.slug()) && page(before, c) != page(next, c)) {
                        keys.add(PlannedFile.source(c.source()));
                        keys.add(factPage(before, c));
                        keys.add(factPage(next, c));
                    }
                }
            }
        }
        archive = next;
        // the pages first (without the search index, which depends on every source), then the rest
        planner = new SitePlanner(archive, templates, renderer, planner, nextViews);
        List<PlannedFile> plan = new ArrayList<>(planner.plan(false));
        List<PlannedFile> pages = new ArrayList<>();
        for (PlannedFile f : plan) {
            if (!f.dependsOn().contains(PlannedFile.DATA) && f.dependsOn().stream().anyMatch(keys::contains)) {
                pages.add(f);
            }
        }
        ParallelWriter.Written w = ParallelWriter.update(pages, out, this::record);
        long pagesMs = (System.nanoTime() - t0) / 1_000_000;
        // the search index: only the documents of what changed are made again, only files whose bytes changed are written
        ArchiveIndex index = search;
        search = null;
        Set<String> indexFiles = new HashSet<>();
        Set<String> fresh;
        if (index == null) {
            index = ArchiveIndex.of(archive);
            fresh = null;
        } else {
            fresh = index.update(archive);
        }
        index.files().forEach(f -> indexFiles.add(f.path()));
        plan.addAll(planner.searchFiles(index));
        Set<String> written = fresh;
        List<PlannedFile> data = plan.stream().filter(f -> f.dependsOn().contains(PlannedFile.DATA)
                && (written == null || !indexFiles.contains(f.path()) || written.contains(f.path()))).toList();
        ParallelWriter.Written d = ParallelWriter.update(data, out, this::record);
        removeStale(plan);
        int manifest = writeManifest();
        search = index;
        long totalMs = (System.nanoTime() - t0) / 1_000_000;
        return new Update("incremental", pages.size() + data.size() + 1, w.rewritten() + d.rewritten() + manifest, pagesMs,
                totalMs, List.copyOf(problems));
    }

    /** What the timeline shows of a source: its dated passages, and its title, date and publisher. */
    private static List<String> timelineSignature(Source s) {
        List<String> out = new ArrayList<>();
        for (Timeline.Passage p : Timeline.passages(s)) {
            out.add(p.mention().date().id() + "|" + p.before() + "|" + p.mention().text() + "|" + p.after() + "|" + p.mention().start());
        }
        out.add(s.meta().title() + "|" + s.meta().date() + "|" + s.meta().publisher() + "|" + s.meta().inferred());
        return out;
    }

    /** The concordance's columns: every fact some source states, with its status. */
    private static List<String> columns(Archive a) {
        List<String> out = new ArrayList<>();
        for (FactDef f : a.schema().all()) {
            if (!a.claimsFor(f.id()).isEmpty()) {
                out.add(f.id() + "=" + a.status(f.id()).id());
            }
        }
        return out;
    }

    private void record(SiteFile f) {
        Manifest.Entry e = Manifest.Entry.of(f.bytes());
        synchronized (hashes) {
            hashes.put(f.path(), e);
        }
    }

    /** The hashes of the site just built, from its manifest. */
    private void readManifest() throws IOException {
        hashes.clear();
        JsonNode m = DataExport.JSON.readTree(out.resolve(Manifest.PATH).toFile());
        for (JsonNode f : m.get("files")) {
            hashes.put(f.get("path").asText(), new Manifest.Entry(f.get("bytes").asLong(), f.get("sha256").asText()));
        }
    }

    /** Writes data/manifest.json again from the kept hashes; 1 when its bytes changed. */
    private int writeManifest() throws IOException {
        SiteFile m;
        synchronized (hashes) {
            hashes.keySet().retainAll(paths);
            m = Manifest.of(hashes);
        }
        Path p = out.resolve(m.path());
        if (Files.isRegularFile(p) && Arrays.equals(Files.readAllBytes(p), m.bytes())) {
            return 0;
        }
        Files.write(p, m.bytes());
        return 1;
    }

    /**
     * What every page of a fact shows besides its statements: the fact's and its relatives' rows,
     * the values summary, the pager, the chart.
     */
    private static List<Object> summary(ViewFactory views, FactDef f) {
        Archive a = views.archive();
        String from = SitePaths.fact(f.id());
        String chart = String.valueOf(new ReaderPages(a, views).factExtras(f, 1).chartSvg());
        return List.of(views.factRow(f, from), String.valueOf(f.parent() == null ? null : views.factRow(a.schema().expect(f.parent()), from)),
                a.schema().children(f.id()).stream().map(c -> views.factRow(c, from)).toList(), a.status(f.id()).explanation(),
                views.values(f), views.factPages(f), a.claimsFor(f.id()).size(), chart);
    }

    private static String factPage(Archive a, Claim c) {
        return PlannedFile.factPage(c.fact(), page(a, c));
    }

    private static int page(Archive a, Claim c) {
        return Paging.pageOf(a.positionInFact(c), Paging.FACT_STATEMENTS);
    }

    /** Pages that no longer exist (a fact with fewer pages of statements) are deleted. */
    private void removeStale(List<PlannedFile> plan) throws IOException {
        Set<String> now = pathsOf(plan);
        for (String old : paths) {
            if (!now.contains(old)) {
                Files.deleteIfExists(out.resolve(old));
            }
        }
        paths = now;
    }

    private static Set<String> pathsOf(List<PlannedFile> plan) {
        Set<String> s = new HashSet<>();
        plan.forEach(f -> s.add(f.path()));
        return s;
    }

    public Archive archive() {
        return archive;
    }
}
