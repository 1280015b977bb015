package org.sourcebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sourcebook.content.SourceLoader;
import org.sourcebook.testutil.Project;

/**
 * A small content folder in a temporary directory, built and checked through the real command
 * line ({@link Main#execute}). Starts valid: archive.yaml, a copy of the real facts.yaml, one source.
 */
public final class ContentFixture {
    public static final String GOOD_BODY = "On the night of 25 to 26 February 1992, 613 people were killed and 1,275 were taken hostage.\n";
    public final Path content;
    public final Path templates;
    public final Path out;

    public ContentFixture(Path tmp) throws IOException {
        content = tmp.resolve("content");
        templates = Project.templates();
        out = tmp.resolve("site");
        Files.createDirectories(content.resolve("sources"));
        Files.writeString(content.resolve("archive.yaml"), "title: \"Fixture archive\"\ndescription: \"For tests\"\nlanguage: en\n");
        Files.copy(Project.content().resolve("facts.yaml"), content.resolve("facts.yaml"));
        write("good-source.md", source("A good source", GOOD_BODY));
    }

    /** A valid source file with {@code body} and its recorded hash. */
    public static String source(String title, String body) {
        return "---\ntitle: \"" + title + "\"\nkind: statement\ndate: \"2024-02-26\"\nsha256: \"" + SourceLoader.sha256(body) + "\"\n---\n" + body;
    }

    public Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String name, byte[] bytes) throws IOException {
        Path p = content.resolve("sources").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    public Run build() {
        return run("build", "--content", content.toString(), "--templates", templates.toString(), "--out", out.toString());
    }

    public Run check() {
        return run("check", "--content", content.toString());
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(rc, out.toString(), err.toString());
    }

    /** What a command did: exit code and what it printed. */
    public record Run(int rc, String out, String err) {
        public List<String> errorLines() {
            return err.lines().filter(l -> l.contains(": error: ")).toList();
        }

        @Override
        public String toString() {
            return "exit " + rc + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** Every file of a folder (relative path → SHA-256), to compare sites byte for byte. */
    public static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (!Files.exists(dir)) {
            return m;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path p : new ArrayList<>(files)) {
            m.put(dir.relativize(p).toString().replace('\\', '/'), sha(Files.readAllBytes(p)));
        }
        return m;
    }

    static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
