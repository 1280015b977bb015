package org.sourcebook.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.model.ArchiveConfig;
import org.sourcebook.model.FactDef;
import org.sourcebook.model.FactSchema;

/** The layout of a content folder: sources/*.md, facts.yaml, archive.yaml, overrides/. */
public record ContentFolder(Path root) {

    public Path sourcesDir() {
        return root.resolve("sources");
    }

    public Path factsFile() {
        return root.resolve("facts.yaml");
    }

    public Path archiveFile() {
        return root.resolve("archive.yaml");
    }

    public Path overridesDir() {
        return root.resolve("overrides");
    }

    /** How a file is named in messages: relative to the folder that holds content/. */
    public Path shown(Path file) {
        Path base = root.toAbsolutePath().normalize().getParent();
        Path abs = file.toAbsolutePath().normalize();
        return base != null && abs.startsWith(base) ? base.relativize(abs) : abs;
    }

    /** The .md files of sources/, sorted by name. */
    public List<Path> sourceFiles(List<Diagnostic> problems) {
        Path dir = sourcesDir();
        if (!Files.isDirectory(dir)) {
            problems.add(Diagnostic.error(shown(dir), 0, "no sources folder: create " + dir + " and put one .md file per source in it"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error(shown(dir), 0, "cannot list the sources folder: " + e.getMessage()));
            return List.of();
        }
    }

    public Optional<FactSchema> loadFacts(List<Diagnostic> problems) {
        Path file = factsFile();
        Path shown = shown(file);
        if (!Files.isRegularFile(file)) {
            problems.add(Diagnostic.error(shown, 0, "no facts.yaml: the archive needs its fact vocabulary (facts: - id: ..., label: ...)"));
            return Optional.empty();
        }
        try {
            FactSchema.File parsed = Yaml.MAPPER.readValue(file.toFile(), FactSchema.File.class);
            List<FactDef> facts = parsed == null || parsed.facts() == null ? List.of() : parsed.facts();
            int before = problems.size();
            FactSchemaCheck.check(facts, shown, problems);
            return problems.size() > before && problems.subList(before, problems.size()).stream().anyMatch(Diagnostic::isError)
                    ? Optional.empty() : Optional.of(new FactSchema(facts));
        } catch (JsonProcessingException e) {
            problems.add(new Diagnostic(shown, Yaml.line(e), Yaml.column(e), Diagnostic.Severity.ERROR, "malformed facts.yaml: " + Yaml.reason(e)));
        } catch (IOException e) {
            problems.add(Diagnostic.error(shown, 0, "cannot read facts.yaml: " + e.getMessage()));
        }
        return Optional.empty();
    }

    public ArchiveConfig loadConfig(List<Diagnostic> problems) {
        Path file = archiveFile();
        if (!Files.isRegularFile(file)) {
            problems.add(Diagnostic.warning(shown(file), 0, "no archive.yaml: the site uses a default title; add title, description and language there"));
            return new ArchiveConfig(null, null, null, null);
        }
        try {
            ArchiveConfig c = Yaml.MAPPER.readValue(file.toFile(), ArchiveConfig.class);
            return c == null ? new ArchiveConfig(null, null, null, null) : c;
        } catch (JsonProcessingException e) {
            problems.add(new Diagnostic(shown(file), Yaml.line(e), Yaml.column(e), Diagnostic.Severity.ERROR, "malformed archive.yaml: " + Yaml.reason(e)));
        } catch (IOException e) {
            problems.add(Diagnostic.error(shown(file), 0, "cannot read archive.yaml: " + e.getMessage()));
        }
        return new ArchiveConfig(null, null, null, null);
    }

    public List<Source> loadSources(List<Diagnostic> problems) {
        List<Source> out = new ArrayList<>();
        for (Path p : sourceFiles(problems)) {
            SourceLoader.load(p, shown(p), problems).ifPresent(out::add);
        }
        return out;
    }
}
