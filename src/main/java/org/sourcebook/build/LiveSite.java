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
import java.util.Map;
import java.util.HashMap;
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
import org.sourcebook.search.LiveSourceRows;
import org.sourcebook.site.Paging;
import org.sourcebook.site.ParallelWriter;
import org.sourcebook.site.PlannedFile;
import org.sourcebook.site.SitePlanner;
import org.sourcebook.site.SplicedFile;
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
    /** {@code -Dsourcebook.serve.timings}: each update prints the time of its steps to stderr. */
    private static final boolean TIMINGS = Boolean.getBoolean("sourcebook.serve.timings");
    private long lapAt;
    private final StringBuilder laps = new StringBuilder();

    private long lapCpu;
    private long lapAllocated;

    /**
     * Wall ms, CPU ms of the process in brackets, and MB allocated by all threads in square
     * brackets, of the step just done (with {@link #TIMINGS}).
     */
    private void lap(String step) {
        if (TIMINGS) {
            long now = System.nanoTime();
            long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long allocated = ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                    .getTotalThreadAllocatedBytes();
            laps.append(String.format(java.util.Locale.ROOT, " %s %.1f (%.0f) [%.1f]", step, (now - lapAt) / 1e6, (cpu - lapCpu) / 1e6,
                    (allocated - lapAllocated) / 1e6));
            lapAt = now;
            lapCpu = cpu;
            lapAllocated = allocated;
        }
    }
    private TemplateRenderer renderer;
    private ClaimExtractor extractor;
    /** The grammar's furniture cues and the overrides, as the full load used them. */
    private FurnitureCues furnitureCues;
    private Overrides overrides;
    private Set<String> paths = Set.of();
    /** The summaries ({@link #summary}) of facts as the site shows them now, kept from the updates that made them. */
    private final Map<String, List<Object>> summaries = new HashMap<>();
    /** Of {@link #paths}: the search index's files and the source rows' (which are among them). */
    private Set<String> searchPaths = Set.of();
    private Set<String> searchRows = Set.of();
    /** The sources index's filter files (null when it is not split, or after a failed update: the next one makes them again). */
    private LiveSourceRows rows;
    /** The pages the sitemap lists, and how many timeline pages there are: kept while no fact or the timeline gains or loses a page. */
    private List<String> htmlPages = List.of();
    private int timelinePages;
    /** The planner of the site as it is now: the next update reuses what it read from unchanged sources. */
    private SitePlanner planner;
    /** The search index of the site as it is now (null after a failed update: the next one makes it again). */
    private ArchiveIndex search;
    /**
     * claims.json and claims.csv as written, with their hash states ({@link SplicedFile}): an
     * update writes and hashes them from the changed source's part on. Empty after a failed
     * update (the next one writes them whole).
     */
    private final Map<String, SplicedFile> exportFiles = new HashMap<>();
    /** Size and hash of every file of the site, kept as files are rewritten, so the manifest stays fresh. */
    private final SortedMap<String, Manifest.Entry> hashes = new TreeMap<>();
    /** The manifest's records as made from {@link #hashes}, and the manifest as written (null: written whole next time). */
    private final Manifest.Parts manifestParts = new Manifest.Parts();
    private SplicedFile manifestFile;
    /** {@link #paths} when the manifest was last made (a new set when files came or went). */
    private Set<String> manifestPaths;

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
        planner = new SitePlanner(archive, templates, renderer, null, new ViewFactory(archive));
        summaries.clear();
        search = null;
        ArchiveIndex index = ArchiveIndex.of(archive);
        List<PlannedFile> pagesPlan = planner.plan(false);
        rows = planner.liveSourceRows().orElse(null);
        List<PlannedFile> searchFiles = planner.searchFiles(index, Optional.ofNullable(rows));
        List<PlannedFile> plan = new ArrayList<>(pagesPlan);
        plan.addAll(searchFiles);
        SiteWriter.Written w = SiteWriter.write(plan, out, Timings.NONE, archive.sources());
        paths = pathsOf(plan);
        htmlPages = SitePlanner.sitemapPages(pagesPlan);
        searchPaths = pathsOf(searchFiles);
        searchRows = rows == null ? Set.of() : rows.paths();
        timelinePages = planner.timelinePages();
        exportFiles.clear();
        for (String path : DataExport.Exports.PATHS) {
            if (planner.splicedExport(path)) {
                exportFiles.put(path, SplicedFile.written(path, planner.exportParts(path), true));
            }
        }
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
        lapAt = t0;
        lap("start");
        laps.setLength(0);
        Set<String> keys = new HashSet<>();
        keys.add(PlannedFile.INDEX);
        List<Diagnostic> problems = new ArrayList<>();
        Archive was = archive;
        Archive next = archive;
        // every fact a changed source states, before or after
        Set<String> facts = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        boolean feedChanged = false;
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
            lap("extract");
            Archive before = next;
            next = next.withSource(s, claims, x.decisions());
            lap("withSource");
            slugs.add(s.slug());
            keys.add(PlannedFile.source(s.slug()));
            Source old = before.expectSource(s.slug());
            feedChanged |= !feedEntry(old).equals(feedEntry(s));
            if (!Objects.equals(old.meta().date(), s.meta().date())) {
                keys.add(PlannedFile.LISTING);
            }
            if (!timelineSignature(old).equals(timelineSignature(s))) {
                keys.add(PlannedFile.TIMELINE);
            }
            if (!columns(before).equals(columns(next))) {
                keys.add(PlannedFile.COLUMNS);
            }
            Set<String> mine = new HashSet<>();
            before.claimsOf(s.slug()).forEach(c -> mine.add(c.fact()));
            claims.forEach(c -> mine.add(c.fact()));
            for (String f : mine) {
                moved(before, next, f, s.slug(), keys);
            }
            facts.addAll(mine);
        }
        lap("keys");
        // the views of the site as it was have their summaries made already; the new ones take those of the other facts
        ViewFactory viewsBefore = planner.views();
        // a fact whose statements are the same objects, and whose entries of the changed sources show the same, keeps its summary
        ViewFactory probe = new ViewFactory(next);
        Set<String> changedFacts = new HashSet<>();
        for (String f : facts) {
            if (was.claimsFor(f) != next.claimsFor(f) || !sameEntries(viewsBefore, probe, f, slugs)) {
                changedFacts.add(f);
            }
        }
        ViewFactory views = new ViewFactory(next, viewsBefore, changedFacts);
        boolean pagesChanged = false;
        // the new summaries on every core (each reads all the statements of its fact)
        Map<String, List<Object>> made = new java.util.concurrent.ConcurrentHashMap<>();
        changedFacts.parallelStream().forEach(f -> made.put(f, summary(views, views.archive().schema().expect(f))));
        for (String f : changedFacts) {
            FactDef def = next.schema().expect(f);
            List<Object> now = made.get(f);
            List<Object> then = summaries.get(f);
            if (was.claimsFor(f).size() != next.claimsFor(f).size() || !now.equals(then == null ? summary(viewsBefore, def) : then)) {
                // every page shows the summary and numbers the statements: all pages change
                keys.add(PlannedFile.fact(f));
            }
            pagesChanged |= viewsBefore.factPages(def) != views.factPages(def);
        }
        // a fact's summary shows its relatives' rows: theirs are made again when next needed
        for (String f : changedFacts) {
            FactDef def = next.schema().expect(f);
            summaries.remove(def.parent());
            next.schema().children(f).forEach(c -> summaries.remove(c.id()));
        }
        summaries.putAll(made);
        // the sources index's rows that show otherwise (its filter files make them again, and the rows that moved)
        Set<String> rowsChanged = new HashSet<>();
        for (String slug : slugs) {
            if (!row(viewsBefore, slug).equals(row(views, slug))) {
                rowsChanged.add(slug);
            }
        }
        lap("summaries");
        archive = next;
        planner = new SitePlanner(archive, templates, renderer, planner, views);
        List<PlannedFile> pages = planner.affected(keys);
        lap("plan");
        ParallelWriter.Written w = ParallelWriter.updateChanged(pages, out, this::record);
        lap("write" + pages.size());
        if (keys.contains(PlannedFile.TIMELINE)) {
            int n = planner.timelinePages();
            pagesChanged |= n != timelinePages;
            timelinePages = n;
        }
        // the search index: only the documents of what changed are made again, only files whose bytes changed are written
        ArchiveIndex index = search;
        search = null;
        Set<String> fresh;
        if (index == null) {
            index = ArchiveIndex.of(archive);
            fresh = null;
        } else {
            fresh = index.update(archive);
        }
        lap("search");
        List<SiteFile> searchOut = new ArrayList<>();
        Set<String> searchNow;
        if (fresh != null && index.samePaths()) {
            // the same files: only the fresh ones are written, the paths stay
            searchOut.addAll(index.files(fresh));
            searchNow = searchPaths;
        } else {
            searchNow = new HashSet<>();
            for (SiteFile f : index.files()) {
                searchNow.add(f.path());
                if (fresh == null || fresh.contains(f.path())) {
                    searchOut.add(f);
                }
            }
        }
        // the sources index's filter files: the row files of changed or moved rows, the posting files whose bytes changed, the meta file when it changed
        Set<String> rowsBefore = searchRows;
        LiveSourceRows kept = rows;
        rows = null;
        if (kept == null) {
            kept = planner.liveSourceRows().orElse(null);
            if (kept != null) {
                searchOut.addAll(kept.files());
            }
        } else {
            searchOut.addAll(planner.updateSourceRows(kept, rowsChanged));
        }
        searchRows = kept == null ? Set.of() : kept.paths();
        lap("rows");
        if (searchNow != searchPaths) {
            searchNow.addAll(searchRows);
        } else if (!searchRows.equals(rowsBefore)) {
            searchNow = new HashSet<>(searchPaths);
            searchNow.removeAll(rowsBefore);
            searchNow.addAll(searchRows);
        }
        ParallelWriter.Written sw = ParallelWriter.updateChanged(searchOut.stream()
                .map(f -> new PlannedFile(f.path(), Set.of(PlannedFile.DATA), () -> f)).toList(), out, this::record);
        search = index;
        rows = kept;
        long pagesMs = (System.nanoTime() - t0) / 1_000_000;
        lap("searchFiles" + searchOut.size());
        // then the files that show every source (data exports, sitemap, feed) and the manifest
        if (pagesChanged) {
            List<PlannedFile> plan = planner.plan(false);
            htmlPages = SitePlanner.sitemapPages(plan);
            Set<String> now = pathsOf(plan);
            now.addAll(searchNow);
            removeStale(now);
        } else if (!searchNow.equals(searchPaths)) {
            Set<String> now = new HashSet<>(paths);
            now.removeAll(searchPaths);
            now.addAll(searchNow);
            removeStale(now);
        }
        searchPaths = searchNow;
        lap("paths");
        // the sitemap lists the pages, the feed shows the sources' front matter, robots.txt neither
        boolean sitemap = pagesChanged;
        boolean feed = feedChanged;
        List<PlannedFile> data = planner.dataFiles(htmlPages).stream()
                .filter(f -> !f.path().equals(SitePaths.robots()) && (sitemap || !f.path().equals(SitePaths.sitemap()))
                        && (feed || !f.path().equals(SitePaths.feed())) && !planner.splicedExport(f.path())).toList();
        ParallelWriter.Written d = ParallelWriter.updateChanged(data, out, this::record);
        lap("data" + data.size());
        int spliced = writeSplicedExports();
        lap("exports");
        int manifest = writeManifest();
        lap("manifest");
        if (TIMINGS) {
            System.err.println("update:" + laps);
        }
        long totalMs = (System.nanoTime() - t0) / 1_000_000;
        return new Update("incremental", pages.size() + searchOut.size() + data.size() + 1,
                w.rewritten() + sw.rewritten() + d.rewritten() + spliced + manifest, pagesMs, totalMs, List.copyOf(problems));
    }

    /**
     * claims.json and claims.csv, each written and hashed from the first source whose part
     * changed ({@link SplicedFile}); a file without a kept state is written whole. Returns how
     * many were rewritten.
     */
    private int writeSplicedExports() throws IOException {
        int n = 0;
        for (String path : DataExport.Exports.PATHS) {
            if (!planner.splicedExport(path)) {
                continue;
            }
            byte[][] parts = planner.exportParts(path);
            SplicedFile f = exportFiles.remove(path);
            if (f == null) {
                // no state kept (a failed update): written whole
                f = SplicedFile.written(path, new byte[0][], true);
            }
            if (f.update(out, parts)) {
                n++;
                synchronized (hashes) {
                    hashes.put(path, f.entry());
                }
            }
            exportFiles.put(path, f);
        }
        return n;
    }

    /**
     * True when the entries of sources {@code slugs} among the statements of fact {@code f} (the
     * same claims in both archives) show the same in {@code before}'s views and {@code after}'s:
     * text around them, line, source, citation.
     */
    private static boolean sameEntries(ViewFactory before, ViewFactory after, String f, Set<String> slugs) {
        Archive a = after.archive();
        List<Claim> all = a.claimsFor(f);
        String from = SitePaths.fact(f);
        for (String slug : slugs) {
            for (int i = a.startOf(f, slug); i < all.size() && all.get(i).source().equals(slug); i++) {
                if (!before.claimView(all.get(i), i + 1, from).equals(after.claimView(all.get(i), i + 1, from))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The pages of fact {@code f} that change when source {@code slug} changed from {@code before}
     * to {@code next}: those that held or hold its statements, those where the list differs (its
     * statements, in date order, may have moved: a new date or title, or more or fewer of them
     * moving the later ones), and the pages of the sources whose statements moved to another page
     * (their links name it). Other sources' claims are the same objects in both lists: the lists
     * differ between a common start and a common end, and the common end is shifted by the
     * difference in length.
     */
    private static void moved(Archive before, Archive next, String f, String slug, Set<String> keys) {
        List<Claim> was = before.claimsFor(f);
        List<Claim> now = next.claimsFor(f);
        int per = Paging.FACT_STATEMENTS;
        if (before.findSource(slug).isPresent()) {
            for (int i = before.startOf(f, slug); i < before.endOf(f, slug); i++) {
                keys.add(PlannedFile.factPage(f, Paging.pageOf(i, per)));
            }
        }
        for (int i = next.startOf(f, slug); i < next.endOf(f, slug); i++) {
            keys.add(PlannedFile.factPage(f, Paging.pageOf(i, per)));
        }
        if (was == now) {
            return;
        }
        int common = Math.min(was.size(), now.size());
        int lo = 0;
        while (lo < common && was.get(lo) == now.get(lo)) {
            lo++;
        }
        int tail = 0;
        while (tail < common - lo && was.get(was.size() - 1 - tail) == now.get(now.size() - 1 - tail)) {
            tail++;
        }
        Map<Claim, Integer> at = new java.util.IdentityHashMap<>();
        for (int i = lo; i < was.size() - tail; i++) {
            keys.add(PlannedFile.factPage(f, Paging.pageOf(i, per)));
            at.put(was.get(i), i);
        }
        for (int j = lo; j < now.size() - tail; j++) {
            keys.add(PlannedFile.factPage(f, Paging.pageOf(j, per)));
            Integer i = at.get(now.get(j));
            if (i != null && Paging.pageOf(i, per) != Paging.pageOf(j, per)) {
                keys.add(PlannedFile.source(now.get(j).source()));
            }
        }
        // the common end moved by the difference in length: statements that cross a page boundary change both pages and their source's
        int d = now.size() - was.size();
        for (int j = now.size() - tail; d != 0 && j < now.size(); j++) {
            if (Paging.pageOf(j, per) != Paging.pageOf(j - d, per)) {
                keys.add(PlannedFile.source(now.get(j).source()));
                keys.add(PlannedFile.factPage(f, Paging.pageOf(j - d, per)));
                keys.add(PlannedFile.factPage(f, Paging.pageOf(j, per)));
            }
        }
    }

    /** A source's row of the sources index (and of its filter files): what it shows, with its number of claims. */
    private static List<Object> row(ViewFactory views, String slug) {
        Source s = views.archive().expectSource(slug);
        return java.util.Arrays.asList(views.sourceRef(s, SitePaths.sources()), views.archive().claimsOf(slug).size());
    }

    /** What the feed shows of a source ({@code Feeds.atom}): its title, publisher, date, kind and what of them is inferred. */
    private static List<Object> feedEntry(Source s) {
        return java.util.Arrays.asList(s.meta().title(), s.meta().publisher(), s.meta().date(), s.meta().kind(), s.meta().inferred());
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

    /** Keeps the size and hash of a file just written (a file whose bytes did not change keeps its entry). */
    private void record(SiteFile f) {
        Manifest.Entry e = Manifest.Entry.of(f.bytes());
        synchronized (hashes) {
            hashes.put(f.path(), e);
        }
    }

    /** The hashes of the site just built, from its manifest (kept as written when it is the manifest of those hashes). */
    private void readManifest() throws IOException {
        hashes.clear();
        byte[] bytes = Files.readAllBytes(out.resolve(Manifest.PATH));
        JsonNode m = DataExport.JSON.readTree(bytes);
        for (JsonNode f : m.get("files")) {
            hashes.put(f.get("path").asText(), new Manifest.Entry(f.get("bytes").asLong(), f.get("sha256").asText()));
        }
        hashes.keySet().retainAll(paths);
        byte[][] parts = manifestParts.of(hashes);
        manifestPaths = paths;
        manifestFile = Arrays.equals(bytes, concat(parts)) ? SplicedFile.written(Manifest.PATH, parts, false) : null;
    }

    private static byte[] concat(byte[][] parts) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    /**
     * Writes data/manifest.json again from the kept hashes, from its first changed record on
     * (only the changed records when they keep their lengths: {@link SplicedFile}); 1 when its bytes changed.
     */
    private int writeManifest() throws IOException {
        byte[][] parts;
        synchronized (hashes) {
            if (manifestPaths != paths) {
                // files came or went (removeStale)
                hashes.keySet().retainAll(paths);
                manifestPaths = paths;
            }
            parts = manifestParts.of(hashes);
        }
        SplicedFile f = manifestFile;
        manifestFile = null;
        if (f == null) {
            // no state kept (a failed update): written whole
            f = SplicedFile.written(Manifest.PATH, new byte[0][], false);
        }
        boolean changed = f.update(out, parts);
        manifestFile = f;
        return changed ? 1 : 0;
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
                a.schema().children(f.id()).stream().map(c -> views.factRow(c, from)).toList(), views.statusExplanation(f),
                views.values(f), views.factPages(f), a.claimsFor(f.id()).size(), chart);
    }

    private static String factPage(Archive a, Claim c) {
        return PlannedFile.factPage(c.fact(), page(a, c));
    }

    private static int page(Archive a, Claim c) {
        return Paging.pageOf(a.positionInFact(c), Paging.FACT_STATEMENTS);
    }

    /** Files that no longer exist (a fact with fewer pages of statements, search index files) are deleted. */
    private void removeStale(Set<String> now) throws IOException {
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
