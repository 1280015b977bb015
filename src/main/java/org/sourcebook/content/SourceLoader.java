package org.sourcebook.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sourcebook.check.Diagnostic;

/** Reads one source file into a {@link Source}, reporting every problem it finds. */
public final class SourceLoader {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final String FENCE = "---";
    /** The only links a page makes from front matter: http(s), no spaces or quotes. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE);
    /** The largest source file read: 1 MiB. The longest statement of the archive is about 12 KB. */
    public static final int MAX_BYTES = 1 << 20;

    private SourceLoader() {
    }

    /**
     * Reads a source file. The file must be at most {@link #MAX_BYTES} bytes.
     *
     * @param file    the file to read
     * @param shown   how the file is named in messages (relative to the content folder)
     * @param problems receives errors and warnings
     * @return the source, or empty when it has errors
     */
    public static Optional<Source> load(Path file, Path shown, List<Diagnostic> problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(Diagnostic.error(shown, 0, "the file is " + size + " bytes, over the limit of " + MAX_BYTES
                        + " bytes (1 MiB) for one source: check it is the right file; split a very long text into parts"));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Diagnostic.error(shown, 0, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
        return parse(file.getFileName().toString(), bytes, shown, problems);
    }

    /** The slug a source file's name gives: the name without {@code .md}. */
    public static String slugOf(String fileName) {
        return fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - ".md".length()) : fileName;
    }

    /**
     * Reads a source from its file name and bytes: the whole check, without the file system.
     * Any input ends in a source or in error diagnostics; nothing else is thrown.
     */
    public static Optional<Source> parse(String name, byte[] bytes, Path shown, List<Diagnostic> problems) {
        String slug = slugOf(name);
        int before = errorCount(problems);
        if (!SLUG.matcher(slug).matches()) {
            problems.add(Diagnostic.error(shown, 0, "file name '" + name + "' is not a valid slug: use lower-case letters, digits and single hyphens, e.g. 'un-statement-2024.md'"));
        }
        if (bytes.length > MAX_BYTES) {
            problems.add(Diagnostic.error(shown, 0, "the file is " + bytes.length + " bytes, over the limit of " + MAX_BYTES
                    + " bytes (1 MiB) for one source: check it is the right file; split a very long text into parts"));
            return Optional.empty();
        }
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (CharacterCodingException e) {
            int[] at = firstBadByte(bytes);
            problems.add(new Diagnostic(shown, at[0], at[1], Diagnostic.Severity.ERROR, "byte 0x"
                    + HexFormat.of().toHexDigits(bytes[at[2]]) + " at byte offset " + at[2]
                    + " is not UTF-8: the file must be saved as UTF-8 (it looks like another encoding, e.g. Windows-1252); re-save it as UTF-8 and check the text around this spot"));
            return Optional.empty();
        }
        Optional<SplitFile> split = FrontMatterSplitter.split(text);
        if (split.isEmpty()) {
            problems.add(Diagnostic.error(shown, 1, "no front matter: start the file with a line '---', the YAML metadata (title, date, kind, ...), a closing '---', then the text"));
            return Optional.empty();
        }
        SplitFile sf = split.get();
        String[] yamlLines = sf.yaml().split("\n", -1);
        for (int i = 0; i < yamlLines.length; i++) {
            if (yamlLines[i].startsWith(FENCE)) {
                problems.add(Diagnostic.error(shown, sf.yamlLine() + i, "a front-matter line starts with '---': readers that end the front matter at the first such line would cut the file here; close the front matter with a line of exactly '---', and do not start other front-matter lines with '---'"));
                return Optional.empty();
            }
        }
        JsonNode tree;
        FrontMatter meta;
        try {
            tree = Yaml.MAPPER.readTree(sf.yaml());
            if (tree == null || !tree.isObject()) {
                problems.add(Diagnostic.error(shown, sf.yamlLine(), "the front matter is not a YAML mapping of keys to values (title: ..., date: ...)"));
                return Optional.empty();
            }
            meta = Yaml.MAPPER.treeToValue(tree, FrontMatter.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            int line = Yaml.line(e);
            int at = field != null ? keyLine(sf, field) : line > 0 ? sf.yamlLine() + line - 1 : sf.yamlLine();
            problems.add(new Diagnostic(shown, at, field != null ? 0 : Yaml.column(e), Diagnostic.Severity.ERROR,
                    "malformed front matter" + (field == null ? "" : " at '" + field + "'") + ": " + Yaml.reason(e)
                    + "; fix the YAML between the '---' lines (text values are quoted strings, furniture is a list of start/end/label entries)"));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            int line = Yaml.line(e);
            problems.add(new Diagnostic(shown, line > 0 ? sf.yamlLine() + line - 1 : sf.yamlLine(), Yaml.column(e),
                    Diagnostic.Severity.ERROR, "malformed front matter: " + Yaml.reason(e) + "; fix the YAML between the '---' lines"));
            return Optional.empty();
        }
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!FrontMatter.KEYS.contains(key)) {
                problems.add(Diagnostic.warning(shown, keyLine(sf, key), "unknown front-matter key '" + key + "' is ignored; known keys: " + String.join(", ", FrontMatter.KEYS.stream().sorted().toList())));
            }
        }
        validate(meta, sf, shown, problems);
        String sha = sha256(sf.body());
        if (sf.body().isBlank()) {
            problems.add(Diagnostic.error(shown, sf.bodyLine(), "the source has no text after the front matter: paste the statement's verbatim text below the closing '---'"));
        }
        if (meta.sha256() != null && !meta.sha256().equalsIgnoreCase(sha)) {
            problems.add(Diagnostic.error(shown, keyLine(sf, "sha256"), "the text no longer matches its recorded SHA-256 (recorded " + meta.sha256() + ", now " + sha + "): the body changed. If the change is intended (a corrected transcription), set 'sha256: \"" + sha + "\"'; otherwise restore the original text"));
        }
        List<TextSpan> furniture = new ArrayList<>();
        for (FurnitureMark mark : meta.furniture()) {
            Optional<TextSpan> span = FurnitureResolver.resolve(sf.body(), mark);
            if (span.isEmpty()) {
                problems.add(Diagnostic.error(shown, keyLine(sf, "furniture"), "furniture mark '" + mark.start() + "'" + (mark.end() == null ? "" : " … '" + mark.end() + "'") + " is not in the text: copy its start (and end) verbatim from the body"));
            } else {
                furniture.add(span.get());
            }
        }
        if (errorCount(problems) > before) {
            return Optional.empty();
        }
        return Optional.of(new Source(slug, shown, meta, sf.body(), sf.bodyLine(), sha, FurnitureResolver.sorted(furniture)));
    }

    private static void validate(FrontMatter m, SplitFile sf, Path shown, List<Diagnostic> problems) {
        if (m.title() == null || m.title().isBlank()) {
            problems.add(Diagnostic.error(shown, sf.yamlLine(), "missing 'title': add a line 'title: \"...\"' to the front matter"));
        }
        if (m.kind() == null) {
            problems.add(Diagnostic.error(shown, sf.yamlLine(), "missing 'kind': add 'kind: ' with one of " + String.join(", ", FrontMatter.KINDS)));
        } else if (!FrontMatter.KINDS.contains(m.kind())) {
            problems.add(Diagnostic.error(shown, keyLine(sf, "kind"), "kind '" + m.kind() + "' is not one of " + String.join(", ", FrontMatter.KINDS)));
        }
        if (m.url() != null && !WEB_ADDRESS.matcher(m.url()).matches()) {
            problems.add(Diagnostic.error(shown, keyLine(sf, "url"), "url '" + m.url() + "' is not a web address: write the original's address starting with https:// or http:// (pages link to it), or url: null when it is unknown"));
        }
        checkDate(m.date(), "date", sf, shown, problems);
        checkDate(m.retrieved(), "retrieved", sf, shown, problems);
    }

    private static void checkDate(String value, String key, SplitFile sf, Path shown, List<Diagnostic> problems) {
        if (value == null) {
            return;
        }
        boolean ok = DATE.matcher(value).matches();
        if (ok) {
            try {
                String[] p = value.split("-");
                if (p.length >= 2) {
                    java.time.YearMonth ym = java.time.YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
                    if (p.length == 3) {
                        ym.atDay(Integer.parseInt(p[2]));
                    }
                }
            } catch (java.time.DateTimeException e) {
                ok = false;
            }
        }
        if (!ok) {
            problems.add(Diagnostic.error(shown, keyLine(sf, key), key + " '" + value + "' is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY (quoted), e.g. " + key + ": \"2024-02-26\""));
        }
    }

    /** Line of the file where a top-level key is written, or the first YAML line. */
    static int keyLine(SplitFile sf, String key) {
        String[] lines = sf.yaml().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return sf.yamlLine() + i;
            }
        }
        return sf.yamlLine();
    }

    /**
     * The text of UTF-8 bytes; throws when they are not UTF-8. The JDK's String constructor decodes
     * faster than a decoder (no buffer to copy out) but replaces bad bytes with U+FFFD: a text
     * without U+FFFD was valid, and is what the strict decoder gives; any other is decoded again
     * by it (tested).
     */
    public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : decodeStrictly(bytes);
    }

    static String decodeStrictly(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** {line, column, offset} of the first byte that is not UTF-8 (line and column 1-based, column in characters). */
    static int[] firstBadByte(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        int bad = r.isError() ? in.position() : bytes.length;
        if (!r.isError()) {
            r = dec.flush(out);
            bad = r.isError() ? in.position() : Math.max(0, bytes.length - 1);
        }
        bad = Math.min(bad, Math.max(0, bytes.length - 1));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String prefix = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        return new int[] {line, prefix.length() + 1, bad};
    }

    public static String sha256(String body) {
        return Sha256.hex(body.getBytes(StandardCharsets.UTF_8));
    }

    private static int errorCount(List<Diagnostic> problems) {
        return (int) problems.stream().filter(Diagnostic::isError).count();
    }
}
