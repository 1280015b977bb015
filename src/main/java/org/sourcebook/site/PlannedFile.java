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
public record PlannedFile(String path, Set<String> dependsOn, Supplier<SiteFile> render, Streamed streamed) {
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

    public PlannedFile(String path, Set<String> dependsOn, Supplier<SiteFile> render) {
        this(path, dependsOn, render, null);
    }

    /** A file written to a stream as it is made: one that grows with the archive (claims.json), which a build never holds whole. */
    @FunctionalInterface
    public interface Streamed {
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    /**
     * A file that a build writes as it is made ({@link #streamed}); {@link #renderFile} (serve,
     * tests) gives its bytes whole.
     */
    public static PlannedFile streamed(String path, Set<String> dependsOn, Streamed body) {
        return new PlannedFile(path, dependsOn, () -> buffered(path, body), body);
    }

    /** The bytes {@code body} writes, as one file. */
    public static SiteFile buffered(String path, Streamed body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
        try {
            body.writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot make " + path, e);
        }
        return new SiteFile(path, out.toByteArray());
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
