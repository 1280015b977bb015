package org.sourcebook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sourcebook.content.Source;

/**
 * The whole archive after extraction: sources, facts, claims. Immutable and sorted, so that
 * every page and export is written in the same order on every build.
 */
public final class Archive {
    private final ArchiveConfig config;
    private final FactSchema schema;
    private final List<Source> sources;
    private final Map<String, Source> sourcesBySlug;
    private final List<Claim> claims;
    private final Map<String, List<Claim>> claimsBySource;
    private final Map<String, List<Claim>> claimsByFact;
    private final Map<String, List<NumberDecision>> decisionsBySource;

    public Archive(ArchiveConfig config, FactSchema schema, List<Source> sources, List<Claim> claims,
                   List<NumberDecision> decisions) {
        this.config = config;
        this.schema = schema;
        List<Source> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparing(Source::slug));
        this.sources = List.copyOf(sorted);
        Map<String, Source> bySlug = new LinkedHashMap<>();
        sorted.forEach(s -> bySlug.put(s.slug(), s));
        this.sourcesBySlug = Collections.unmodifiableMap(bySlug);
        List<Claim> cs = new ArrayList<>(claims);
        cs.sort(Comparator.comparing(Claim::source).thenComparingInt(Claim::start).thenComparingInt(Claim::end)
                .thenComparing(Claim::fact));
        this.claims = List.copyOf(cs);
        this.claimsBySource = group(this.claims, Claim::source);
        this.claimsByFact = group(this.claims, Claim::fact);
        Map<String, List<NumberDecision>> ds = new TreeMap<>();
        for (NumberDecision d : decisions) {
            ds.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d);
        }
        ds.replaceAll((k, v) -> {
            v.sort(Comparator.comparingInt(NumberDecision::start).thenComparingInt(NumberDecision::end));
            return List.copyOf(v);
        });
        this.decisionsBySource = Collections.unmodifiableMap(ds);
    }

    private static Map<String, List<Claim>> group(List<Claim> claims, java.util.function.Function<Claim, String> key) {
        Map<String, List<Claim>> m = new TreeMap<>();
        for (Claim c : claims) {
            m.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(m);
    }

    public ArchiveConfig config() {
        return config;
    }

    public FactSchema schema() {
        return schema;
    }

    public List<Source> sources() {
        return sources;
    }

    public Optional<Source> findSource(String slug) {
        return Optional.ofNullable(sourcesBySlug.get(slug));
    }

    public Source expectSource(String slug) {
        return findSource(slug).orElseThrow(() -> new IllegalArgumentException("unknown source '" + slug + "'"));
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<Claim> claimsOf(String slug) {
        return claimsBySource.getOrDefault(slug, List.of());
    }

    public List<Claim> claimsFor(String factId) {
        return claimsByFact.getOrDefault(factId, List.of());
    }

    public List<NumberDecision> decisionsOf(String slug) {
        return decisionsBySource.getOrDefault(slug, List.of());
    }

    /** Slugs of the sources that state the fact, in slug order. */
    public Set<String> sourcesStating(String factId) {
        Set<String> out = new LinkedHashSet<>();
        claimsFor(factId).forEach(c -> out.add(c.source()));
        return out;
    }

    /**
     * The distinct statements of a fact: value, bounds and attribution. A figure a source repeats
     * counts once; the same figure in two sources is still one value.
     */
    public List<String> distinctValues(String factId) {
        Set<String> out = new LinkedHashSet<>();
        claimsFor(factId).stream()
                .sorted(Comparator.comparing(Claim::value).thenComparing(c -> c.qualifier().ordinal()))
                .forEach(c -> out.add(c.displayValue()));
        return List.copyOf(out);
    }

    public FactStatus status(String factId) {
        int sourceCount = sourcesStating(factId).size();
        if (sourceCount == 0) {
            return FactStatus.NOT_STATED;
        }
        if (distinctValues(factId).size() > 1) {
            return FactStatus.DIFFER;
        }
        return sourceCount == 1 ? FactStatus.ONE_SOURCE : FactStatus.AGREE;
    }
}
