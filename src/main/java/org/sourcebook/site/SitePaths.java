package org.sourcebook.site;

import java.util.regex.Pattern;

/** Where each kind of page lives, and the relative links between them. One place for URLs. */
public final class SitePaths {
    /** What a safe path looks like ({@link #safe} checks the same without a regex). */
    static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

    private SitePaths() {
    }

    public static String home() {
        return "index.html";
    }

    public static String sources() {
        return "sources/index.html";
    }

    public static String source(String slug) {
        return "sources/" + slug + ".html";
    }

    public static String sourceText(String slug) {
        return "sources/" + slug + ".txt";
    }

    public static String facts() {
        return "facts/index.html";
    }

    public static String fact(String id) {
        return "facts/" + id + ".html";
    }

    public static String review() {
        return "review/index.html";
    }

    /** The id of a source's section on the review page: the same on whichever page of the review it falls. */
    public static String reviewAnchor(String slug) {
        return "r-" + slug;
    }

    /** The concordance of sources × facts; page k of a long archive is compare/index-k.html. */
    public static String compare(int page) {
        return page <= 1 ? "compare/index.html" : "compare/index-" + page + ".html";
    }

    public static String timeline() {
        return "timeline/index.html";
    }

    /** A source's reference file for citation managers: ext is "bib", "ris" or "csl.json". */
    public static String sourceCitation(String slug, String ext) {
        return "sources/" + slug + "." + ext;
    }

    public static String feed() {
        return "feed.xml";
    }

    public static String sitemap() {
        return "sitemap.xml";
    }

    public static String robots() {
        return "robots.txt";
    }

    public static String notFound() {
        return "404.html";
    }

    /** The anchor of a claim's entry on its fact page. */
    public static String factEntryAnchor(String slug, String claimId) {
        return slug + "--" + claimId;
    }

    /** The relative prefix from a page back to the site root: "" or "../". */
    public static String root(String pagePath) {
        // a char loop, not a stream: every link of every page is made through here
        int depth = 0;
        for (int i = pagePath.indexOf('/'); i >= 0; i = pagePath.indexOf('/', i + 1)) {
            depth++;
        }
        return depth < ROOTS.length ? ROOTS[depth] : "../".repeat(depth);
    }

    private static final String[] ROOTS = {"", "../", "../../", "../../../"};

    /**
     * Refuses any output path that could leave the site folder or surprise a static host:
     * only lower-case names, digits, dot, hyphen, underscore; no "..", no absolute paths.
     */
    /** {@code SAFE.matcher(path).matches()}, by a char loop: every file of the site is checked, twice. */
    static boolean safe(String path) {
        boolean segmentStart = true;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (segmentStart) {
                if (!alnum) {
                    return false;
                }
                segmentStart = false;
            } else if (c == '/') {
                segmentStart = true;
            } else if (!alnum && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return !segmentStart;
    }

    public static String requireSafe(String path) {
        if (path == null || !safe(path) || path.contains("..")) {
            throw new IllegalArgumentException("unsafe output path '" + path + "'");
        }
        return path;
    }
}
