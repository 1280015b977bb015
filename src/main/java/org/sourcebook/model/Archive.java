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
    /** Every claim in source order; made when first asked for after {@link #withSource} (serve's pages do not need it). */
    private volatile List<Claim> claims;
    private final int claimCount;
    private final Map<String, List<Claim>> claimsBySource;
    private final Map<String, List<Claim>> claimsByFact;
    /** Each source's decisions, compact ({@link Decisions}): only the review pages read them. */
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
        this.claimCount = cs.size();
        this.claimsBySource = group(this.claims, Claim::source);
        this.claimsByFact = inStatementOrder(group(this.claims, Claim::fact), this.sources);
        Map<String, List<NumberDecision>> ds = new TreeMap<>();
        // a source's decisions come together: its list is looked up in the tree once per run, not once per decision
        String lastSource = null;
        List<NumberDecision> last = null;
        for (NumberDecision d : decisions) {
            if (last == null || !d.source().equals(lastSource)) {
                lastSource = d.source();
                last = ds.computeIfAbsent(lastSource, k -> new ArrayList<>());
            }
            last.add(d);
        }
        Map<Decisions.Verdict, Decisions.Verdict> verdicts = new java.util.HashMap<>();
        ds.replaceAll((k, v) -> {
            v.sort(Comparator.comparingInt(NumberDecision::start).thenComparingInt(NumberDecision::end));
            return new Decisions(k, v, verdicts);
        });
        this.decisionsBySource = Collections.unmodifiableMap(ds);
        this.summaries = summarize(this.claimsByFact);
    }

    /**
     * The order of a fact's statements, by their sources: by date, oldest first (a date given as a
     * year or a month sorts by its first day), undated last; then by title (ignoring case, then as
     * written), then by slug. Within a source, by start and end in its text.
     */
    public static final Comparator<Source> STATEMENT_ORDER = Comparator.comparing((Source s) -> dateKey(s.meta().date()))
            .thenComparing((Source s) -> s.meta().title() == null ? "" : s.meta().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing((Source s) -> s.meta().title() == null ? "" : s.meta().title())
            .thenComparing(Source::slug);

    /** A date as the day it starts on ("2024" is 2024-01-01, "2024-02" is 2024-02-01); no date after every date. */
    static String dateKey(String date) {
        if (date == null) {
            return "~";
        }
        return switch (date.length()) {
            case 4 -> date + "-01-01";
            case 7 -> date + "-01";
            default -> date;
        };
    }

    /** Each fact's claims (in source-slug order) put in {@link #STATEMENT_ORDER}, each source's run kept as it was. */
    private static Map<String, List<Claim>> inStatementOrder(Map<String, List<Claim>> bySlug, List<Source> sources) {
        List<Source> ordered = new ArrayList<>(sources);
        ordered.sort(STATEMENT_ORDER);
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i).slug(), i);
        }
        Map<String, List<Claim>> m = new TreeMap<>();
        bySlug.forEach((f, cs) -> {
            List<Claim> l = new ArrayList<>(cs);
            l.sort(Comparator.comparingInt(c -> rank.get(c.source())));   // stable: each run keeps its order
            m.put(f, List.copyOf(l));
        });
        return Collections.unmodifiableMap(m);
    }

    /** Whether {@code a} and {@code b} (one source, two versions) stand at the same place in {@link #STATEMENT_ORDER}. */
    private static boolean samePlace(Source a, Source b) {
        return dateKey(a.meta().date()).equals(dateKey(b.meta().date())) && java.util.Objects.equals(a.meta().title(), b.meta().title());
    }

    /** Where {@code s}'s claims start (or, {@code after}, end) in {@code cs}, a fact's claims in {@link #STATEMENT_ORDER}. */
    private static int bound(List<Claim> cs, Source s, boolean after, Map<String, Source> bySlug) {
        int lo = 0;
        int hi = cs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int k = STATEMENT_ORDER.compare(bySlug.get(cs.get(mid).source()), s);
            if (k < 0 || (after && k == 0)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Archive(Archive old, List<Source> sources, Map<String, Source> bySlug, int claimCount,
                    Map<String, List<Claim>> bySource, Map<String, List<Claim>> byFact,
                    Map<String, List<NumberDecision>> decisions, Map<String, FactSummary> summaries) {
        this.config = old.config;
        this.schema = old.schema;
        this.sources = sources;
        this.sourcesBySlug = bySlug;
        this.claimCount = claimCount;
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
        int at = Collections.binarySearch(srcs, s, Comparator.comparing(Source::slug));
        if (at >= 0) {
            srcs.set(at, s);
        } else {
            srcs.add(-at - 1, s);
        }
        Map<String, Source> bySlug = new java.util.HashMap<>(sourcesBySlug);
        bySlug.put(slug, s);
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
        int count = claimCount - claimsOf(slug).size() + mine.size();
        Set<String> facts = new java.util.TreeSet<>();
        claimsOf(slug).forEach(c -> facts.add(c.fact()));
        mine.forEach(c -> facts.add(c.fact()));
        Map<String, List<Claim>> byFact = new TreeMap<>(claimsByFact);
        Map<String, List<Claim>> changed = new TreeMap<>();
        Source old = sourcesBySlug.get(slug);
        boolean moves = old != null && !samePlace(old, s);
        for (String f : facts) {
            // a fact's claims are in statement order: the source's are one run, taken out and put in at its place
            List<Claim> was = claimsFor(f);
            int from = old == null ? 0 : startOf(f, slug);
            int to = old == null ? 0 : endOf(f, slug);
            List<Claim> run = mine.stream().filter(c -> c.fact().equals(f)).toList();
            if (!moves && run.equals(was.subList(from, to))) {
                // the same claims (an edit elsewhere in the text): the fact keeps its list and summary
                continue;
            }
            List<Claim> l = new ArrayList<>(was.size() - (to - from) + run.size());
            l.addAll(was.subList(0, from));
            l.addAll(was.subList(to, was.size()));
            l.addAll(bound(l, s, false, bySlug), run);
            if (l.isEmpty()) {
                byFact.remove(f);
            } else {
                byFact.put(f, List.copyOf(l));
            }
            changed.put(f, byFact.getOrDefault(f, List.of()));
        }
        Map<String, List<NumberDecision>> ds = new TreeMap<>(decisionsBySource);
        List<NumberDecision> dl = new ArrayList<>(newDecisions);
        dl.sort(Comparator.comparingInt(NumberDecision::start).thenComparingInt(NumberDecision::end));
        if (dl.isEmpty()) {
            ds.remove(slug);
        } else {
            ds.put(slug, new Decisions(slug, dl, new java.util.HashMap<>()));
        }
        Map<String, FactSummary> sums = new java.util.HashMap<>(summaries);
        changed.keySet().forEach(sums::remove);
        changed.values().removeIf(List::isEmpty);
        // each fact on its own core: a source may state the largest facts
        changed.entrySet().parallelStream().map(e -> Map.entry(e.getKey(), summarize(e.getValue())))
                .toList().forEach(e -> sums.put(e.getKey(), e.getValue()));
        return new Archive(this, List.copyOf(srcs), Collections.unmodifiableMap(bySlug), count,
                Collections.unmodifiableMap(bySource), Collections.unmodifiableMap(byFact), Collections.unmodifiableMap(ds),
                sums);
    }

    private static Map<String, FactSummary> summarize(Map<String, List<Claim>> byFact) {
        Map<String, FactSummary> out = new java.util.HashMap<>();
        byFact.forEach((fact, cs) -> out.put(fact, summarize(cs)));
        return out;
    }

    /** A value as stated: a figure, its bound, its upper end (what {@link Claim#displayValue} shows). */
    private record Stated(java.math.BigDecimal value, Qualifier qualifier, java.math.BigDecimal max) {
    }

    /**
     * Who states a fact, its distinct values (ordered by value, then qualifier, then where the
     * first claim stating each is), its status. A fact's claims come source by source, so its
     * sources are runs; each distinct value is shown once.
     */
    private static FactSummary summarize(List<Claim> cs) {
        List<String> srcs = new ArrayList<>();
        Map<Stated, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < cs.size(); i++) {
            Claim c = cs.get(i);
            if (srcs.isEmpty() || !srcs.get(srcs.size() - 1).equals(c.source())) {
                srcs.add(c.source());
            }
            first.putIfAbsent(new Stated(c.value(), c.qualifier(), c.valueMax()), i);
        }
        srcs.sort(null);   // runs in statement order, named in slug order
        List<Map.Entry<Stated, Integer>> stated = new ArrayList<>(first.entrySet());
        stated.sort((x, y) -> {
            int k = x.getKey().value().compareTo(y.getKey().value());
            if (k == 0) {
                k = Integer.compare(x.getKey().qualifier().ordinal(), y.getKey().qualifier().ordinal());
            }
            return k != 0 ? k : Integer.compare(x.getValue(), y.getValue());
        });
        Set<String> values = new LinkedHashSet<>();
        stated.forEach(e -> values.add(Values.display(e.getKey().value(), e.getKey().qualifier(), e.getKey().max())));
        FactStatus st = srcs.isEmpty() ? FactStatus.NOT_STATED : values.size() > 1 ? FactStatus.DIFFER
                : srcs.size() == 1 ? FactStatus.ONE_SOURCE : FactStatus.AGREE;
        return new FactSummary(new SortedNames(List.copyOf(srcs)), List.copyOf(values), st);
    }

    /** Names in sorted order, as a set (who states a fact: a few thousand names, no hash table). */
    private static final class SortedNames extends java.util.AbstractSet<String> {
        private final List<String> names;

        SortedNames(List<String> names) {
            this.names = names;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return names.iterator();
        }

        @Override
        public int size() {
            return names.size();
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String n && Collections.binarySearch(names, n) >= 0;
        }
    }

    /**
     * Where the claims of source {@code slug} (one of this archive's) start among the claims of
     * fact {@code factId} (in {@link #claimsFor} order: {@link #STATEMENT_ORDER}), or would start.
     */
    public int startOf(String factId, String slug) {
        return bound(claimsFor(factId), expectSource(slug), false, sourcesBySlug);
    }

    /** Where the claims of source {@code slug} among those of fact {@code factId} end (exclusive). */
    public int endOf(String factId, String slug) {
        return bound(claimsFor(factId), expectSource(slug), true, sourcesBySlug);
    }

    /**
     * 0-based position of {@code c} among the claims of its fact (in {@link #claimsFor} order):
     * the fact page that lists it follows from this. A binary search (a fact's claims are in
     * {@link #STATEMENT_ORDER} of their sources, then start, end order), then the claim with {@code c}'s id among those at the same place.
     */
    public int positionInFact(Claim c) {
        List<Claim> cs = claimsFor(c.fact());
        int lo = 0;
        int hi = cs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareSpan(cs.get(mid), c) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < cs.size() && compareSpan(cs.get(i), c) == 0; i++) {
            if (java.util.Objects.equals(cs.get(i).id(), c.id())) {
                return i;
            }
        }
        throw new IllegalArgumentException("claim " + c.source() + "#" + c.id() + " is not in the archive");
    }

    /** The order of a fact's claims: source ({@link #STATEMENT_ORDER}), start, end. */
    private int compareSpan(Claim a, Claim b) {
        if (!a.source().equals(b.source())) {
            return STATEMENT_ORDER.compare(expectSource(a.source()), expectSource(b.source()));
        }
        int k = Integer.compare(a.start(), b.start());
        return k != 0 ? k : Integer.compare(a.end(), b.end());
    }

    private static Map<String, List<Claim>> group(List<Claim> claims, java.util.function.Function<Claim, String> key) {
        Map<String, List<Claim>> m = new TreeMap<>();
        String lastKey = null;
        List<Claim> last = null;
        for (Claim c : claims) {
            String k = key.apply(c);
            if (last == null || !k.equals(lastKey)) {   // a run of claims with the same key: one look-up
                lastKey = k;
                last = m.computeIfAbsent(k, x -> new ArrayList<>());
            }
            last.add(c);
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
        List<Claim> all = claims;
        if (all == null) {
            List<Claim> l = new ArrayList<>(claimCount);
            claimsBySource.values().forEach(l::addAll);
            all = List.copyOf(l);
            claims = all;
        }
        return all;
    }

    /** How many claims there are ({@code claims().size()}, without making the list). */
    public int claimCount() {
        return claimCount;
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
