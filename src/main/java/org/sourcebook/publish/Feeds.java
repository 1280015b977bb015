package org.sourcebook.publish;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.sourcebook.content.Source;
import org.sourcebook.render.Html;
import org.sourcebook.timeline.EventDate;
import org.sourcebook.timeline.Timeline;

/**
 * sitemap.xml, feed.xml (Atom) and robots.txt. Sitemaps and robots.txt need absolute URLs, so
 * they list pages only when the archive has a {@code base_url}; without one the sitemap is an
 * empty, valid urlset that says why. The Atom feed works either way: with a base URL its links are
 * absolute, without one they are relative to the feed (RFC 4287 allows IRI references), and entry
 * ids are name-based UUIDs, stable across builds and hosts.
 */
public final class Feeds {
    private Feeds() {
    }

    /** @param pages site-relative paths of the HTML pages to list, in order */
    public static String sitemap(String baseUrl, List<String> pages) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (baseUrl == null) {
            sb.append("<!-- No base_url in content/archive.yaml: a sitemap needs absolute URLs, so no page is listed. -->\n");
        }
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        if (baseUrl != null) {
            for (String p : pages) {
                String loc = p.equals("index.html") ? baseUrl : baseUrl + p;
                sb.append("  <url><loc>").append(Html.escape(loc)).append("</loc></url>\n");
            }
        }
        sb.append("</urlset>\n");
        return sb.toString();
    }

    public static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n" + (baseUrl == null ? "" : "\nSitemap: " + baseUrl + "sitemap.xml\n");
    }

    /**
     * The sources, newest first; undated sources are left out (an Atom entry needs a date).
     *
     * @param sourceHref slug → the source page, site-relative
     */
    public static String atom(String title, String description, String baseUrl, List<Source> sources,
                              java.util.function.Function<String, String> sourceHref) {
        // each source's date read once (not in every comparison of the sort): newest first, then by slug
        record Dated(Source source, EventDate date) {
        }
        List<Source> dated = sources.stream()
                .map(s -> new Dated(s, Timeline.publicationDate(s.meta().date()).orElse(null)))
                .filter(d -> d.date() != null)
                .sorted(Comparator.comparing(Dated::date).reversed().thenComparing(d -> d.source().slug()))
                .map(Dated::source)
                .toList();
        String base = baseUrl == null ? "" : baseUrl;
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"").append(baseUrl == null ? "" : " xml:base=\"" + Html.escape(baseUrl) + "\"")
                .append(">\n");
        sb.append("  <title>").append(Html.escape(title)).append("</title>\n");
        if (!description.isBlank()) {
            sb.append("  <subtitle>").append(Html.escape(description)).append("</subtitle>\n");
        }
        sb.append("  <id>").append(uuid(baseUrl == null ? title : baseUrl)).append("</id>\n");
        sb.append("  <link rel=\"self\" href=\"").append(Html.escape(base + "feed.xml")).append("\"/>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(base + "index.html")).append("\"/>\n");
        sb.append("  <updated>").append(dated.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(dated.get(0))).append("</updated>\n");
        sb.append("  <author><name>").append(Html.escape(title)).append("</name></author>\n");
        for (Source s : dated) {
            String href = base + sourceHref.apply(s.slug());
            sb.append("  <entry>\n");
            sb.append("    <title>").append(Html.escape(s.meta().title())).append("</title>\n");
            sb.append("    <id>").append(uuid((baseUrl == null ? title : baseUrl) + "|" + s.slug())).append("</id>\n");
            sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(href)).append("\"/>\n");
            sb.append("    <updated>").append(timestamp(s)).append("</updated>\n");
            if (s.meta().publisher() != null) {
                sb.append("    <author><name>").append(Html.escape(s.meta().publisher()))
                        .append(s.meta().isInferred("publisher") ? " (inferred)" : "").append("</name></author>\n");
            }
            sb.append("    <summary>").append(Html.escape(summary(s))).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    private static String summary(Source s) {
        String kind = s.meta().kind() == null ? "source" : s.meta().kind();
        return kind + (s.meta().publisher() == null ? ", publisher " + org.sourcebook.render.view.Views.UNKNOWN : " by " + s.meta().publisher()
                + (s.meta().isInferred("publisher") ? " (inferred)" : "")) + ", dated " + s.meta().date()
                + (s.meta().isInferred("date") ? " (date inferred from the text)" : "") + ".";
    }

    /** The publication date as an RFC 3339 timestamp; a partial date takes its first day. */
    static String timestamp(Source s) {
        EventDate d = Timeline.publicationDate(s.meta().date()).orElseThrow();
        return timestamp(d.year(), Math.max(1, d.month()), Math.max(1, d.day()));
    }

    /** {@code String.format(Locale.ROOT, "%04d-%02d-%02dT00:00:00Z", year, month, day)}, without a formatter for the usual dates. */
    static String timestamp(int year, int month, int day) {
        if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
            return String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT00:00:00Z", year, month, day);
        }
        char[] c = {digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
            digit(month / 10), digit(month % 10), '-', digit(day / 10), digit(day % 10)};
        return new String(c) + "T00:00:00Z";
    }

    private static char digit(int d) {
        return (char) ('0' + d);
    }

    static String uuid(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
