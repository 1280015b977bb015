package org.sourcebook.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.sourcebook.model.ArchiveConfig;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactSchema;
import org.sourcebook.model.NumberDecision;

/** load → detect furniture → extract → model: the content folder becomes an {@link Archive}. */
public final class ArchiveLoader {
    private ArchiveLoader() {
    }

    public static LoadedArchive load(Path contentDir) {
        return load(contentDir, Timings.NONE);
    }

    /**
     * Loads on every core: sources are read, split, parsed and extracted in parallel, and the
     * results are put back in file order, so the archive and every diagnostic come out in the
     * same order as a one-thread load would give.
     */
    public static LoadedArchive load(Path contentDir, Timings timings) {
        ContentFolder folder = new ContentFolder(contentDir);
        List<Diagnostic> problems = new ArrayList<>();
        ArchiveConfig config = folder.loadConfig(problems);
        Optional<FactSchema> schema = folder.loadFacts(problems);
        List<Path> files = folder.sourceFiles(problems);
        Grammar grammar = Grammar.load(contentDir, folder.shown(contentDir.resolve("extraction.yaml")), problems);
        FurnitureCues furnitureCues = FurnitureCues.from(grammar.section("furniture"));
        List<Loaded> loaded = files.parallelStream().map(p -> loadOne(folder, p, furnitureCues)).toList();
        List<Source> sources = new ArrayList<>();
        for (Loaded l : loaded) {
            problems.addAll(l.problems());
            l.source().ifPresent(sources::add);
        }
        timings.lap("load");
        // Overrides are checked even when other content has errors, so that check reports everything at once.
        Set<String> unloaded = new HashSet<>(files.stream().map(f -> SourceLoader.slugOf(f.getFileName().toString())).toList());
        sources.forEach(s -> unloaded.remove(s.slug()));
        Overrides overrides = Overrides.load(folder.overridesDir(), folder::shown, schema.orElse(null), sources, unloaded, problems);
        if (schema.isEmpty() || problems.stream().anyMatch(Diagnostic::isError)) {
            return new LoadedArchive(null, List.copyOf(problems));
        }
        ThreadLocal<ClaimExtractor> extractors = ThreadLocal.withInitial(() -> new ClaimExtractor(schema.get(), grammar));
        // the same ids, values and number texts recur in every source: one copy of each is kept
        Interner interner = new Interner();
        List<Overrides.Applied> found = sources.parallelStream().map(s -> {
            Overrides.Applied a = overrides.apply(extractors.get().extract(s), s);
            return new Overrides.Applied(new Extraction(interner.claims(ClaimIds.assign(a.extraction().claims())),
                    interner.decisions(a.extraction().decisions())), a.diagnostics());
        }).toList();
        List<Claim> claims = new ArrayList<>();
        List<NumberDecision> decisions = new ArrayList<>();
        for (Overrides.Applied a : found) {
            claims.addAll(a.extraction().claims());
            decisions.addAll(a.extraction().decisions());
            problems.addAll(a.diagnostics());
        }
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return new LoadedArchive(null, List.copyOf(problems));
        }
        timings.lap("extract");
        Archive archive = new Archive(config, schema.get(), compactBodies(sources), claims, decisions);
        timings.lap("model");
        return new LoadedArchive(archive, List.copyOf(problems));
    }

    /** {@code -Dsourcebook.compactBodies=always|never|auto} (auto when unset: see {@link #compactBodies}). */
    static final String COMPACT_BODIES = "sourcebook.compactBodies";

    /**
     * The sources, their bodies held as UTF-8 ({@link Source#compact}) when they would take more
     * than an eighth of the heap the JVM may grow to (as Java holds them, two bytes a character:
     * most statements have a typographic quote or dash). Extraction is done by then; the pages
     * read a compacted body back from its bytes, which costs some CPU time, so a smaller archive
     * keeps its text (a 10,000-source archive's bodies are about 40 MB, a 100,000-source one's
     * about 390 MB). The pages are the same either way.
     */
    static List<Source> compactBodies(List<Source> sources) {
        return compactBodies(sources, System.getProperty(COMPACT_BODIES, "auto"));
    }

    /** @param mode "always", "never", or anything else for the heap's rule */
    static List<Source> compactBodies(List<Source> sources, String mode) {
        long chars = 0;
        for (Source s : sources) {
            chars += s.body().length();
        }
        boolean compact = switch (mode) {
            case "always" -> true;
            case "never" -> false;
            default -> 2 * chars > Runtime.getRuntime().maxMemory() / 8;
        };
        if (!compact) {
            return sources;
        }
        List<Source> out = new ArrayList<>(sources.size());
        sources.parallelStream().map(Source::compact).forEachOrdered(out::add);
        return out;
    }

    /** One source and the problems found in it; furniture detection runs with the load. */
    private record Loaded(Optional<Source> source, List<Diagnostic> problems) {
    }

    private static Loaded loadOne(ContentFolder folder, Path file, FurnitureCues furnitureCues) {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Source> s = SourceLoader.load(file, folder.shown(file), problems)
                .map(src -> src.withFurniture(FurnitureDetector.detect(src, furnitureCues)));
        return new Loaded(s, problems);
    }
}
