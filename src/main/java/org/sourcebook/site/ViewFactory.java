package org.sourcebook.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcebook.cite.TextFragment;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.Source;
import org.sourcebook.content.TextSpan;
import org.sourcebook.model.Archive;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactDef;
import org.sourcebook.model.FactStatus;
import org.sourcebook.model.NumberDecision;
import org.sourcebook.render.BodyRenderer;
import org.sourcebook.render.ClaimMark;
import org.sourcebook.render.view.Views.ClaimView;
import org.sourcebook.render.view.Views.DecisionView;
import org.sourcebook.render.view.Views.FactGroup;
import org.sourcebook.render.view.Views.FactPageView;
import org.sourcebook.render.view.Views.FactRow;
import org.sourcebook.render.view.Views.FactsView;
import org.sourcebook.render.view.Views.FurnitureView;
import org.sourcebook.render.view.Views.HomeView;
import org.sourcebook.render.view.Views.Inferred;
import org.sourcebook.render.view.Views.ReviewSource;
import org.sourcebook.render.view.Views.ReviewView;
import org.sourcebook.render.view.Views.SourcePageView;
import org.sourcebook.render.view.Views.SourceRef;
import org.sourcebook.render.view.Views.SourceRow;
import org.sourcebook.render.view.Views.SourcesView;
import org.sourcebook.render.view.Views.ValueGroup;

/** Builds the view records of every page from the archive. Links are relative to {@code from}. */
public final class ViewFactory {
    private static final int CONTEXT = 160;
    private final Archive archive;

    public ViewFactory(Archive archive) {
        this.archive = archive;
    }

    /**
     * The views of {@code archive}, which is {@code previous}'s with some sources replaced
     * ({@code serve}): the values summaries of facts outside {@code changedFacts} and the date
     * order (when no replaced source's date changed) are taken from {@code previous}.
     *
     * @param changedFacts every fact a replaced source states, before or after
     */
    public ViewFactory(Archive archive, ViewFactory previous, java.util.Set<String> changedFacts) {
        this.archive = archive;
        previous.valuesByFact.forEach((f, v) -> {
            if (!changedFacts.contains(f)) {
                valuesByFact.put(f, v);
            }
        });
        this.byDateCache = Replaced.inOrder(previous.byDateCache, previous.archive, archive, byDate());
    }

    public SourceRef sourceRef(Source s, String from) {
        FrontMatter m = s.meta();
        return new SourceRef(s.slug(), m.title(), rel(from, SitePaths.source(s.slug())), m.date(), m.isInferred("date"),
                m.publisher(), m.isInferred("publisher"), m.kind(), m.language());
    }

    public FactRow factRow(FactDef f, String from) {
        FactStatus st = archive.status(f.id());
        return new FactRow(f.id(), f.label(), rel(from, SitePaths.fact(f.id())), st.id(), st.label(),
                archive.sourcesStating(f.id()).size(), archive.distinctValues(f.id()), f.depth(), f.group(), f.unit());
    }

    public ClaimView claimView(Claim c, int number, String from) {
        return claimView(c, number, from, archive.positionInFact(c));
    }

    /** @param position where the claim stands among its fact's statements ({@link Archive#positionInFact}) */
    private ClaimView claimView(Claim c, int number, String from, int position) {
        return claimView(c, number, from, position, false);
    }

    /** @param last true on the claim's fact page, the last page that shows it in a build: its text is not kept after */
    private ClaimView claimView(Claim c, int number, String from, int position, boolean last) {
        Source s = archive.expectSource(c.source());
        FactDef f = archive.schema().expect(c.fact());
        ClaimText t = text(c, s, last);
        return new ClaimView(c.id(), f.id(), f.label(),
                near(from, Paging.factPage(c.fact(), Paging.pageOf(position, Paging.FACT_STATEMENTS))) + "#" + t.entry(),
                t.value(), c.qualifier().id(), c.quote(), t.before(), t.after(),
                rel(from, SitePaths.source(s.slug())) + "#" + c.id(), sourceRef(s, from), c.attributedTo(), c.origin(),
                c.note(), t.line(), number, t.citation(), t.entry(), t.originalHref());
    }

    /** What a claim's views show wherever they are: worked out once per claim (a claim shows on its source page, its fact page and maybe a values summary). */
    private record ClaimText(String value, String before, String after, int line, String citation, String entry, String originalHref) {
    }

    /**
     * At most this many claims' texts are kept (about 1 KB each, with the context, citation and
     * link): every claim of a 10,000-source archive; a larger one keeps the first this many and
     * works the others out on each page that shows them, so that memory stays bounded. A claim's
     * text is let go when its fact page takes it: a build renders the source pages first and the
     * fact pages after them, and no later page shows the claim.
     */
    static final int TEXTS_KEPT = 131_072;
    private final java.util.concurrent.ConcurrentHashMap<Same, ClaimText> texts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A claim as a key by identity: the archive's claims are made once, and a record's hashCode
     * would hash every field of the claim (its value, quote, note…) at each of its two lookups.
     */
    private record Same(Claim claim) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.claim == claim;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(claim);
        }
    }

    private ClaimText text(Claim c, Source s, boolean last) {
        Same key = new Same(c);
        ClaimText t = last ? texts.remove(key) : texts.get(key);
        if (t == null) {
            String body = s.body();
            t = new ClaimText(c.displayValue(), before(body, c.start()), after(body, c.end()), fileLine(s, c.start()),
                    Citations.claim(c, s, archive.config()), SitePaths.factEntryAnchor(s.slug(), c.id()),
                    s.meta().url() == null ? null : TextFragment.link(s.meta().url(), c.quote()));
            if (!last && texts.size() < TEXTS_KEPT) {
                texts.putIfAbsent(key, t);
            }
        }
        return t;
    }

    public HomeView home() {
        String from = SitePaths.home();
        List<String> dates = archive.sources().stream().map(s -> s.meta().date()).filter(d -> d != null).sorted().toList();
        List<FactRow> rows = archive.schema().all().stream().map(f -> factRow(f, from)).toList();
        return new HomeView(archive.sources().size(), archive.schema().all().size(),
                (int) rows.stream().filter(r -> r.sourceCount() > 0).count(), archive.claimCount(),
                dates.isEmpty() ? null : dates.get(0), !dates.isEmpty() && onlyInferred(dates.get(0)),
                dates.isEmpty() ? null : dates.get(dates.size() - 1), !dates.isEmpty() && onlyInferred(dates.get(dates.size() - 1)),
                archive.schema().all().stream().filter(FactDef::headline).map(f -> factRow(f, from)).toList(),
                rows.stream().filter(r -> r.status().equals(FactStatus.DIFFER.id())).toList(),
                sourcesByDate().stream().limit(Paging.HOME_SOURCES).map(s -> sourceRef(s, from)).toList());
    }

    /** Whether every source dated {@code date} has that date inferred (no source states it). */
    private boolean onlyInferred(String date) {
        return archive.sources().stream().filter(s -> date.equals(s.meta().date())).allMatch(s -> s.meta().isInferred("date"));
    }

    /** The fact page (of a fact's several) that holds the entry of claim {@code c}. */
    public String factPageOf(Claim c) {
        return Paging.factPage(c.fact(), Paging.pageOf(archive.positionInFact(c), Paging.FACT_STATEMENTS));
    }

    public SourcesView sources() {
        return sources(1);
    }

    public int sourcesPages() {
        return Paging.pages(archive.sources().size(), Paging.SOURCE_ROWS);
    }

    /** Page {@code page} of the sources index, newest first. */
    public SourcesView sources(int page) {
        String from = Paging.sourcesPage(page);
        List<Source> all = sourcesByDate();
        int per = Paging.SOURCE_ROWS;
        return new SourcesView(all.subList(Math.min(all.size(), (page - 1) * per), Math.min(all.size(), page * per)).stream()
                .map(s -> new SourceRow(sourceRef(s, from), archive.claimsOf(s.slug()).size())).toList(),
                Paging.pager(page, sourcesPages(), all.size(), per, from, Paging::sourcesPage));
    }

    public Archive archive() {
        return archive;
    }

    /** The sources on page {@code page} of the sources index. */
    public List<Source> sourcesOnPage(int page) {
        List<Source> all = sourcesByDate();
        int per = Paging.SOURCE_ROWS;
        return all.subList(Math.min(all.size(), (page - 1) * per), Math.min(all.size(), page * per));
    }

    /** The page of the sources index that lists {@code s}. */
    int sourcesPageOf(Source s) {
        return Paging.pageOf(java.util.Collections.binarySearch(sourcesByDate(), s, byDate()), Paging.SOURCE_ROWS);
    }

    private volatile List<Source> byDateCache;

    /** Where each source's lines end, by slug: a claim's line is a binary search, not a scan of the text before it. */
    private final java.util.concurrent.ConcurrentHashMap<String, int[]> lineEnds = new java.util.concurrent.ConcurrentHashMap<>();

    /** The same as {@link Source#fileLine}: the line of the .md file that holds body offset {@code offset}. */
    int fileLine(Source s, int offset) {
        int[] ends = lineEnds.computeIfAbsent(s.slug(), k -> newlines(s.body()));
        int limit = Math.min(offset, s.body().length());
        int at = java.util.Arrays.binarySearch(ends, limit);
        // newlines before limit: the insertion point when absent, the index when limit is itself a newline
        return s.bodyLine() + (at >= 0 ? at : -at - 1);
    }

    private static int[] newlines(String body) {
        int n = 0;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
            n++;
        }
        int[] out = new int[n];
        n = 0;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
            out[n++] = i;
        }
        return out;
    }

    /** The sources, newest first, then by slug (the sources index's order). */
    List<Source> sourcesByDate() {
        List<Source> l = byDateCache;
        if (l == null) {
            l = archive.sources().stream().sorted(byDate()).toList();
            byDateCache = l;
        }
        return l;
    }

    public SourcePageView source(Source s) {
        String from = SitePaths.source(s.slug());
        List<Claim> claims = archive.claimsOf(s.slug());
        List<ClaimView> views = new ArrayList<>();
        List<ClaimMark> marks = new ArrayList<>();
        int n = 1;
        // a source's claims of one fact stand one after another in the fact's list, in the order
        // they come here: each is looked for just after the one before it, else searched for
        Map<String, Integer> nextInFact = new java.util.HashMap<>();
        for (Claim c : claims) {
            Integer guess = nextInFact.get(c.fact());
            int position = guess != null && holds(archive.claimsFor(c.fact()), guess, c) ? guess : archive.positionInFact(c);
            nextInFact.put(c.fact(), position + 1);
            ClaimView v = claimView(c, n, from, position);
            views.add(v);
            marks.add(new ClaimMark(c.id(), c.start(), c.end(), v.factHref(), n,
                    "Claim " + n + ": " + v.factLabel() + ": " + v.value() + " (see what every source states)"));
            n++;
        }
        FrontMatter m = s.meta();
        List<Inferred> inferred = m.inferred().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Inferred(e.getKey(), e.getValue())).toList();
        return new SourcePageView(sourceRef(s, from), m.author(), m.url(), m.retrieved(), inferred, m.notes(),
                s.sha256(), BodyRenderer.render(s.body(), s.furniture(), marks), views,
                Citations.source(s, archive.config()), furniture(s), near(from, SitePaths.sourceText(s.slug())),
                s.file().toString(), rel(from, reviewOf(s)));
    }

    /** The review page that holds {@code s} (sources in slug order, {@link Paging#REVIEW_SOURCES} a page), with its section's anchor. */
    String reviewOf(Source s) {
        int at = java.util.Collections.binarySearch(archive.sources(), s, Comparator.comparing(Source::slug));
        return Paging.reviewPage(Paging.pageOf(Math.max(0, at), Paging.REVIEW_SOURCES)) + "#" + SitePaths.reviewAnchor(s.slug());
    }

    /**
     * Whether {@code i} is where {@link Archive#positionInFact} finds {@code c} among its fact's
     * claims: the first there with its source, span and id.
     */
    static boolean holds(List<Claim> factClaims, int i, Claim c) {
        if (i < 0 || i >= factClaims.size() || !sameSpan(factClaims.get(i), c)
                || !java.util.Objects.equals(factClaims.get(i).id(), c.id())) {
            return false;
        }
        for (int j = i - 1; j >= 0 && sameSpan(factClaims.get(j), c); j--) {
            if (java.util.Objects.equals(factClaims.get(j).id(), c.id())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSpan(Claim a, Claim b) {
        return a.start() == b.start() && a.end() == b.end() && a.source().equals(b.source());
    }

    public FactsView facts() {
        String from = SitePaths.facts();
        Map<String, List<FactRow>> groups = new LinkedHashMap<>();
        for (FactDef f : archive.schema().all()) {
            groups.computeIfAbsent(f.group() == null ? "Facts" : f.group(), k -> new ArrayList<>()).add(factRow(f, from));
        }
        return new FactsView(groups.entrySet().stream().map(e -> new FactGroup(e.getKey(), e.getValue())).toList());
    }

    public FactPageView fact(FactDef f) {
        return fact(f, 1);
    }

    public int factPages(FactDef f) {
        return Paging.pages(archive.claimsFor(f.id()).size(), Paging.FACT_STATEMENTS);
    }

    /**
     * Page {@code page} of a fact: every page repeats the values summary (each value with the
     * first sources stating it and their count); the statements are split
     * {@link Paging#FACT_STATEMENTS} to a page.
     */
    public FactPageView fact(FactDef f, int page) {
        String from = Paging.factPage(f.id(), page);
        List<Claim> all = archive.claimsFor(f.id());
        int per = Paging.FACT_STATEMENTS;
        int first = Math.min(all.size(), (page - 1) * per);
        List<ClaimView> claims = new ArrayList<>();
        for (int i = first; i < Math.min(all.size(), page * per); i++) {
            claims.add(claimView(all.get(i), i + 1, from, i, true));
        }
        FactStatus st = archive.status(f.id());
        return new FactPageView(factRow(f, from), f.definition(),
                f.parent() == null ? null : factRow(archive.schema().expect(f.parent()), from),
                archive.schema().children(f.id()).stream().map(c -> factRow(c, from)).toList(),
                statusExplanation(f), values(f), claims,
                Paging.pager(page, factPages(f), all.size(), per, from, p -> Paging.factPage(f.id(), p)));
    }

    /** Each fact's status line, made once (every page of a fact shows it). */
    private final java.util.concurrent.ConcurrentHashMap<String, String> explanations = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The status line of a fact's pages: where sources differ, how many sources state each value
     * ("Sources state different values for this figure: 3 sources state 8; 1 states 6."), most
     * sources first, then in the values table's order; counts only, nothing averaged. A source
     * that states two values is counted under each, and the line says so.
     */
    public String statusExplanation(FactDef f) {
        FactStatus st = archive.status(f.id());
        if (st != FactStatus.DIFFER) {
            return st.explanation();
        }
        return explanations.computeIfAbsent(f.id(), id -> {
            // a fact's claims come source by source: a value's count grows when a new source's run states it
            Map<String, String> lastSource = new java.util.HashMap<>();
            Map<String, Integer> sources = new java.util.HashMap<>();
            Map<String, Integer> ofSource = new java.util.HashMap<>();
            for (Claim c : archive.claimsFor(id)) {
                String v = c.displayValue();
                if (!c.source().equals(lastSource.put(v, c.source()))) {
                    sources.merge(v, 1, Integer::sum);
                    ofSource.merge(c.source(), 1, Integer::sum);
                }
            }
            List<String> order = archive.distinctValues(id);
            List<String> values = new ArrayList<>(order);
            values.sort(Comparator.comparing((String v) -> -sources.getOrDefault(v, 0)).thenComparing(order::indexOf));
            StringBuilder sb = new StringBuilder(st.explanation().replaceAll("\\.$", "")).append(": ");
            for (int i = 0; i < values.size(); i++) {
                int n = sources.getOrDefault(values.get(i), 0);
                sb.append(i == 0 ? "" : "; ").append(n).append(i == 0 ? (n == 1 ? " source states " : " sources state ") : (n == 1 ? " states " : " state "))
                        .append(values.get(i));
            }
            sb.append('.');
            if (ofSource.values().stream().anyMatch(n -> n > 1)) {
                sb.append(" A source that states more than one value is counted under each.");
            }
            return sb.toString();
        });
    }

    private static final Comparator<Claim> BY_VALUE = Comparator.comparing(Claim::value).thenComparing(c -> c.qualifier().ordinal());

    /** Each fact's values summary, made once: every page of a fact shows the same (its pages share a folder). */
    private final java.util.concurrent.ConcurrentHashMap<String, List<ValueGroup>> valuesByFact = new java.util.concurrent.ConcurrentHashMap<>();

    /** The values a fact's sources state, each with the first sources stating it and their count. */
    public List<ValueGroup> values(FactDef f) {
        List<ValueGroup> v = valuesByFact.get(f.id());
        if (v == null) {
            v = valuesOf(f, SitePaths.fact(f.id()));
            List<ValueGroup> raced = valuesByFact.putIfAbsent(f.id(), v);
            v = raced == null ? v : raced;
        }
        return v;
    }

    /** True when this and {@code other} hold the very same values summary of {@code fact} (one was taken from the other). */
    boolean sharesValues(ViewFactory other, String fact) {
        List<ValueGroup> v = valuesByFact.get(fact);
        return v != null && v == other.valuesByFact.get(fact);
    }

    private List<ValueGroup> valuesOf(FactDef f, String from) {
        List<Claim> all = archive.claimsFor(f.id());
        // each value's statements in the fact's order, the values ordered by number, then qualifier
        // (the same order as a stable sort of all statements by value and qualifier, each value placed at its first)
        Map<String, List<Claim>> grouped = new java.util.HashMap<>();
        Map<String, Integer> firstOf = new java.util.HashMap<>();
        // a value's text is made once per figure, bound and upper end (a fact states a few dozen values in thousands of claims)
        Map<List<Object>, String> shown = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Claim c = all.get(i);
            String v = shown.computeIfAbsent(java.util.Arrays.asList(c.value(), c.qualifier(), c.valueMax()), k -> c.displayValue());
            grouped.computeIfAbsent(v, k -> new ArrayList<>()).add(c);
            Integer first = firstOf.get(v);
            if (first == null || BY_VALUE.compare(c, all.get(first)) < 0) {
                firstOf.put(v, i);
            }
        }
        Map<String, List<Claim>> byValue = new LinkedHashMap<>();
        firstOf.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> all.get(e.getValue()), BY_VALUE)
                        .thenComparing(Map.Entry::getValue))
                .forEach(e -> byValue.put(e.getKey(), grouped.get(e.getKey())));
        List<ValueGroup> values = new ArrayList<>();
        byValue.forEach((value, cs) -> {
            List<ClaimView> named = new ArrayList<>();
            for (int i = 0; i < Math.min(cs.size(), Paging.VALUE_NAMES); i++) {
                int position = archive.positionInFact(cs.get(i));
                named.add(claimView(cs.get(i), position + 1, from, position));
            }
            values.add(new ValueGroup(value, List.copyOf(named), cs.size()));
        });
        return List.copyOf(values);
    }

    public ReviewView review() {
        return review(1);
    }

    public int reviewPages() {
        return Paging.pages(archive.sources().size(), Paging.REVIEW_SOURCES);
    }

    /** Page {@code page} of the review, sources in slug order. */
    public ReviewView review(int page) {
        String from = Paging.reviewPage(page);
        List<ReviewSource> out = new ArrayList<>();
        List<Source> all = archive.sources();
        int per = Paging.REVIEW_SOURCES;
        for (Source s : all.subList(Math.min(all.size(), (page - 1) * per), Math.min(all.size(), page * per))) {
            List<DecisionView> ds = new ArrayList<>();
            List<Claim> overridden = archive.claimsOf(s.slug()).stream().filter(c -> "override".equals(c.origin())).toList();
            for (NumberDecision d : archive.decisionsOf(s.slug())) {
                FactDef f = d.fact() == null ? null : archive.schema().find(d.fact()).orElse(null);
                Claim edited = "claim".equals(d.outcome()) ? overrideOf(overridden, d) : null;
                ds.add(new DecisionView(d.text(), fileLine(s, d.start()), context(s.body(), d.start(), d.end()), d.outcome(),
                        d.fact(), f == null ? null : f.label(), f == null ? null : rel(from, SitePaths.fact(f.id())), d.reason(),
                        edited == null ? null : edited.displayValue(), edited == null ? null : edited.note()));
            }
            int claims = (int) ds.stream().filter(d -> "claim".equals(d.outcome())).count();
            out.add(new ReviewSource(sourceRef(s, from), ds, furniture(s), claims, ds.size() - claims, SitePaths.reviewAnchor(s.slug())));
        }
        return new ReviewView(out, Paging.pager(page, reviewPages(), all.size(), per, from, Paging::reviewPage));
    }

    /** The editor's claim (added or corrected) that a number's decision became: same fact, its quote holding the number. */
    private static Claim overrideOf(List<Claim> overridden, NumberDecision d) {
        for (Claim c : overridden) {
            if (c.fact().equals(d.fact()) && c.start() <= d.start() && d.end() <= c.end()) {
                return c;
            }
        }
        return null;
    }

    private List<FurnitureView> furniture(Source s) {
        List<FurnitureView> out = new ArrayList<>();
        for (TextSpan t : s.furniture()) {
            out.add(new FurnitureView(t.label(), t.origin(), s.body().substring(t.start(), t.end()), fileLine(s, t.start())));
        }
        return out;
    }

    static Comparator<Source> byDate() {
        return Comparator.comparing((Source s) -> s.meta().date() == null ? "" : s.meta().date()).reversed()
                .thenComparing(Source::slug);
    }

    /** Up to a sentence before {@code start}, on the same paragraph. */
    static String before(String body, int start) {
        int floor = Math.max(0, start - CONTEXT);
        // only breaks at or after floor matter: the CONTEXT chars before start are copied once and
        // searched backwards for the last paragraph break and the last sentence break together
        int hi = Math.min(body.length(), start + 2);
        char[] w = new char[Math.max(0, hi - floor)];
        body.getChars(floor, Math.max(floor, hi), w, 0);
        int para = -1;
        int sentence = -1;
        for (int i = Math.min(start, body.length() - 1); i >= floor && (para < 0 || sentence < 0); i--) {
            char c = w[i - floor];
            char next = i + 1 < hi ? w[i + 1 - floor] : 0;
            if (para < 0 && c == '\n' && next == '\n') {
                para = i;
            }
            if (sentence < 0 && i < start && (c == '\n' || ((c == '.' || c == ';') && next == ' '))) {
                sentence = i;
            }
        }
        int from = floor;
        if (para >= from) {
            from = para + 2;
        }
        if (sentence >= from) {
            from = sentence + 2 > start ? start : sentence + 2;
        }
        String s = body.substring(from, start);
        return (from > 0 && from == floor ? "…" : "") + s.replace('\n', ' ');
    }

    /** Up to the end of the sentence after {@code end}. */
    static String after(String body, int end) {
        int to = Math.min(body.length(), end + CONTEXT);
        int hi = Math.min(body.length(), to + 1);
        char[] w = new char[Math.max(0, hi - end)];
        body.getChars(end, Math.max(end, hi), w, 0);
        for (int i = end; i < to; i++) {
            char c = w[i - end];
            if (c == '\n' || ((c == '.' || c == ';') && (i + 1 == body.length() || Character.isWhitespace(w[i + 1 - end])))) {
                to = c == '\n' ? i : i + 1;
                break;
            }
        }
        String s = body.substring(end, to);
        return s.replace('\n', ' ') + (to < body.length() && to == end + CONTEXT ? "…" : "");
    }

    static String context(String body, int start, int end) {
        return before(body, start) + body.substring(start, end) + after(body, end);
    }

    /** A relative link from page {@code from} to page {@code to}. */
    public static String rel(String from, String to) {
        return SitePaths.root(from) + to;
    }

    /**
     * The same as {@link #rel}, but only the file name when both pages are in one folder (a fact
     * page's summary links to its other pages a few hundred times).
     */
    static String near(String from, String to) {
        int slash = to.lastIndexOf('/');
        return slash == from.lastIndexOf('/') && from.regionMatches(0, to, 0, slash + 1) ? to.substring(slash + 1) : rel(from, to);
    }
}
