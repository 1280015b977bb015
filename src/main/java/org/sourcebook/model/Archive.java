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
    /** Per fact, computed once: who states it, the distinct values, the status. */
    private final Map<String, FactSummary> summaries;

    private record FactSummary(Set<String> sources, List<String> values, FactStatus status) {
    }

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
        this.summaries = summarize(this.claimsByFact);
    }

    private Archive(Archive old, List<Source> sources, Map<String, Source> bySlug, List<Claim> claims,
                    Map<String, List<Claim>> bySource, Map<String, List<Claim>> byFact,
                    Map<String, List<NumberDecision>> decisions, Map<String, FactSummary> summaries) {
        this.config = old.config;
        this.schema = old.schema;
        this.sources = sources;
        this.sourcesBySlug = bySlug;
        this.claims = claims;
        this.claimsBySource = bySource;
        this.claimsByFact = byFact;
        this.decisionsBySource = decisions;
        this.summaries = summaries;
    }

    /**
     * The archive with source {@code s} added or replaced by its new version, its claims (with
     * ids) and decisions: the same archive a full load would give, made in time proportional to
     * the facts the source states rather than to the whole archive ({@code serve}).
     */
    public Archive withSource(Source s, List<Claim> newClaims, List<NumberDecision> newDecisions) {
        String slug = s.slug();
        List<Source> srcs = new ArrayList<>(sources);
        int at = Collections.binarySearch(srcs.stream().map(Source::slug).toList(), slug);
        if (at >= 0) {
            srcs.set(at, s);
        } else {
            srcs.add(-at - 1, s);
        }
        Map<String, Source> bySlug = new LinkedHashMap<>();
        srcs.forEach(x -> bySlug.put(x.slug(), x));
        List<Claim> mine = new ArrayList<>(newClaims);
        mine.forEach(c -> {
            if (!c.source().equals(slug)) {
                throw new IllegalArgumentException("claim of " + c.source() + " given as a claim of " + slug);
            }
        });
        mine.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end).thenComparing(Claim::fact));
        Map<String, List<Claim>> bySource = new TreeMap<>(claimsBySource);
        if (mine.isEmpty()) {
            bySource.remove(slug);
        } else {
            bySource.put(slug, List.copyOf(mine));
        }
        List<Claim> all = new ArrayList<>(claims.size() + mine.size());
        bySource.values().forEach(all::addAll);
        Set<String> facts = new java.util.TreeSet<>();
        claimsOf(slug).forEach(c -> facts.add(c.fact()));
        mine.forEach(c -> facts.add(c.fact()));
        Map<String, List<Claim>> byFact = new TreeMap<>(claimsByFact);
        Comparator<Claim> order = Comparator.comparing(Claim::source).thenComparingInt(Claim::start)
                .thenComparingInt(Claim::end).thenComparing(Claim::fact);
        Map<String, List<Claim>> changed = new TreeMap<>();
        for (String f : facts) {
            List<Claim> l = new ArrayList<>();
            for (Claim c : claimsFor(f)) {
                if (!c.source().equals(slug)) {
                    l.add(c);
                }
            }
            mine.stream().filter(c -> c.fact().equals(f)).forEach(l::add);
            l.sort(order);
            if (l.isEmpty()) {
                byFact.remove(f);
            } else {
                byFact.put(f, List.copyOf(l));
            }
            changed.put(f, List.copyOf(l));
        }
        Map<String, List<NumberDecision>> ds = new TreeMap<>(decisionsBySource);
        List<NumberDecision> dl = new ArrayList<>(newDecisions);
        dl.sort(Comparator.comparingInt(NumberDecision::start).thenComparingInt(NumberDecision::end));
        if (dl.isEmpty()) {
            ds.remove(slug);
        } else {
            ds.put(slug, List.copyOf(dl));
        }
        Map<String, FactSummary> sums = new java.util.HashMap<>(summaries);
        facts.forEach(sums::remove);
        changed.values().removeIf(List::isEmpty);
        sums.putAll(summarize(changed));
        return new Archive(this, List.copyOf(srcs), Collections.unmodifiableMap(bySlug), List.copyOf(all),
                Collections.unmodifiableMap(bySource), Collections.unmodifiableMap(byFact), Collections.unmodifiableMap(ds),
                sums);
    }

    private static Map<String, FactSummary> summarize(Map<String, List<Claim>> byFact) {
        Map<String, FactSummary> out = new java.util.HashMap<>();
        byFact.forEach((fact, cs) -> {
            Set<String> srcs = new LinkedHashSet<>();
            cs.forEach(c -> srcs.add(c.source()));
            Set<String> values = new LinkedHashSet<>();
            cs.stream().sorted(Comparator.comparing(Claim::value).thenComparing(c -> c.qualifier().ordinal()))
                    .forEach(c -> values.add(c.displayValue()));
            FactStatus st = srcs.isEmpty() ? FactStatus.NOT_STATED : values.size() > 1 ? FactStatus.DIFFER
                    : srcs.size() == 1 ? FactStatus.ONE_SOURCE : FactStatus.AGREE;
            out.put(fact, new FactSummary(Collections.unmodifiableSet(srcs), List.copyOf(values), st));
        });
        return out;
    }

    /** The order of a fact's claims ({@link #claimsFor}): by source, then where the claim is in it. */
    private static final Comparator<Claim> IN_FACT = Comparator.comparing(Claim::source).thenComparingInt(Claim::start)
            .thenComparingInt(Claim::end);

    /**
     * 0-based position of {@code c} among the claims of its fact (in {@link #claimsFor} order):
     * the fact page that lists it follows from this. Found by binary search in the fact's claims
     * (no map of every claim: a large archive has a million), then by source and id among the
     * claims at the same place.
     */
    public int positionInFact(Claim c) {
        List<Claim> cs = claimsFor(c.fact());
        int lo = 0;
        int hi = cs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (IN_FACT.compare(cs.get(mid), c) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < cs.size() && IN_FACT.compare(cs.get(i), c) == 0; i++) {
            Claim o = cs.get(i);
            if (o.source().equals(c.source()) && java.util.Objects.equals(o.id(), c.id())) {
                return i;
            }
        }
        throw new IllegalArgumentException("claim " + c.source() + "#" + c.id() + " is not in the archive");
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
        FactSummary s = summaries.get(factId);
        return s == null ? Set.of() : s.sources();
    }

    /**
     * The distinct statements of a fact: value, bounds and attribution. A figure a source repeats
     * counts once; the same figure in two sources is still one value.
     */
    public List<String> distinctValues(String factId) {
        FactSummary s = summaries.get(factId);
        return s == null ? List.of() : s.values();
    }

    public FactStatus status(String factId) {
        FactSummary s = summaries.get(factId);
        return s == null ? FactStatus.NOT_STATED : s.status();
    }
}
