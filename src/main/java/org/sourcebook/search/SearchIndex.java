package org.sourcebook.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sourcebook.site.SiteFile;

/**
 * The full-text index, written as script files the search page injects on demand (no fetch, so
 * it works from file:// too). Each file calls {@code SB_SEARCH.add(kind, number, data)}:
 * <ul>
 * <li>{@code search/idx/manifest.js}: the shard keys (term prefixes) with their sizes, where
 *     each document chunk starts (as differences from the previous start), the stop words, the
 *     loading budget;</li>
 * <li>{@code search/idx/t<n>.js}: the postings of every term whose longest shard key is the
 *     shard's; a shard is split by the next letter until it is at most {@link Limits#shardMax};</li>
 * <li>{@code search/idx/d<n>.js}: documents (title, link, text for the snippet), at most
 *     {@link Limits#chunkMax} bytes each.</li>
 * </ul>
 * A query loads the manifest, one shard per word (plus, for prefix matches, the shards under it
 * while they fit the budget) and the chunks of the results it shows.
 */
public final class SearchIndex {
    public static final String DIR = "search/idx/";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int MAX_DEPTH = 12;

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

    private final List<SearchDoc> docs;
    private final Limits limits;

    public SearchIndex(List<SearchDoc> docs, Limits limits) {
        this.docs = List.copyOf(docs);
        this.limits = limits;
    }

    public List<SiteFile> files() {
        Map<String, String> entries = entries(postings());
        List<SiteFile> out = new ArrayList<>();
        List<Object[]> shards = new ArrayList<>();
        partition("", new TreeMap<>(entries), shards);
        List<Object[]> shardList = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            String body = "SB_SEARCH.add(\"t\"," + i + "," + shards.get(i)[1] + ");\n";
            out.add(SiteFile.text(DIR + "t" + i + ".js", body));
            shardList.add(new Object[] {shards.get(i)[0], utf8(body)});
        }
        List<Integer> chunkStarts = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int chunkBytes = 0;
        // rows are written on every core, then cut into chunks in document order
        List<String> rows = docs.parallelStream().map(x -> json(docRow(x))).toList();
        for (int id = 0; id < docs.size(); id++) {
            String d = rows.get(id);
            int bytes = utf8(d) + 1;
            if (chunk.length() > 0 && chunkBytes + bytes > limits.chunkMax() - 40) {
                out.add(chunkFile(chunkStarts.size() - 1, chunk));
                chunk.setLength(0);
                chunkBytes = 0;
            }
            if (chunk.length() == 0) {
                chunkStarts.add(id);
            }
            chunk.append(chunk.length() == 0 ? "" : ",").append(d);
            chunkBytes += bytes;
        }
        if (chunk.length() > 0) {
            out.add(chunkFile(chunkStarts.size() - 1, chunk));
        }
        out.add(0, SiteFile.text(DIR + "manifest.js", manifest(shardList, chunkStarts)));
        return out;
    }

    private SiteFile chunkFile(int n, CharSequence rows) {
        return SiteFile.text(DIR + "d" + n + ".js", "SB_SEARCH.add(\"d\"," + n + ",[" + rows + "]);\n");
    }

    private String manifest(List<Object[]> shards, List<Integer> chunkStarts) {
        Map<String, Object> m = new TreeMap<>();
        m.put("v", 1);
        m.put("docs", docs.size());
        m.put("stop", new TreeSet<>(Terms.STOP));
        // Shard keys joined by spaces (terms have none); sizes in hundreds of bytes, rounded up.
        m.put("keys", String.join(" ", shards.stream().map(x -> (String) x[0]).toList()));
        m.put("sizes", shards.stream().map(x -> ((Integer) x[1] + 99) / 100).toList());
        List<Integer> deltas = new ArrayList<>();
        for (int i = 0; i < chunkStarts.size(); i++) {
            deltas.add(chunkStarts.get(i) - (i == 0 ? 0 : chunkStarts.get(i - 1)));
        }
        m.put("chunks", deltas);
        m.put("chunkMax", limits.chunkMax());
        m.put("budget", limits.budget());
        m.put("self", 0);
        String text = "";
        for (int size = 0, i = 0; i < 4; i++) {
            m.put("self", size);
            text = "SB_SEARCH.add(\"manifest\",0," + json(m) + ");\n";
            size = utf8(text);
        }
        return text;
    }

    /** term → postings (doc, weight), docs ascending. */
    private Map<String, List<int[]>> postings() {
        // each document's terms and weights on every core; merged in document order, so postings stay ascending
        List<Map<String, Integer>> weights = java.util.stream.IntStream.range(0, docs.size()).parallel()
                .mapToObj(id -> weights(docs.get(id))).toList();
        Map<String, List<int[]>> postings = new HashMap<>();
        for (int id = 0; id < docs.size(); id++) {
            for (Map.Entry<String, Integer> e : weights.get(id).entrySet()) {
                postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {id, e.getValue()});
            }
        }
        return postings;
    }

    /** term → weight in one document (title terms weigh more). */
    private static Map<String, Integer> weights(SearchDoc d) {
        Map<String, Integer> out = new HashMap<>();
        {
            Map<String, int[]> tf = new HashMap<>();
            // A passage is not found by its source's title: the source's own document is.
            for (String t : d.kind().equals("text") ? List.<String>of() : Terms.of(d.title())) {
                tf.computeIfAbsent(t, k -> new int[2])[0]++;
            }
            for (String t : Terms.of(d.text() + (d.sub() == null || !d.kind().equals("quote") ? "" : " " + d.sub()))) {
                tf.computeIfAbsent(t, k -> new int[2])[1]++;
            }
            for (Map.Entry<String, int[]> e : tf.entrySet()) {
                int[] n = e.getValue();
                double w = (n[0] > 0 ? d.titleBoost() * (1 + Math.log(n[0])) : 0) + (n[1] > 0 ? 1 + Math.log(n[1]) : 0);
                out.put(e.getKey(), Math.max(1, (int) Math.round(10 * w)));
            }
        }
        return out;
    }

    /** term → its JSON entry {@code "term":[df,doc,weight,docDelta,weight,…]}, cut to termMax. */
    private Map<String, String> entries(Map<String, List<int[]>> postings) {
        Map<String, String> out = new java.util.concurrent.ConcurrentHashMap<>();
        postings.entrySet().parallelStream().forEach(e -> {
            List<int[]> list = e.getValue();
            String entry = entry(e.getKey(), list.size(), list);
            if (utf8(entry) > limits.termMax()) {
                List<int[]> best = new ArrayList<>(list);
                best.sort(Comparator.comparingInt((int[] p) -> -p[1]).thenComparingInt(p -> p[0]));
                int keep = (int) ((long) list.size() * limits.termMax() / utf8(entry));
                while (true) {
                    List<int[]> kept = new ArrayList<>(best.subList(0, keep));
                    kept.sort(Comparator.comparingInt(p -> p[0]));
                    entry = entry(e.getKey(), list.size(), kept);
                    if (utf8(entry) <= limits.termMax()) {
                        break;
                    }
                    keep = keep * 9 / 10;
                }
            }
            out.put(e.getKey(), entry);
        });
        return out;
    }

    private static String entry(String term, int df, List<int[]> postings) {
        StringBuilder sb = new StringBuilder(json(term)).append(":[").append(df);
        int last = 0;
        for (int[] p : postings) {
            sb.append(',').append(p[0] - last).append(',').append(p[1]);
            last = p[0];
        }
        return sb.append(']').toString();
    }

    /** Splits the terms under {@code prefix} by their next character until each shard fits. */
    private void partition(String prefix, TreeMap<String, String> terms, List<Object[]> out) {
        long size = terms.values().stream().mapToLong(e -> utf8(e) + 1).sum();
        if (size + 40 <= limits.shardMax() || prefix.length() >= MAX_DEPTH) {
            out.add(new Object[] {prefix, "{" + String.join(",", terms.values()) + "}"});
            return;
        }
        TreeMap<String, String> self = new TreeMap<>();
        TreeMap<String, TreeMap<String, String>> children = new TreeMap<>();
        for (Map.Entry<String, String> e : terms.entrySet()) {
            String t = e.getKey();
            if (t.length() <= prefix.length()) {
                self.put(t, e.getValue());
            } else {
                String next = t.substring(0, t.offsetByCodePoints(prefix.length(), 1));
                children.computeIfAbsent(next, k -> new TreeMap<>()).put(t, e.getValue());
            }
        }
        if (!self.isEmpty()) {
            out.add(new Object[] {prefix, "{" + String.join(",", self.values()) + "}"});
        }
        children.forEach((next, sub) -> partition(next, sub, out));
    }

    private static Object[] docRow(SearchDoc d) {
        return new Object[] {d.kind(), d.title(), d.href(), d.text(), d.sub(), d.breaks()};
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write search index entry " + Arrays.deepToString(new Object[] {o}), e);
        }
    }

    static int utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
