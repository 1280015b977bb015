package org.sourcebook.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.render.view.Views.SourceRef;
import org.sourcebook.site.SiteFile;

/**
 * The filter files of the sources index ({@link SourceRows}) as {@code serve} keeps them: the
 * rows' order and facet values, each row file's size, the options' rows and the posting files'
 * bytes. After a change {@link #update} makes again only the row files that hold a changed or
 * moved row, the posting files of the options that gained or lost rows (all of them when rows
 * moved), and hands out the posting files whose bytes changed and the meta file when it changed; the
 * files are then those a full build makes ({@link SourceRows#files}, which is made by {@link #of}).
 */
public final class LiveSourceRows {
    /** The slugs of the rows, in the table's order. */
    private String[] order;
    /** Each row's value of each facet. */
    private String[][] values;
    private List<Integer> sizes;
    private List<TreeMap<String, List<Integer>>> rowsOf;
    /** Every posting file by path. */
    private Map<String, byte[]> postings;
    private byte[] meta;
    /** Every file as {@link #of} made them, until {@link #files()} hands them out. */
    private List<SiteFile> made;

    private LiveSourceRows() {
    }

    /** The rows of {@code newestFirst} (the archive's sources, newest first, then by slug), every file made. */
    public static LiveSourceRows of(Archive archive, List<Source> newestFirst, Function<Source, SourceRef> ref) {
        LiveSourceRows rows = new LiveSourceRows();
        int total = newestFirst.size();
        rows.order = slugs(newestFirst);
        rows.values = new String[total][];
        rows.sizes = new ArrayList<>();
        List<SiteFile> out = new ArrayList<>();
        for (int n = 0; n < SourceRows.rowFiles(total); n++) {
            SiteFile file = SourceRows.rowFile(archive, newestFirst, ref, n, rows.values);
            rows.sizes.add(file.bytes().length);
            out.add(file);
        }
        rows.rowsOf = SourceRows.options(rows.values);
        rows.postings = new HashMap<>();
        out.addAll(rows.postingFiles(total));
        rows.meta = rows.metaFile(total).bytes();
        out.add(0, new SiteFile(SourceRows.META, rows.meta));
        rows.made = out;
        return rows;
    }

    /** Every file as {@link #of} made them: the meta file, the row files, the posting files (handed out once). */
    public List<SiteFile> files() {
        if (made == null) {
            throw new IllegalStateException("the filter files were handed out or updated already");
        }
        List<SiteFile> out = made;
        made = null;
        return out;
    }

    /** The paths of every file as they are now. */
    public Set<String> paths() {
        Set<String> out = new HashSet<>(postings.keySet());
        out.add(SourceRows.META);
        for (int n = 0; n < sizes.size(); n++) {
            out.add(SearchIndex.DIR + "s" + n + ".js");
        }
        return out;
    }

    /**
     * Brings the files up to {@code newestFirst}: the same sources as before, those of
     * {@code changed} (slugs) perhaps showing otherwise or in another place.
     *
     * @return the row files made again (some may have the bytes they had), the posting files
     *     whose bytes changed or that are new, and the meta file when its bytes changed
     */
    public List<SiteFile> update(Archive archive, List<Source> newestFirst, Function<Source, SourceRef> ref, Set<String> changed) {
        made = null;
        int total = newestFirst.size();
        if (total != order.length) {
            throw new IllegalArgumentException("the filter rows of " + order.length + " sources cannot be updated to " + total
                    + ": make them again");
        }
        String[] now = slugs(newestFirst);
        Set<Integer> again = new TreeSet<>();
        boolean moved = false;
        for (int i = 0; i < total; i++) {
            boolean here = now[i].equals(order[i]);
            moved |= !here;
            if (!here || changed.contains(now[i])) {
                again.add(i / SourceRows.PER_FILE);
            }
        }
        List<SiteFile> out = new ArrayList<>();
        String[][] was = values.clone();
        for (int n : again) {
            SiteFile file = SourceRows.rowFile(archive, newestFirst, ref, n, values);
            sizes.set(n, file.bytes().length);
            out.add(file);
        }
        order = now;
        boolean options = moved;
        for (int n : again) {
            for (int i = n * SourceRows.PER_FILE; !options && i < Math.min(total, (n + 1) * SourceRows.PER_FILE); i++) {
                options = !Arrays.equals(was[i], values[i]);
            }
        }
        if (options && !moved) {
            // rows in their places, some with other options: they leave their options and join their new ones
            for (int f = 0; f < SourceRows.FACETS.size(); f++) {
                out.addAll(moveRows(f, again, was, total));
            }
        } else if (options) {
            // rows in other places: the options' rows are made again, posting files handed out when their bytes changed
            rowsOf = SourceRows.options(values);
            Map<String, byte[]> before = postings;
            postings = new HashMap<>();
            for (SiteFile p : postingFiles(total)) {
                if (!Arrays.equals(before.get(p.path()), p.bytes())) {
                    out.add(p);
                }
            }
        }
        SiteFile m = metaFile(total);
        if (!Arrays.equals(meta, m.bytes())) {
            meta = m.bytes();
            out.add(m);
        }
        return out;
    }

    /**
     * Moves the rows of row files {@code again} whose value of facet {@code f} changed (from
     * {@code was}) to their new options; makes again the posting files of the options that
     * gained or lost rows or have another number now, and returns those whose bytes changed.
     */
    private List<SiteFile> moveRows(int f, Set<Integer> again, String[][] was, int total) {
        TreeMap<String, List<Integer>> options = rowsOf.get(f);
        List<String> before = new ArrayList<>(options.keySet());
        Set<String> touched = new HashSet<>();
        for (int n : again) {
            for (int i = n * SourceRows.PER_FILE; i < Math.min(total, (n + 1) * SourceRows.PER_FILE); i++) {
                String then = was[i][f];
                String now = values[i][f];
                if (!then.equals(now)) {
                    List<Integer> rows = options.get(then);
                    rows.remove(Collections.binarySearch(rows, i));
                    if (rows.isEmpty()) {
                        options.remove(then);
                    }
                    List<Integer> to = options.computeIfAbsent(now, v -> new ArrayList<>());
                    to.add(-Collections.binarySearch(to, i) - 1, i);
                    touched.add(then);
                    touched.add(now);
                }
            }
        }
        List<SiteFile> out = new ArrayList<>();
        if (touched.isEmpty()) {
            return out;
        }
        int o = 0;
        for (Map.Entry<String, List<Integer>> e : options.entrySet()) {
            if (touched.contains(e.getKey()) || o >= before.size() || !before.get(o).equals(e.getKey())) {
                for (int r = 0; r < SourceRows.ranges(total); r++) {
                    SiteFile p = SourceRows.posting(f, o, r, e.getValue(), total);
                    String path = postingPath(f, o, r);
                    if (p == null) {
                        postings.remove(path);
                    } else if (!Arrays.equals(postings.get(path), p.bytes())) {
                        postings.put(path, p.bytes());
                        out.add(p);
                    }
                }
            }
            o++;
        }
        // numbers no option has now
        for (; o < before.size(); o++) {
            for (int r = 0; r < SourceRows.ranges(total); r++) {
                postings.remove(postingPath(f, o, r));
            }
        }
        return out;
    }

    private static String postingPath(int f, int i, int r) {
        return SearchIndex.DIR + "p" + SourceRows.postingName(f, i, r) + ".js";
    }

    /** Every posting file of {@link #rowsOf}, kept in {@link #postings}. */
    private List<SiteFile> postingFiles(int total) {
        List<SiteFile> out = new ArrayList<>();
        for (int f = 0; f < SourceRows.FACETS.size(); f++) {
            int i = 0;
            for (List<Integer> rows : rowsOf.get(f).values()) {
                for (int r = 0; r < SourceRows.ranges(total); r++) {
                    SiteFile p = SourceRows.posting(f, i, r, rows, total);
                    if (p != null) {
                        postings.put(p.path(), p.bytes());
                        out.add(p);
                    }
                }
                i++;
            }
        }
        return out;
    }

    private SiteFile metaFile(int total) {
        return SourceRows.meta(total, sizes, rowsOf, (f, i, r) -> {
            byte[] p = postings.get(postingPath(f, i, r));
            return p == null ? 0 : p.length;
        });
    }

    private static String[] slugs(List<Source> sources) {
        String[] out = new String[sources.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = sources.get(i).slug();
        }
        return out;
    }
}
