package org.sourcebook.site;

import java.util.Set;
import java.util.function.Supplier;

/**
 * A file of the site before it is rendered: where it goes, what it shows, how to render it.
 * Planning is cheap; rendering happens when (and where, on which core) the writer asks.
 *
 * @param dependsOn keys of what the file shows ({@code source:<slug>}, {@code fact:<id>},
 *                  {@link #INDEX}, {@link #DATA}, {@link #ASSETS}); {@code serve} re-renders a
 *                  file when one of its keys changed
 */
public record PlannedFile(String path, Set<String> dependsOn, Supplier<SiteFile> render) {
    /** Pages that list or count every source or fact: home, the indexes. */
    public static final String INDEX = "index";
    /** Pages listing sources in date order (sources index, concordance): set when a source's date changed. */
    public static final String LISTING = "listing";
    /** The concordance's columns (the facts stated and their status). */
    public static final String COLUMNS = "columns";
    /** The timeline's pages (the dates the sources mention or were published on). */
    public static final String TIMELINE = "timeline";
    /** The data exports (claims.json, ...). */
    public static final String DATA = "data";
    /** Files copied from templates/assets. */
    public static final String ASSETS = "assets";

    public PlannedFile {
        SitePaths.requireSafe(path);
        dependsOn = Set.copyOf(dependsOn);
    }

    public static String source(String slug) {
        return "source:" + slug;
    }

    /** Every page of a fact (its summary, chart or number of pages changed) and the pages of its parent and children. */
    public static String fact(String id) {
        return "fact:" + id;
    }

    /** One page of a fact's statements (a statement on it changed). */
    public static String factPage(String id, int page) {
        return "fact-page:" + id + ":" + page;
    }

    public SiteFile renderFile() {
        SiteFile f = render.get();
        if (!f.path().equals(path)) {
            throw new IllegalStateException("planned " + path + " but rendered " + f.path());
        }
        return f;
    }
}
