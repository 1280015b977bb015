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
     * every core). claims.json and claims.csv grow with the archive (a 100,000-source archive's
     * claims.json is about 240 MB): they are written as they are made ({@link #streamed}), each
     * claim exported as it is written, so no build holds their bytes.
     */
    public static final class Exports {
        /** The files, in the order a site lists them. */
        public static final List<String> PATHS = List.of("data/claims.json", "data/facts.json", "data/sources.json", "data/claims.csv");
        private final Archive archive;
        /**
         * Each source's lines of claims.json and rows of claims.csv (UTF-8), by source index, kept
         * for the next update when made by {@code serve}; null in a build, which keeps nothing.
         */
        private final byte[][] jsonChunks;
        private final byte[][] csvChunks;
        /** Each source's record of sources.json and each fact's of facts.json (",\n{…}"), kept as the claim lines are. */
        private final byte[][] sourceRecords;
        private final byte[][] factRecords;

        public Exports(Archive archive) {
            this.archive = archive;
            this.jsonChunks = null;
            this.csvChunks = null;
            this.sourceRecords = null;
            this.factRecords = null;
        }

        /**
         * The data files of {@code archive}, which is {@code previous}'s with some sources replaced
         * ({@code serve}): the claim lines and records of the sources that did not change (the
         * same source and claims, by identity) and the records of the facts whose claims did not
         * change (the same list) are taken from {@code previous}, and spliced with the others.
         */
        public Exports(Archive archive, Exports previous) {
            this.archive = archive;
            int n = archive.sources().size();
            this.jsonChunks = new byte[n][];
            this.csvChunks = new byte[n][];
            this.sourceRecords = new byte[n][];
            List<FactDef> facts = archive.schema().all();
            this.factRecords = new byte[facts.size()][];
            if (previous != null && previous.jsonChunks != null && previous.archive.sources().size() == n) {
                List<Source> was = previous.archive.sources();
                List<Source> now = archive.sources();
                for (int i = 0; i < n; i++) {
                    String slug = now.get(i).slug();
                    if (was.get(i) == now.get(i) && previous.archive.claimsOf(slug) == archive.claimsOf(slug)) {
                        jsonChunks[i] = previous.jsonChunks[i];
                        csvChunks[i] = previous.csvChunks[i];
                        sourceRecords[i] = previous.sourceRecords[i];
                    }
                }
            }
            if (previous != null && previous.factRecords != null && previous.archive.schema().all().equals(facts)) {
                for (int i = 0; i < facts.size(); i++) {
                    String f = facts.get(i).id();
                    // a fact's record shows its claims and what they make (sources, values, status) only
                    if (previous.archive.claimsFor(f) == archive.claimsFor(f)) {
                        factRecords[i] = previous.factRecords[i];
                    }
                }
            }
        }

        /** One of {@link #PATHS}. */
        public SiteFile file(String path) {
            if (spliced(path)) {
                byte[][] parts = parts(path);
                long size = 0;
                for (byte[] p : parts) {
                    size += p.length;
                }
                byte[] out = new byte[Math.toIntExact(size)];
                int at = 0;
                for (byte[] p : parts) {
                    System.arraycopy(p, 0, out, at, p.length);
                    at += p.length;
                }
                return new SiteFile(path, out);
            }
            PlannedFile.Streamed s = streamed(path);
            if (s != null) {
                return PlannedFile.buffered(path, s);
            }
            throw new IllegalArgumentException("no data file " + path + "; the data files are " + PATHS);
        }

        /** How {@code path} is written as it is made, or null when it is made whole ({@link #file}). */
        public PlannedFile.Streamed streamed(String path) {
            if (spliced(path)) {
                // serve splices each source's and fact's kept part ({@link #parts})
                return null;
            }
            return switch (path) {
                case "data/claims.json" -> out -> claimsJson(exportedView(archive), out);
                case "data/claims.csv" -> out -> csv(exportedView(archive), archive, out);
                case "data/facts.json" -> out -> json(facts(archive), out);
                case "data/sources.json" -> out -> json(sources(archive), out);
                default -> null;
            };
        }

        /** True when {@code path} is made of parts ({@link #parts(String)}): every data export in {@code serve}. */
        public boolean spliced(String path) {
            return jsonChunks != null && PATHS.contains(path);
        }

        /**
         * The bytes of a data export ({@link #spliced(String)}) in parts, whose concatenation is
         * the file: the head, each source's (or fact's) records in order, the tail. A source's or
         * fact's part is the array kept for the next update (the same array while it does not
         * change), except the first record of a JSON file, which loses its comma (a copy).
         */
        public byte[][] parts(String path) {
            List<Source> sources = archive.sources();
            List<FactDef> facts = archive.schema().all();
            return switch (path) {
                case "data/claims.json" -> parts(jsonChunks, i -> {
                    StringBuilder sb = new StringBuilder(archive.claimsOf(sources.get(i).slug()).size() * 320);
                    jsonRecords(sb, exported(archive, sources.get(i)));
                    return sb;
                }, true);
                case "data/claims.csv" -> parts(csvChunks, i -> {
                    StringBuilder sb = new StringBuilder(archive.claimsOf(sources.get(i).slug()).size() * 160);
                    csvRows(sb, exported(archive, sources.get(i)), archive);
                    return sb;
                }, false);
                case "data/facts.json" -> parts(factRecords, i -> record(fact(archive, facts.get(i))), true);
                case "data/sources.json" -> parts(sourceRecords, i -> record(source(archive, sources.get(i))), true);
                default -> throw new IllegalArgumentException(path + " is not made of parts; the data files are " + PATHS);
            };
        }

        /**
         * {@code chunks} (the missing ones made) between the file's head and tail: for a JSON file
         * (records each ",\n{…}") "[" and "\n]\n", the first record without its comma; for
         * claims.csv its header and nothing.
         */
        private static byte[][] parts(byte[][] chunks, java.util.function.IntFunction<CharSequence> make, boolean json) {
            byte[][] out = new byte[chunks.length + 2][];
            long size = 0;
            for (int i = 0; i < chunks.length; i++) {
                if (chunks[i] == null) {
                    chunks[i] = make.apply(i).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out[i + 1] = json && size == 0 && chunks[i].length > 0 ? java.util.Arrays.copyOfRange(chunks[i], 1, chunks[i].length) : chunks[i];
                size += chunks[i].length;
            }
            out[0] = (json ? "[" : CSV_HEADER).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out[out.length - 1] = (json ? (size == 0 ? "]\n" : "\n]\n") : "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return out;
        }

        /** One record of facts.json or sources.json as ",\n{…}", compact with keys in order, as {@link #LINES} writes it in the file's array. */
        private static String record(Map<String, Object> m) {
            try {
                return ",\n" + JSON.writeValueAsString(m);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write data record " + m, e);
            }
        }
    }

    /** The claims of source {@code s} as exported (see {@link #exported(Archive)}). */
    static List<ExportedClaim> exported(Archive archive, Source s) {
        List<Claim> claims = archive.claimsOf(s.slug());
        List<ExportedClaim> out = new ArrayList<>(claims.size());
        if (claims.isEmpty()) {
            return out;
        }
        int plainUpTo = firstSurrogate(s.body());
        for (Claim c : claims) {
            out.add(ExportedClaim.of(c, s.body(), plainUpTo));
        }
        return out;
    }

    /** {@link #exported}, each claim made when it is read (in order, on one thread): nothing is held. */
    static List<ExportedClaim> exportedView(Archive archive) {
        List<Claim> claims = archive.claims();
        return new java.util.AbstractList<>() {
            private String slug;
            private String body;
            private int plainUpTo;

            @Override
            public ExportedClaim get(int i) {
                Claim c = claims.get(i);
                if (!c.source().equals(slug)) {
                    slug = c.source();
                    body = archive.expectSource(slug).body();
                    plainUpTo = firstSurrogate(body);
                }
                return ExportedClaim.of(c, body, plainUpTo);
            }

            @Override
            public int size() {
                return claims.size();
            }
        };
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

    /** {@link #json(String, Object)}'s bytes, written to {@code out} as they are made. */
    private static void json(Object value, java.io.OutputStream out) throws java.io.IOException {
        java.io.Writer w = utf8(out);
        LINES.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(w, value);
        w.write('\n');
        w.flush();
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
            out.add(fact(archive, f));
        }
        return out;
    }

    /** A fact's record of facts.json. */
    private static Map<String, Object> fact(Archive archive, FactDef f) {
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
        return m;
    }

    private static List<Map<String, Object>> sources(Archive archive) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Source s : archive.sources()) {
            out.add(source(archive, s));
        }
        return out;
    }

    /** A source's record of sources.json. */
    private static Map<String, Object> source(Archive archive, Source s) {
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
        return m;
    }

    /**
     * claims.csv's columns: claims.json's fields (without the UTF-16 offsets), then the source's
     * title, date, publisher and whether each of the last two was inferred (true/false), so that
     * a row can be cited without sources.json.
     */
    private static final String CSV_HEADER = "id,source,fact,value,qualifier,value_max,quote,start,end,attributed_to,origin,note,"
            + "source_title,source_date,source_date_inferred,source_publisher,source_publisher_inferred\r\n";

    /** The rows of claims.csv, each ending with CRLF. */
    private static void csvRows(StringBuilder sb, List<ExportedClaim> claims, Archive archive) {
        Source s = null;
        for (ExportedClaim c : claims) {
            if (s == null || !s.slug().equals(c.source())) {
                s = archive.expectSource(c.source());
            }
            cell(sb, c.id()).append(',');
            cell(sb, c.source()).append(',');
            cell(sb, c.fact()).append(',');
            cell(sb, c.value().toPlainString()).append(',');
            cell(sb, c.qualifier().id()).append(',');
            cell(sb, c.valueMax() == null ? "" : c.valueMax().toPlainString()).append(',');
            cell(sb, c.quote()).append(',');
            sb.append(c.start()).append(',').append(c.end()).append(',');
            cell(sb, c.attributedTo()).append(',');
            cell(sb, c.origin()).append(',');
            cell(sb, c.note()).append(',');
            FrontMatter m = s.meta();
            cell(sb, m.title()).append(',');
            cell(sb, m.date()).append(',').append(m.isInferred("date")).append(',');
            cell(sb, m.publisher()).append(',').append(m.isInferred("publisher")).append("\r\n");
        }
    }

    /** Claims exported a batch at a time when a data file is written as it is made. */
    private static final int BATCH = 64;

    /** data/claims.csv, one claim a line, written to {@code out} in UTF-8 as it is made. */
    private static void csv(List<ExportedClaim> claims, Archive archive, java.io.OutputStream out) throws java.io.IOException {
        java.io.Writer w = utf8(out);
        w.append(CSV_HEADER);
        StringBuilder sb = new StringBuilder(BATCH * 200);
        for (int i = 0; i < claims.size(); i += BATCH) {
            sb.setLength(0);
            csvRows(sb, claims.subList(i, Math.min(claims.size(), i + BATCH)), archive);
            w.append(sb);
        }
        w.flush();
    }

    /** {@link #claimsJson(String, List)}, written to {@code out} in UTF-8 as it is made. */
    private static void claimsJson(List<ExportedClaim> claims, java.io.OutputStream out) throws java.io.IOException {
        java.io.Writer w = utf8(out);
        w.append('[');
        StringBuilder sb = new StringBuilder(BATCH * 400);
        for (int i = 0; i < claims.size(); i += BATCH) {
            sb.setLength(0);
            jsonRecords(sb, claims.subList(i, Math.min(claims.size(), i + BATCH)));
            // each record starts with ",\n{": the first of the file loses its comma
            w.append(sb, i == 0 ? 1 : 0, sb.length());
        }
        w.append(claims.isEmpty() ? "]\n" : "\n]\n");
        w.flush();
    }

    /** A UTF-8 writer over {@code out} (unpaired surrogates become '?', as String.getBytes makes them); flushed, not closed, by its user. */
    private static java.io.Writer utf8(java.io.OutputStream out) {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 8192);
    }

    /** RFC 4180 quoting, appended ({@link #cell(String)} without a String per cell). */
    private static StringBuilder cell(StringBuilder sb, String s) {
        if (s == null) {
            return sb;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return sb.append(cell(s));
            }
        }
        return sb.append(s);
    }

    /**
     * data/claims.json, written directly: one claim a line, fields as {@link ExportedClaim}
     * orders and names them, nulls left out, numbers plain (what {@link #json} gives, tested).
     */
    static SiteFile claimsJson(String path, List<ExportedClaim> claims) {
        return PlannedFile.buffered(path, out -> claimsJson(claims, out));
    }

    /** The records of claims.json, each as ",\n{...}". */
    private static void jsonRecords(StringBuilder sb, List<ExportedClaim> claims) {
        for (ExportedClaim c : claims) {
            sb.append(",\n{");
            int start = sb.length();
            field(sb, start, "id", c.id());
            field(sb, start, "source", c.source());
            field(sb, start, "fact", c.fact());
            number(sb, start, "value", c.value());
            field(sb, start, "qualifier", c.qualifier() == null ? null : c.qualifier().id());
            number(sb, start, "value_max", c.valueMax());
            field(sb, start, "quote", c.quote());
            sb.append(",\"start\":").append(c.start()).append(",\"end\":").append(c.end())
                    .append(",\"start_utf16\":").append(c.startUtf16()).append(",\"end_utf16\":").append(c.endUtf16());
            field(sb, start, "attributed_to", c.attributedTo());
            field(sb, start, "origin", c.origin());
            field(sb, start, "note", c.note());
            sb.append('}');
        }
    }

    private static void field(StringBuilder sb, int start, String name, String value) {
        if (value != null) {
            sb.append(sb.length() == start ? "\"" : ",\"").append(name).append("\":");
            JsonText.string(sb, value);
        }
    }

    private static void number(StringBuilder sb, int start, String name, java.math.BigDecimal value) {
        if (value != null) {
            sb.append(sb.length() == start ? "\"" : ",\"").append(name).append("\":").append(value.toPlainString());
        }
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
