package org.sourcebook.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.sourcebook.site.SiteFile;

/**
 * The full-text index, written as script files the search page injects on demand (no fetch, so
 * it works from file:// too). Each file calls {@code SB_SEARCH.add(kind, number, data)}:
 * <ul>
 * <li>{@code search/idx/manifest.js}: the shard keys (term prefixes) with their sizes, the
 *     sizes of the chunk maps, the stop words, the loading budget;</li>
 * <li>{@code search/idx/c<k>.js}: where the document chunks start for the document ids
 *     {@code [k·MAP_SPAN, (k+1)·MAP_SPAN)} (the chunk that holds the range's first id first, then
 *     each later start as the difference from the one before), so that the manifest stays small
 *     however many chunks there are (a 100,000-source archive has about 100,000);</li>
 * <li>{@code search/idx/t<n>.js}: the postings of every term whose longest shard key is the
 *     shard's; a shard is split by the next letter until it is at most {@link Limits#shardMax};</li>
 * <li>{@code search/idx/d<id>.js}: documents (title, link, text for the snippet), at most
 *     {@link Limits#chunkMax} bytes each, named by the id of their first document.</li>
 * </ul>
 * A query loads the manifest, one shard per word (plus, for prefix matches, the shards under it
 * while they fit the budget), the chunk maps of the results it shows and their chunks.
 *
 * <p>Documents come in groups (a source's, the facts'): each group fills chunks of its own and
 * has a range of ids of its own (see {@link Group}), so {@code serve} can {@link #replace} one
 * group, and only the files that show it change. The index is made once and changed in place by
 * {@link #replace} only; the result is always the index a new build of the same groups makes.
 */
public final class SearchIndex {
    public static final String DIR = "search/idx/";
    /** How many document ids each chunk map covers: a map lists at most one start per 16 ids (a group's ids), about 3 KB. */
    static final int MAP_SPAN = 16_384;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * Size limits in bytes.
     *
     * @param termMax a term whose postings exceed this keeps only its best-weighted documents
     * @param budget  what one search may load in all; the browser stops before passing it
     */
    public record Limits(int shardMax, int termMax, int chunkMax, int budget) {
        public static final Limits DEFAULT = new Limits(40_000, 30_000, 12_000, 500_000);

        public Limits {
            if (termMax > shardMax || chunkMax <= 0 || budget < shardMax) {
                throw new IllegalArgumentException("inconsistent search limits " + shardMax + "/" + termMax + "/" + chunkMax + "/" + budget);
            }
        }
    }

    private final Limits limits;
    /**
     * Set for an index made once and written (a build): it keeps no postings, no terms of its
     * groups and no chunk bytes once its files are planned; each chunk is made again from its
     * group's documents ({@code docsOf}) when it is written.
     */
    private final IntFunction<List<SearchDoc>> remake;
    private final ConcurrentHashMap<String, Term> dictionary = new ConcurrentHashMap<>();
    private final List<Group> groups;
    /** The first id of each group. */
    private int[] bases;
    /** Every term with postings, by its text. */
    private Term[] terms;
    private List<Shards.Shard> shards;
    private List<byte[]> shardFiles;
    /** The terms as they were when the shard files were made. */
    private Term[] shardTerms;
    /** The chunks: the id of each one's first document, and its file. */
    private int[] chunkIds;
    private byte[][] chunkFiles;
    /** The chunk maps, {@code c<k>.js}. */
    private byte[][] mapFiles;
    private byte[] manifest;
    /** See {@link #samePaths()}. */
    private boolean samePaths;

    /** The index of {@code docs}, as one group (ids in their order, chunks filled one after another). */
    public SearchIndex(List<SearchDoc> docs, Limits limits) {
        this(limits, 1, g -> docs.size(), g -> docs, false);
    }

    /**
     * The index of {@code groups} groups of documents, ids given group by group in their order:
     * {@code sizeOf} tells how many documents a group has (so that every group knows its ids
     * before any is made), {@code docsOf} gives them (called once per group, on any thread, so
     * that documents are made, read and dropped one group at a time).
     */
    public static SearchIndex ofGroups(int groups, IntUnaryOperator sizeOf, IntFunction<List<SearchDoc>> docsOf, Limits limits) {
        return new SearchIndex(limits, groups, sizeOf, docsOf, false);
    }

    /**
     * The files of the index of {@code groups} groups, as {@link #ofGroups} makes them, for an
     * index that is written once and not changed (a build): what is made on the way (the terms
     * of each document, every term's postings) is dropped as soon as it has been used, and a
     * document chunk is made when its file is asked for, from {@code docsOf} called again for its
     * group, so the index holds about its term shards only (a large archive's chunks are hundreds
     * of MB). Same bytes as {@link #ofGroups}' {@link #files()}.
     */
    public static List<IndexFile> filesOnce(int groups, IntUnaryOperator sizeOf, IntFunction<List<SearchDoc>> docsOf, Limits limits) {
        return new SearchIndex(limits, groups, sizeOf, docsOf, true).indexFiles();
    }

    /** A file of the index, whose bytes are made when asked (a document chunk) or were made already. */
    public record IndexFile(String path, java.util.function.Supplier<byte[]> bytes) {
        public SiteFile file() {
            return new SiteFile(path, bytes.get());
        }
    }

    private SearchIndex(Limits limits, int count, IntUnaryOperator sizeOf, IntFunction<List<SearchDoc>> docsOf, boolean once) {
        this.limits = limits;
        this.remake = once ? docsOf : null;
        int[] base = new int[count];
        for (int g = 1; g < count; g++) {
            base[g] = base[g - 1] + Group.ids(sizeOf.applyAsInt(g - 1));
        }
        Group[] made = new Group[count];
        // a few runs of groups on every core, each with one term table
        int runs = Math.min(count, 8 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, runs).parallel().forEach(r -> {
            Group.Maker maker = new Group.Maker(dictionary, limits.chunkMax());
            for (int g = (int) ((long) count * r / runs); g < (long) count * (r + 1) / runs; g++) {
                List<SearchDoc> docs = docsOf.apply(g);
                if (docs.size() != sizeOf.applyAsInt(g)) {
                    throw new IllegalStateException("group " + g + " has " + docs.size() + " documents, "
                            + sizeOf.applyAsInt(g) + " were counted");
                }
                made[g] = maker.make(docs, base[g], !once);
            }
        });
        this.groups = new ArrayList<>(Arrays.asList(made));
        postAll();
        terms = dictionary.values().stream().filter(t -> t.size() > 0).sorted().toArray(Term[]::new);
        write();
        if (once) {
            // the shard files hold what the terms' entries held
            terms = null;
            shardTerms = null;
            dictionary.clear();
        }
    }

    /** Ids of every group, and every group's postings from scratch. */
    private void postAll() {
        bases = new int[groups.size()];
        int base = 0;
        for (int g = 0; g < groups.size(); g++) {
            bases[g] = base;
            base += groups.get(g).ids();
        }
        // each term's postings counted first, so that they are made at their size
        dictionary.values().forEach(Term::clear);
        for (Group group : groups) {
            for (Term t : group.analysis.terms()) {
                t.expect();
            }
        }
        dictionary.values().forEach(Term::allocate);
        for (int g = 0; g < groups.size(); g++) {
            Analyser.Analysis a = groups.get(g).analysis;
            Term[] ts = a.terms();
            short[] ws = a.weights();
            for (int k = 0, i = 0; k < a.docs(); k++) {
                int id = bases[g] + k;
                for (int end = a.ends()[k]; i < end; i++) {
                    ts[i].add(id, ws[i]);
                }
            }
            if (remake != null) {
                groups.get(g).dropAnalysis();
            }
        }
    }

    /**
     * Replaces the documents of some groups (by their number); the index is then the one a new
     * build of all groups makes.
     *
     * @return the paths of the files whose bytes changed or that are new
     */
    public Set<String> replace(Map<Integer, List<SearchDoc>> changed) {
        Map<Integer, Group> made = new TreeMap<>();
        Group.Maker maker = new Group.Maker(dictionary, limits.chunkMax());
        changed.forEach((g, docs) -> {
            Group group = maker.make(docs, bases[g]);
            if (!group.sameRows(groups.get(g))) {
                made.put(g, group);
            }
        });
        Set<Term> touched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (made.entrySet().stream().anyMatch(e -> e.getValue().ids() != groups.get(e.getKey()).ids())) {
            // a group outgrew its ids: every later id moves
            made.forEach(groups::set);
            postAll();
            touched.addAll(dictionary.values());
        } else {
            made.forEach((g, group) -> {
                repost(g, group, touched);
                groups.set(g, group);
            });
        }
        relist(touched);
        return write();
    }

    /** Replaces group {@code g}'s postings by {@code group}'s (which takes as many ids). */
    private void repost(int g, Group group, Set<Term> touched) {
        int base = bases[g];
        Analyser.Analysis a = group.analysis;
        Map<Term, int[]> count = new java.util.IdentityHashMap<>();
        for (Term t : a.terms()) {
            count.computeIfAbsent(t, x -> new int[1])[0]++;
        }
        Map<Term, int[][]> lists = new java.util.IdentityHashMap<>();
        count.forEach((t, n) -> lists.put(t, new int[][] {new int[n[0]], new int[n[0]], new int[1]}));
        for (int k = 0, i = 0; k < a.docs(); k++) {
            for (int end = a.ends()[k]; i < end; i++) {
                int[][] l = lists.get(a.terms()[i]);
                int at = l[2][0]++;
                l[0][at] = base + k;
                l[1][at] = a.weights()[i];
            }
        }
        int to = base + group.ids();
        Set<Term> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Term t : groups.get(g).analysis.terms()) {
            if (!lists.containsKey(t) && gone.add(t)) {
                t.replace(base, to, new int[0], new int[0], 0);
                touched.add(t);
            }
        }
        lists.forEach((t, l) -> {
            t.replace(base, to, l[0], l[1], l[0].length);
            touched.add(t);
        });
    }

    /** The terms with postings again in order, after {@code touched} changed. */
    private void relist(Set<Term> touched) {
        Set<Term> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        listed.addAll(Arrays.asList(terms));
        List<Term> added = touched.stream().filter(t -> t.size() > 0 && !listed.contains(t)).sorted().toList();
        boolean removed = touched.stream().anyMatch(t -> t.size() == 0 && listed.contains(t));
        if (added.isEmpty() && !removed) {
            return;
        }
        // merge: the listed terms that keep postings, and the new ones
        Term[] out = new Term[terms.length + added.size()];
        int n = 0;
        int a = 0;
        for (Term t : terms) {
            while (a < added.size() && added.get(a).compareTo(t) < 0) {
                out[n++] = added.get(a++);
            }
            if (t.size() > 0) {
                out[n++] = t;
            }
        }
        while (a < added.size()) {
            out[n++] = added.get(a++);
        }
        terms = Arrays.copyOf(out, n);
    }

    /** Makes the files again from the postings and groups; returns the paths of those whose bytes changed. */
    private Set<String> write() {
        Set<String> fresh = new TreeSet<>();
        // entries of changed terms, on every core
        Set<Term> remade = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Arrays.stream(terms).filter(t -> !t.fresh()).forEach(remade::add);
        remade.parallelStream().forEach(t -> {
            t.entry(limits.termMax());
            if (remake != null) {
                t.dropPostings();
            }
        });
        List<Shards.Shard> newShards = Shards.partition(terms, limits.shardMax(), limits.termMax());
        List<byte[]> newShardFiles = IntStream.range(0, newShards.size()).parallel()
                .mapToObj(i -> sameShard(i, newShards.get(i), remade) ? shardFiles.get(i)
                        : newShards.get(i).file(i, terms, limits.termMax())).toList();
        shardTerms = terms;
        for (int i = 0; i < newShardFiles.size(); i++) {
            if (shardFiles == null || i >= shardFiles.size() || !Arrays.equals(shardFiles.get(i), newShardFiles.get(i))) {
                fresh.add(DIR + "t" + i + ".js");
            }
        }
        int shardCount = shardFiles == null ? -1 : shardFiles.size();
        shards = newShards;
        shardFiles = newShardFiles;
        int[] first = new int[groups.size() + 1];
        for (int g = 0; g < groups.size(); g++) {
            first[g + 1] = first[g] + groups.get(g).chunks();
        }
        int[] ids = new int[first[groups.size()]];
        byte[][] chunks = new byte[ids.length][];
        IntStream.range(0, groups.size()).parallel().forEach(g -> {
            Group group = groups.get(g);
            for (int c = 0; c < group.chunks(); c++) {
                ids[first[g] + c] = bases[g] + group.chunkStart(c);
                chunks[first[g] + c] = group.keepsFiles() ? group.chunkFile(c, bases[g]) : null;
            }
        });
        // the chunks before and now, both in id order, walked together: a chunk is fresh unless one of the same id had its bytes
        for (int n = 0, o = 0; n < chunks.length; n++) {
            while (chunkIds != null && o < chunkIds.length && chunkIds[o] < ids[n]) {
                o++;
            }
            byte[] was = chunkIds != null && o < chunkIds.length && chunkIds[o] == ids[n] ? chunkFiles[o] : null;
            // a group that did not change or move hands out the same array
            if (was != chunks[n] && !Arrays.equals(was, chunks[n])) {
                fresh.add(DIR + "d" + ids[n] + ".js");
            }
        }
        samePaths = chunkIds != null && Arrays.equals(chunkIds, ids) && shardCount == newShardFiles.size();
        chunkIds = ids;
        chunkFiles = chunks;
        byte[][] maps = maps(ids, idCount());
        for (int k = 0; k < maps.length; k++) {
            if (mapFiles == null || k >= mapFiles.length || !Arrays.equals(mapFiles[k], maps[k])) {
                fresh.add(DIR + "c" + k + ".js");
            }
        }
        samePaths &= mapFiles != null && mapFiles.length == maps.length;
        mapFiles = maps;
        byte[] m = manifest();
        if (manifest == null || !Arrays.equals(manifest, m)) {
            fresh.add(DIR + "manifest.js");
        }
        manifest = m;
        return fresh;
    }

    /**
     * Every file of the index as {@link #files()}, a chunk made when its file is asked for in an
     * index made once (from its group's documents, made again).
     */
    private List<IndexFile> indexFiles() {
        List<IndexFile> out = new ArrayList<>(1 + shardFiles.size() + chunkIds.length);
        byte[] m = manifest;
        out.add(new IndexFile(DIR + "manifest.js", () -> m));
        for (int k = 0; k < mapFiles.length; k++) {
            byte[] f = mapFiles[k];
            out.add(new IndexFile(DIR + "c" + k + ".js", () -> f));
        }
        for (int i = 0; i < shardFiles.size(); i++) {
            byte[] f = shardFiles.get(i);
            out.add(new IndexFile(DIR + "t" + i + ".js", () -> f));
        }
        for (int g = 0, n = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            int base = bases[g];
            int gn = g;
            for (int c = 0; c < group.chunks(); c++, n++) {
                int chunk = c;
                byte[] kept = chunkFiles[n];
                out.add(new IndexFile(DIR + "d" + chunkIds[n] + ".js",
                        kept != null ? () -> kept : () -> group.chunkFile(remake.apply(gn), chunk, base)));
            }
        }
        return out;
    }

    /** True when shard {@code i} was {@code shard} before, of the very same terms, none of whose entries was made again. */
    private boolean sameShard(int i, Shards.Shard shard, Set<Term> remade) {
        if (shards == null || i >= shards.size() || !shards.get(i).equals(shard)) {
            return false;
        }
        for (int t = shard.lo(); t < shard.hi(); t++) {
            if (shardTerms[t] != terms[t] || remade.contains(terms[t])) {
                return false;
            }
        }
        return true;
    }

    /** The ids documents take: up to the last group's last document. */
    private int idCount() {
        return groups.isEmpty() ? 0 : bases[groups.size() - 1] + groups.get(groups.size() - 1).size();
    }

    /** True when the last {@link #replace} left the index with the same files (paths), some of them with new bytes. */
    public boolean samePaths() {
        return samePaths;
    }

    /** The files of the index at {@code paths} (some of {@link #files()}'s), in no particular order. */
    public List<SiteFile> files(java.util.Collection<String> paths) {
        List<SiteFile> out = new ArrayList<>(paths.size());
        for (String p : paths) {
            String name = p.startsWith(DIR) ? p.substring(DIR.length()) : "";
            int n = name.length() > 4 && name.endsWith(".js") && name.charAt(0) != 'm' ? Integer.parseInt(name.substring(1, name.length() - 3)) : -1;
            byte[] bytes = switch (name.isEmpty() ? ' ' : name.charAt(0)) {
                case 'm' -> name.equals("manifest.js") ? manifest : null;
                case 'c' -> n < mapFiles.length ? mapFiles[n] : null;
                case 't' -> n < shardFiles.size() ? shardFiles.get(n) : null;
                case 'd' -> {
                    int at = Arrays.binarySearch(chunkIds, n);
                    yield at >= 0 ? chunkFiles[at] : null;
                }
                default -> null;
            };
            if (bytes == null) {
                throw new IllegalArgumentException("the search index has no file " + p);
            }
            out.add(new SiteFile(p, bytes));
        }
        return out;
    }

    /** Every file of the index: the manifest, the shards, the chunks. */
    public List<SiteFile> files() {
        List<SiteFile> out = new ArrayList<>(1 + shardFiles.size() + chunkFiles.length);
        out.add(new SiteFile(DIR + "manifest.js", manifest));
        for (int k = 0; k < mapFiles.length; k++) {
            out.add(new SiteFile(DIR + "c" + k + ".js", mapFiles[k]));
        }
        for (int i = 0; i < shardFiles.size(); i++) {
            out.add(new SiteFile(DIR + "t" + i + ".js", shardFiles.get(i)));
        }
        for (int i = 0; i < chunkFiles.length; i++) {
            out.add(new SiteFile(DIR + "d" + chunkIds[i] + ".js", chunkFiles[i]));
        }
        return out;
    }

    private byte[] manifest() {
        Map<String, Object> m = new TreeMap<>();
        m.put("v", 1);
        m.put("docs", groups.stream().mapToInt(Group::size).sum());
        m.put("stop", new TreeSet<>(Terms.STOP));
        // Shard keys joined by spaces (terms have none); sizes in hundreds of bytes, rounded up.
        m.put("keys", String.join(" ", shards.stream().map(Shards.Shard::key).toList()));
        m.put("sizes", shardFiles.stream().map(f -> (f.length + 99) / 100).toList());
        m.put("mapSpan", MAP_SPAN);
        m.put("maps", Arrays.stream(mapFiles).map(f -> (f.length + 99) / 100).toList());
        m.put("chunkMax", limits.chunkMax());
        m.put("budget", limits.budget());
        m.put("self", 0);
        String text = "";
        for (int size = 0, i = 0; i < 4; i++) {
            m.put("self", size);
            text = "SB_SEARCH.add(\"manifest\",0," + json(m) + ");\n";
            size = utf8(text);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The chunk maps of the chunks starting at {@code starts} (ascending) for document ids
     * {@code [0, ids)}: map {@code k} lists the start of the chunk holding id {@code k·MAP_SPAN},
     * then the later starts below {@code (k+1)·MAP_SPAN} as differences.
     */
    static byte[][] maps(int[] starts, int ids) {
        int count = starts.length == 0 ? 0 : (ids - 1) / MAP_SPAN + 1;
        byte[][] out = new byte[count][];
        int n = 0;
        for (int k = 0; k < count; k++) {
            long lo = (long) k * MAP_SPAN;
            long hi = lo + MAP_SPAN;
            while (n + 1 < starts.length && starts[n + 1] <= lo) {
                n++;
            }
            StringBuilder sb = new StringBuilder("SB_SEARCH.add(\"c\",").append(k).append(",[").append(starts[n]);
            for (int i = n + 1; i < starts.length && starts[i] < hi; i++) {
                sb.append(',').append(starts[i] - starts[i - 1]);
            }
            out[k] = sb.append("]);\n").toString().getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write search index entry " + Arrays.deepToString(new Object[] {o}), e);
        }
    }

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
