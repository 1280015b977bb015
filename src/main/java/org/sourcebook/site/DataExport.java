package org.sourcebook.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactDef;

/** data/claims.json, facts.json, sources.json and claims.csv. */
public final class DataExport {
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    /** One record (claim, fact, source, file) a line. */
    private static final com.fasterxml.jackson.databind.ObjectWriter LINES = JSON.writer(new RecordLines());

    private DataExport() {
    }

    public static List<SiteFile> files(Archive archive) {
        Exports e = new Exports(archive);
        return Exports.PATHS.stream().map(e::file).toList();
    }

    /**
     * The data files of one archive, each made on its own when asked (so that they are made on
     * every core); claims.json and claims.csv share the exported claims, made once.
     */
    public static final class Exports {
        /** The files, in the order a site lists them. */
        public static final List<String> PATHS = List.of("data/claims.json", "data/facts.json", "data/sources.json", "data/claims.csv");
        private final Archive archive;
        private volatile List<ExportedClaim> claims;

        public Exports(Archive archive) {
            this.archive = archive;
        }

        private List<ExportedClaim> claims() {
            List<ExportedClaim> c = claims;
            if (c == null) {
                synchronized (this) {
                    c = claims;
                    if (c == null) {
                        c = exported(archive);
                        claims = c;
                    }
                }
            }
            return c;
        }

        /** One of {@link #PATHS}. */
        public SiteFile file(String path) {
            return switch (path) {
                case "data/claims.json" -> json(path, claims());
                case "data/facts.json" -> json(path, facts(archive));
                case "data/sources.json" -> json(path, sources(archive));
                case "data/claims.csv" -> SiteFile.text(path, csv(claims()));
                default -> throw new IllegalArgumentException("no data file " + path + "; the data files are " + PATHS);
            };
        }
    }

    /**
     * The claims as exported. {@code start}/{@code end} count Unicode code points, the way
     * Python, the scorer and most data tools index text ({@code body[start:end] == quote});
     * {@code start_utf16}/{@code end_utf16} give the same span in UTF-16 units, the way Java and
     * JavaScript index it ({@code body.substring(start_utf16, end_utf16)}). Both agree unless the
     * text before the quote holds characters outside the Basic Multilingual Plane (emoji, flags).
     */
    public static List<ExportedClaim> exported(Archive archive) {
        List<ExportedClaim> out = new ArrayList<>(archive.claims().size());
        String slug = null;
        String body = null;
        int plainUpTo = 0;
        for (Claim c : archive.claims()) {
            if (!c.source().equals(slug)) {
                slug = c.source();
                body = archive.expectSource(slug).body();
                plainUpTo = firstSurrogate(body);
            }
            out.add(ExportedClaim.of(c, body, plainUpTo));
        }
        return out;
    }

    /** Where the first surrogate char of {@code body} is (its length when there is none): code points and UTF-16 units agree before it. */
    private static int firstSurrogate(String body) {
        for (int i = 0; i < body.length(); i++) {
            if (Character.isSurrogate(body.charAt(i))) {
                return i;
            }
        }
        return body.length();
    }

    static SiteFile json(String path, Object value) {
        try {
            return SiteFile.text(path, LINES.writeValueAsString(value) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + path, e);
        }
    }

    private static List<Map<String, Object>> facts(Archive archive) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FactDef f : archive.schema().all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("label", f.label());
            m.put("definition", f.definition());
            m.put("parent", f.parent());
            m.put("group", f.group());
            m.put("unit", f.unit());
            m.put("status", archive.status(f.id()).id());
            m.put("sources", List.copyOf(archive.sourcesStating(f.id())));
            m.put("values", archive.distinctValues(f.id()));
            m.put("claims", archive.claimsFor(f.id()).stream().map(c -> c.source() + "#" + c.id()).toList());
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> sources(Archive archive) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Source s : archive.sources()) {
            FrontMatter fm = s.meta();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("slug", s.slug());
            m.put("title", fm.title());
            m.put("publisher", fm.publisher());
            m.put("author", fm.author());
            m.put("date", fm.date());
            m.put("kind", fm.kind());
            m.put("language", fm.language());
            m.put("url", fm.url());
            m.put("retrieved", fm.retrieved());
            m.put("inferred", new java.util.TreeMap<>(fm.inferred()));
            m.put("notes", fm.notes());
            m.put("sha256", s.sha256());
            m.put("claims", archive.claimsOf(s.slug()).size());
            m.put("page", SitePaths.source(s.slug()));
            m.put("text", SitePaths.sourceText(s.slug()));
            out.add(m);
        }
        return out;
    }

    private static String csv(List<ExportedClaim> claims) {
        StringBuilder sb = new StringBuilder("id,source,fact,value,qualifier,value_max,quote,start,end,attributed_to,origin,note\r\n");
        for (ExportedClaim c : claims) {
            sb.append(String.join(",", cell(c.id()), cell(c.source()), cell(c.fact()), cell(c.value().toPlainString()),
                    cell(c.qualifier().id()), cell(c.valueMax() == null ? "" : c.valueMax().toPlainString()), cell(c.quote()),
                    cell(Integer.toString(c.start())), cell(Integer.toString(c.end())), cell(c.attributedTo()),
                    cell(c.origin()), cell(c.note()))).append("\r\n");
        }
        return sb.toString();
    }

    /** RFC 4180 quoting. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
