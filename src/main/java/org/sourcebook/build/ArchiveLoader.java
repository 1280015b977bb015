package org.sourcebook.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.content.ContentFolder;
import org.sourcebook.content.FurnitureDetector;
import org.sourcebook.content.Source;
import org.sourcebook.extract.ClaimExtractor;
import org.sourcebook.extract.Extraction;
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
        ContentFolder folder = new ContentFolder(contentDir);
        List<Diagnostic> problems = new ArrayList<>();
        ArchiveConfig config = folder.loadConfig(problems);
        Optional<FactSchema> schema = folder.loadFacts(problems);
        List<Source> sources = folder.loadSources(problems).stream()
                .map(s -> s.withFurniture(FurnitureDetector.detect(s)))
                .toList();
        if (schema.isEmpty() || problems.stream().anyMatch(Diagnostic::isError)) {
            return new LoadedArchive(null, List.copyOf(problems));
        }
        ClaimExtractor extractor = new ClaimExtractor(schema.get());
        List<Claim> claims = new ArrayList<>();
        List<NumberDecision> decisions = new ArrayList<>();
        for (Source s : sources) {
            Extraction x = extractor.extract(s);
            claims.addAll(ClaimIds.assign(x.claims()));
            decisions.addAll(x.decisions());
        }
        return new LoadedArchive(new Archive(config, schema.get(), sources, claims, decisions), List.copyOf(problems));
    }
}
