package org.sourcebook.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    private SourceLoader() {
    }

    /**
     * @param file    the file to read
     * @param shown   how the file is named in messages (relative to the content folder)
     * @param problems receives errors and warnings
     * @return the source, or empty when it has errors
     */
    public static Optional<Source> load(Path file, Path shown, List<Diagnostic> problems) {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - ".md".length());
        int before = errorCount(problems);
        if (!SLUG.matcher(slug).matches()) {
            problems.add(Diagnostic.error(shown, 0, "file name '" + name + "' is not a valid slug: use lower-case letters, digits and single hyphens, e.g. 'un-statement-2024.md'"));
        }
        String text;
        try {
            text = decodeUtf8(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            problems.add(Diagnostic.error(shown, 0, "the file is not valid UTF-8: save it as UTF-8"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Diagnostic.error(shown, 0, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
        Optional<SplitFile> split = FrontMatterSplitter.split(text);
        if (split.isEmpty()) {
            problems.add(Diagnostic.error(shown, 1, "no front matter: start the file with a line '---', the YAML metadata (title, date, kind, ...), a closing '---', then the text"));
            return Optional.empty();
        }
        SplitFile sf = split.get();
        JsonNode tree;
        FrontMatter meta;
        try {
            tree = Yaml.MAPPER.readTree(sf.yaml());
            if (tree == null || !tree.isObject()) {
                problems.add(Diagnostic.error(shown, sf.yamlLine(), "the front matter is not a YAML mapping of keys to values (title: ..., date: ...)"));
                return Optional.empty();
            }
            meta = Yaml.MAPPER.treeToValue(tree, FrontMatter.class);
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

    public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    public static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static int errorCount(List<Diagnostic> problems) {
        return (int) problems.stream().filter(Diagnostic::isError).count();
    }
}
