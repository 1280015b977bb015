package org.sourcebook.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.render.view.Views.SourceRef;
import org.sourcebook.site.SiteFile;

/**
 * Every row of the sources index as script files under {@code search/idx/}, for filters that
 * span all its pages when the index is split, so that one filter loads little at any size:
 * <ul>
 * <li>{@code sm.js}: how many rows and row files, each row file's size, and for each filter
 * option its count and the sizes of its posting files (loaded with the page, to fill the options);</li>
 * <li>{@code s<n>.js}: rows {@code n * PER_FILE} on, in the table's order (newest first), links
 * relative to the sources folder;</li>
 * <li>{@code p<f><i>-<r>.js}: the row numbers that have option {@code i} (in sorted order) of
 * facet {@code f} ({@code k}ind, {@code p}ublisher, {@code y}ear, {@code l}anguage), among rows
 * {@code r * RANGE} to {@code (r + 1) * RANGE}: a bitmap ({@code b}, six rows a base64 character)
 * or the gaps between them ({@code d}), whichever is shorter, so at most about 11 KB a file.</li>
 * </ul>
 */
public final class SourceRows {
    public static final int PER_FILE = 250;
    /** Rows a posting file covers. */
    public static final int RANGE = 65_536;
    /** The facets, in the order of their one-letter names. */
    public static final List<String> FACETS = List.of("kind", "publisher", "year", "language");
    static final String LETTERS = "kpyl";
    static final String META = SearchIndex.DIR + "sm.js";
    /** The alphabet of a posting bitmap, six rows a character ({@code filters.js} reads it). */
    static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SourceRows() {
    }

    /**
     * @param ref the row of a source as the sources index shows it (links relative to sources/)
     */
    public static List<SiteFile> files(Archive archive, Function<Source, SourceRef> ref) {
        // newest first, then by slug (one comparator: the chained ones cost more than the sort itself)
        List<Source> sources = new ArrayList<>(archive.sources());
        sources.sort((a, b) -> {
            int c = date(b).compareTo(date(a));
            return c != 0 ? c : a.slug().compareTo(b.slug());
        });
        return LiveSourceRows.of(archive, sources, ref).files();
    }

    /** How many row files {@code total} rows take (one at least). */
    static int rowFiles(int total) {
        return Math.max(1, (total + PER_FILE - 1) / PER_FILE);
    }

    /** How many posting files (ranges of rows) each option has among {@code total} rows. */
    static int ranges(int total) {
        return (total + RANGE - 1) / RANGE;
    }

    /** Row file {@code n} of {@code newestFirst}; fills {@code values} with each of its rows' facet values. */
    static SiteFile rowFile(Archive archive, List<Source> newestFirst, Function<Source, SourceRef> ref, int n, String[][] values) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = n * PER_FILE; i < Math.min(newestFirst.size(), (n + 1) * PER_FILE); i++) {
            Source s = newestFirst.get(i);
            SourceRef r = ref.apply(s);
            values[i] = values(r);
            rows.add(new Object[] {r.href(), r.title(), r.date(), r.dateInferred() ? 1 : 0, r.publisher(),
                    r.publisherInferred() ? 1 : 0, r.kind(), archive.claimsOf(s.slug()).size(), values[i][2], r.language()});
        }
        return SiteFile.text(SearchIndex.DIR + "s" + n + ".js", "SB_SEARCH.add(\"s\"," + n + "," + json(Map.of("rows", rows)) + ");\n");
    }

    /** For each facet, each option (in sorted order) with the rows that have it (ascending). */
    static List<TreeMap<String, List<Integer>>> options(String[][] values) {
        List<TreeMap<String, List<Integer>>> rowsOf = new ArrayList<>();
        for (int f = 0; f < FACETS.size(); f++) {
            rowsOf.add(new TreeMap<>());
        }
        for (int i = 0; i < values.length; i++) {
            for (int f = 0; f < FACETS.size(); f++) {
                rowsOf.get(f).computeIfAbsent(values[i][f], v -> new ArrayList<>()).add(i);
            }
        }
        return rowsOf;
    }

    /** The name of the posting file of option {@code i} of facet {@code f} among rows {@code r * RANGE} on. */
    static String postingName(int f, int i, int r) {
        return LETTERS.charAt(f) + "" + i + "-" + r;
    }

    /** The posting file of option {@code i} of facet {@code f} with rows {@code rows} among rows {@code r * RANGE} on, or null. */
    static SiteFile posting(int f, int i, int r, List<Integer> rows, int total) {
        return posting(postingName(f, i, r), rows, r * RANGE, Math.min(total, (r + 1) * RANGE));
    }

    /**
     * The meta file: {@code sizes} of the row files, and for each facet's options (as
     * {@code rowsOf} has them) the count and the size of each posting file ({@code postingSize}
     * of facet, option, range; 0 when there is none).
     */
    static SiteFile meta(int total, List<Integer> sizes, List<TreeMap<String, List<Integer>>> rowsOf, PostingSize postingSize) {
        Map<String, List<Object[]>> facets = new LinkedHashMap<>();
        for (int f = 0; f < FACETS.size(); f++) {
            List<Object[]> options = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, List<Integer>> e : rowsOf.get(f).entrySet()) {
                List<Integer> postingSizes = new ArrayList<>();
                for (int r = 0; r < ranges(total); r++) {
                    postingSizes.add(postingSize.of(f, i, r));
                }
                options.add(new Object[] {e.getKey(), e.getValue().size(), postingSizes});
                i++;
            }
            facets.put(FACETS.get(f), options);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("files", sizes.size());
        meta.put("total", total);
        meta.put("per", PER_FILE);
        meta.put("range", RANGE);
        meta.put("sizes", sizes);
        meta.put("facets", facets);
        return SiteFile.text(META, "SB_SEARCH.add(\"s\",\"m\"," + json(meta) + ");\n");
    }

    /** The size of a posting file, 0 when there is none. */
    interface PostingSize {
        int of(int facet, int option, int range);
    }

    /** The posting file of rows {@code from} (inclusive) to {@code to} among {@code rows} (ascending), or null if none is there. */
    static SiteFile posting(String name, List<Integer> rows, int from, int to) {
        int lo = lowerBound(rows, from);
        int hi = lowerBound(rows, to);
        if (lo == hi) {
            return null;
        }
        // gaps: the first from the range's start, then from the row before
        StringBuilder gaps = new StringBuilder("{\"d\":[");
        int prev = from;
        for (int k = lo; k < hi; k++) {
            gaps.append(k == lo ? "" : ",").append(rows.get(k) - prev);
            prev = rows.get(k);
        }
        gaps.append("]}");
        String body = gaps.toString();
        int last = rows.get(hi - 1) - from;
        if (last / 6 + 1 + 8 < body.length()) {
            int[] bits = new int[last / 6 + 1];
            for (int k = lo; k < hi; k++) {
                int at = rows.get(k) - from;
                bits[at / 6] |= 1 << (at % 6);
            }
            StringBuilder b = new StringBuilder(bits.length + 8).append("{\"b\":\"");
            for (int v : bits) {
                b.append(B64.charAt(v));
            }
            body = b.append("\"}").toString();
        }
        return SiteFile.text(SearchIndex.DIR + "p" + name + ".js", "SB_SEARCH.add(\"p\",\"" + name + "\"," + body + ");\n");
    }

    private static int lowerBound(List<Integer> rows, int value) {
        int lo = 0;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows.get(mid) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A row's value of each facet, as the filter options show them ("" when not stated). */
    private static String[] values(SourceRef r) {
        return new String[] {r.kind() == null ? "" : r.kind(), r.publisher() == null ? "" : r.publisher(), year(r),
                r.language() == null ? "" : r.language()};
    }

    private static String year(SourceRef r) {
        return r.date() != null && r.date().length() >= 4 ? r.date().substring(0, 4) : "";
    }

    private static String date(Source s) {
        return s.meta().date() == null ? "" : s.meta().date();
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write source rows " + Arrays.deepToString(new Object[] {o}), e);
        }
    }
}
