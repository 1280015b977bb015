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
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.render.view.Views.SourceRef;
import org.sourcebook.site.SiteFile;

/**
 * Every row of the sources index as script files ({@code search/idx/s<n>.js}), for filters that
 * span all its pages when the index is split: {@code s0.js} also holds the filter options with
 * their counts and how many files there are; the rest load only when a filter is applied.
 * Rows are in the table's order (newest first) with links relative to the sources folder.
 */
public final class SourceRows {
    public static final int PER_FILE = 1_000;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SourceRows() {
    }

    /**
     * @param ref the row of a source as the sources index shows it (links relative to sources/)
     */
    public static List<SiteFile> files(Archive archive, java.util.function.Function<Source, SourceRef> ref) {
        // newest first, then by slug (one comparator: the chained ones cost more than the sort itself)
        List<Source> sources = new ArrayList<>(archive.sources());
        sources.sort((a, b) -> {
            int c = date(b).compareTo(date(a));
            return c != 0 ? c : a.slug().compareTo(b.slug());
        });
        return files(archive, sources, ref, n -> true);
    }

    /**
     * Files {@code which} of {@link #files(Archive, java.util.function.Function)} ({@code serve}
     * makes again only those that show a changed row), with the sources already in order.
     *
     * @param newestFirst the archive's sources, newest first, then by slug
     */
    public static List<SiteFile> files(Archive archive, List<Source> newestFirst, java.util.function.Function<Source, SourceRef> ref,
                                       java.util.function.IntPredicate which) {
        int files = Math.max(1, (newestFirst.size() + PER_FILE - 1) / PER_FILE);
        List<SiteFile> out = new ArrayList<>();
        for (int n = 0; n < files; n++) {
            if (!which.test(n)) {
                continue;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            if (n == 0) {
                data.put("files", files);
                data.put("total", newestFirst.size());
                data.put("facets", facets(newestFirst, ref));
            }
            List<Object[]> rows = new ArrayList<>();
            for (Source s : newestFirst.subList(n * PER_FILE, Math.min(newestFirst.size(), (n + 1) * PER_FILE))) {
                SourceRef r = ref.apply(s);
                rows.add(new Object[] {r.href(), r.title(), r.date(), r.dateInferred() ? 1 : 0, r.publisher(),
                        r.publisherInferred() ? 1 : 0, r.kind(), archive.claimsOf(s.slug()).size(), year(r), r.language()});
            }
            data.put("rows", rows);
            out.add(SiteFile.text(SearchIndex.DIR + "s" + n + ".js", "SB_SEARCH.add(\"s\"," + n + "," + json(data) + ");\n"));
        }
        return out;
    }

    /** The filter options with their counts. */
    private static Map<String, Map<String, Integer>> facets(List<Source> sources, java.util.function.Function<Source, SourceRef> ref) {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String f : List.of("kind", "publisher", "year", "language")) {
            facets.put(f, new TreeMap<>());
        }
        for (Source s : sources) {
            SourceRef r = ref.apply(s);
            facets.get("kind").merge(r.kind() == null ? "" : r.kind(), 1, Integer::sum);
            facets.get("publisher").merge(r.publisher() == null ? "" : r.publisher(), 1, Integer::sum);
            facets.get("year").merge(year(r), 1, Integer::sum);
            facets.get("language").merge(r.language() == null ? "" : r.language(), 1, Integer::sum);
        }
        return facets;
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
