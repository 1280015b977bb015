package org.sourcebook.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The source files of sources/, sorted by name. Reports, instead of skipping: a subfolder
     * (sources/ is flat), a symbolic link that leads outside the content folder, anything that is
     * not a regular file, and duplicate slugs: two names that differ only in letter case
     * ({@code report.md}, {@code Report.md}, {@code report.MD}), which are one file on Windows and
     * macOS and would write the same page. Since a slug is its file name, no other duplicate exists.
     */
    public List<Path> sourceFiles(List<Diagnostic> problems) {
        Path dir = sourcesDir();
        if (!Files.isDirectory(dir)) {
            problems.add(Diagnostic.error(shown(dir), 0, "no sources folder: create " + dir + " and put one .md file per source in it"));
            return List.of();
        }
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir)) {
            entries = files.sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error(shown(dir), 0, "cannot list the sources folder: " + e.getMessage()));
            return List.of();
        }
        Path realRoot = realPath(root);
        List<Path> out = new ArrayList<>();
        Map<String, Path> bySlug = new HashMap<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            boolean md = name.toLowerCase(Locale.ROOT).endsWith(".md");
            if (Files.isSymbolicLink(p)) {
                Path target = realPath(p);
                if (target == null || realRoot == null || !target.startsWith(realRoot)) {
                    problems.add(Diagnostic.error(shown(p), 0, "symbolic link to " + (target == null ? "a missing file" : target)
                            + ", outside the content folder: copy the file into content/sources/ instead of linking it"));
                    continue;
                }
            }
            if (Files.isDirectory(p)) {
                problems.add(Diagnostic.error(shown(p), 0, "a folder inside sources/, which is flat: move its .md files up into sources/ (or move the folder out of content/)"));
                continue;
            }
            if (!md) {
                problems.add(Diagnostic.warning(shown(p), 0, "not a source (only .md files are read): rename it to <slug>.md or move it out of sources/"));
                continue;
            }
            if (!Files.isRegularFile(p)) {
                problems.add(Diagnostic.error(shown(p), 0, "not a regular file: replace it with the source's .md file"));
                continue;
            }
            String key = name.substring(0, name.length() - 3).toLowerCase(Locale.ROOT);
            Path first = bySlug.putIfAbsent(key, p);
            if (first != null) {
                problems.add(Diagnostic.error(shown(p), 0, "duplicate slug '" + key + "': " + shown(first) + " has the same name up to letter case, and both would be sources/" + key + ".html; rename or delete one"));
                continue;
            }
            out.add(p);
        }
        return out;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
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
            if (Files.size(file) > SourceLoader.MAX_BYTES) {
                problems.add(Diagnostic.error(shown, 0, "facts.yaml is over the limit of " + SourceLoader.MAX_BYTES + " bytes: check it is the right file"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text;
            try {
                text = SourceLoader.decodeUtf8(bytes);
            } catch (java.nio.charset.CharacterCodingException e) {
                int[] at = SourceLoader.firstBadByte(bytes);
                problems.add(new Diagnostic(shown, at[0], at[1], Diagnostic.Severity.ERROR,
                        "facts.yaml is not valid UTF-8 (first bad byte here): save it as UTF-8"));
                return Optional.empty();
            }
            FactSchema.File parsed = Yaml.MAPPER.readValue(text, FactSchema.File.class);
            List<FactDef> facts = parsed == null || parsed.facts() == null ? List.of() : parsed.facts();
            int before = problems.size();
            YamlLines lines = YamlLines.of(text);
            FactSchemaCheck.check(facts, lines, shown, problems);
            FactSchemaCheck.unknownKeys(Yaml.MAPPER.readTree(text), lines, shown, problems);
            return problems.size() > before && problems.subList(before, problems.size()).stream().anyMatch(Diagnostic::isError)
                    ? Optional.empty() : Optional.of(new FactSchema(facts));
        } catch (JsonProcessingException e) {
            problems.add(new Diagnostic(shown, Yaml.line(e), Yaml.column(e), Diagnostic.Severity.ERROR, "malformed facts.yaml: " + Yaml.reason(e)
                    + "; fix the YAML (facts: a list of entries with id, label, definition, parent, unit, cues)"));
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
