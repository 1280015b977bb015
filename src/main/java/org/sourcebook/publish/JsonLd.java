package org.sourcebook.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.Source;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactDef;

/**
 * schema.org JSON-LD for source pages (an Article or CreativeWork, its {@code @id} the page's URL)
 * and fact pages (a Claim per statement, its {@code appearance} the source page, named by that
 * {@code @id}). Only what the source states goes into the
 * structured fields: an inferred date or publisher is left out there and named in
 * {@code description}, so that no machine reader takes an inference for a stated fact.
 * Links are absolute when the archive has a base URL, else relative to the page (JSON-LD resolves
 * them against the document).
 */
public final class JsonLd {
    /** Keys sorted: Map.of iterates in a different order in every JVM, and pages must be byte-identical. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private JsonLd() {
    }

    /** @param pageUrl the source page: absolute, or relative to itself */
    public static String source(Source s, String pageUrl, String archiveTitle) {
        return write(work(s, pageUrl, archiveTitle));
    }

    /**
     * The claims of one fact page. The fact is described once (its {@code @id} is {@code factId})
     * and each source page is named once, by its {@code @id} (its URL, the {@code @id} of the
     * source page's own JSON-LD, which describes it in full); later mentions refer to them by
     * {@code @id}, so that a page of 100 statements does not repeat them 100 times.
     *
     * @param factId    the fact's IRI: its first page, absolute or relative to this page, with {@code #fact}
     * @param permalink a claim → its permalink (the quote's anchor on its source page) as seen from the fact page
     */
    public static String fact(FactDef f, String factId, List<Claim> claims, Map<String, Source> sources,
                              java.util.function.Function<Claim, String> permalink) {
        // written directly, keys in sorted order: a page has a hundred claims (the same JSON as factGraph's maps through write)
        StringBuilder sb = new StringBuilder(256 + claims.size() * 320);
        sb.append("{\"@context\":\"https://schema.org\",\"@graph\":[");
        java.util.Set<String> named = new java.util.HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            Source s = sources.get(c.source());
            String link = permalink.apply(c);
            int hash = link.indexOf('#');
            String page = hash < 0 ? link : link.substring(0, hash);
            sb.append(i == 0 ? "{\"@type\":\"Claim\",\"about\":{\"@id\":" : ",{\"@type\":\"Claim\",\"about\":{\"@id\":");
            string(sb, factId);
            if (i == 0) {
                sb.append(",\"@type\":\"Thing\",\"description\":");
                string(sb, f.definition() == null ? f.label() : f.definition());
                sb.append(",\"name\":");
                string(sb, f.label());
            }
            sb.append("},\"appearance\":{\"@id\":");
            string(sb, page);
            if (named.add(page)) {
                sb.append(",\"@type\":");
                string(sb, type(s.meta()));
                sb.append(",\"name\":");
                string(sb, s.meta().title());
                sb.append(",\"url\":");
                string(sb, page);
            }
            sb.append("},\"text\":");
            string(sb, c.quote());
            sb.append(",\"url\":");
            string(sb, link);
            sb.append('}');
        }
        return sb.append("]}").toString();
    }

    /** The JSON-LD of {@link #fact} as maps, written by {@link #write}: what fact must give (tested). */
    static String factGraph(FactDef f, String factId, List<Claim> claims, Map<String, Source> sources,
                            java.util.function.Function<Claim, String> permalink) {
        List<Object> graph = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Claim c : claims) {
            Source s = sources.get(c.source());
            String link = permalink.apply(c);
            String page = link.replaceFirst("#.*$", "");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("@type", "Claim");
            m.put("url", link);
            m.put("text", c.quote());
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("@id", factId);
            if (graph.isEmpty()) {
                about.put("@type", "Thing");
                about.put("name", f.label());
                about.put("description", f.definition() == null ? f.label() : f.definition());
            }
            m.put("about", about);
            Map<String, Object> appearance = new LinkedHashMap<>();
            appearance.put("@id", page);
            if (named.add(page)) {
                appearance.put("@type", type(s.meta()));
                appearance.put("name", s.meta().title());
                appearance.put("url", page);
            }
            m.put("appearance", appearance);
            graph.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        return write(root);
    }

    private static String type(FrontMatter fm) {
        return "news-report".equals(fm.kind()) || "op-ed".equals(fm.kind()) ? "Article" : "CreativeWork";
    }

    private static Map<String, Object> work(Source s, String pageUrl, String archiveTitle) {
        FrontMatter fm = s.meta();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@id", pageUrl);
        boolean article = "news-report".equals(fm.kind()) || "op-ed".equals(fm.kind());
        m.put("@type", type(fm));
        m.put("name", fm.title());
        if (article) {
            m.put("headline", fm.title());
        }
        m.put("url", pageUrl);
        if (fm.url() != null) {
            m.put("sameAs", fm.url());
        }
        if (fm.author() != null && !fm.isInferred("author")) {
            m.put("author", Map.of("@type", "Person", "name", fm.author()));
        }
        if (fm.publisher() != null && !fm.isInferred("publisher")) {
            m.put("publisher", Map.of("@type", "Organization", "name", fm.publisher()));
        }
        if (fm.date() != null && !fm.isInferred("date")) {
            m.put("datePublished", fm.date());
        }
        if (fm.language() != null) {
            m.put("inLanguage", fm.language());
        }
        m.put("genre", fm.kind());
        if (!fm.inferred().isEmpty()) {
            List<String> notes = new ArrayList<>();
            new java.util.TreeMap<>(fm.inferred()).forEach((k, v) -> notes.add(k + " (inferred, not stated): "
                    + ("date".equals(k) ? fm.date() : "publisher".equals(k) ? fm.publisher() : "title".equals(k) ? fm.title() : "") + ". " + v));
            m.put("description", String.join(" ", notes));
        }
        m.put("isPartOf", Map.of("@type", "Collection", "name", archiveTitle));
        return m;
    }

    /**
     * JSON safe inside {@code <script type="application/ld+json">}: no "<" can close the element.
     * Written directly (maps with their keys sorted, strings escaped as Jackson escapes them, and
     * {@code < > &} as {@code \\u003c \\u003e \\u0026}): a fact page has a hundred claims, and this is
     * several times quicker than a mapper sorting every map. {@link #writeWithJackson} is the reference.
     */
    static String write(Object value) {
        StringBuilder sb = new StringBuilder(1024);
        append(sb, value);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Map<?, ?> m) {
            List<String> keys = new ArrayList<>(m.size());
            for (Object k : m.keySet()) {
                keys.add((String) k);
            }
            keys.sort(null);
            sb.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                string(sb, keys.get(i));
                sb.append(':');
                append(sb, m.get(keys.get(i)));
            }
            sb.append('}');
        } else if (value instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                append(sb, l.get(i));
            }
            sb.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else {
            throw new IllegalArgumentException("no JSON-LD for a " + value.getClass().getName() + ": use maps, lists and strings");
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
                continue;
            }
            String esc = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                default -> null;
            };
            sb.append(s, run, i);
            if (esc != null) {
                sb.append(esc);
            } else {
                sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            run = i + 1;
        }
        sb.append(s, run, s.length()).append('"');
    }

    /** The same JSON through Jackson (sorted map keys, then {@code < > &} replaced): what {@link #write} must give. */
    static String writeWithJackson(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }
}
