package org.sourcebook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.cli.ContentFixture;
import org.sourcebook.cli.ExitCode;
import org.sourcebook.testutil.Project;

/**
 * A BOM and CRLF (or lone CR) line ends are accepted and read as LF, so claim offsets are the
 * same as for the LF file, and agree with ../shared/tools/score-claims, which reads bodies with
 * Python's universal newlines.
 */
class LineEndsAndOffsetsTest {

    @Test
    void bomAndCrlfGiveTheSameBodyHashAndClaimsAsLf(@TempDir Path tmp) throws Exception {
        Path lf = tmp.resolve("lf/content");
        Path crlf = tmp.resolve("crlf/content");
        copy(Project.content(), lf, false);
        copy(Project.content(), crlf, true);
        for (Path c : List.of(lf, crlf)) {
            ContentFixture.Run run = ContentFixture.run("build", "--content", c.toString(), "--templates", Project.templates().toString(),
                    "--out", c.resolveSibling("site").toString());
            assertEquals(ExitCode.OK, run.rc(), run::toString);
        }
        for (String data : List.of("data/claims.json", "data/sources.json", "data/manifest.json")) {
            assertEquals(Files.readString(lf.resolveSibling("site").resolve(data)), Files.readString(crlf.resolveSibling("site").resolve(data)), data);
        }
    }

    @Test
    void scoreClaimsFindsEveryQuoteAtItsOffsetsInBomCrlfFilesWithAstralCharacters(@TempDir Path tmp) throws Exception {
        Path tool = Project.shared().resolve("tools/score-claims");
        assumeTrue(Files.isRegularFile(tool) && python(), "needs ../shared/tools/score-claims and python3");
        Path crlf = tmp.resolve("content");
        copy(Project.content(), crlf, true);
        prefixEveryBody(crlf.resolve("sources"), "\uD83C\uDDE6\uD83C\uDDFF Flag first: code points and UTF-16 units differ from here on.\r\n");
        Path site = tmp.resolve("site");
        ContentFixture.Run run = ContentFixture.run("build", "--content", crlf.toString(), "--templates", Project.templates().toString(),
                "--out", site.toString());
        assertEquals(ExitCode.OK, run.rc(), run::toString);
        Process p = new ProcessBuilder("python3", tool.toString(), Project.shared().resolve("gold/seed-claims.jsonl").toString(),
                site.resolve("data/claims.json").toString(), "--sources", crlf.resolve("sources").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertFalse(out.contains("quote not in source") || out.contains("offsets do not give the quote"), out);
    }

    @Test
    void loneCarriageReturnsAreLineEndsToo() {
        List<Diagnostic> problems = new ArrayList<>();
        String body = "One 613.\rTwo 1,275.\r";
        Source s = SourceLoader.parse("old-mac.md", ("---\rtitle: \"A\"\rkind: other\r---\r" + body).getBytes(StandardCharsets.UTF_8),
                Path.of("content/sources/old-mac.md"), problems).orElseThrow(() -> new AssertionError(problems));
        assertEquals("One 613.\nTwo 1,275.\n", s.body());
        assertEquals(5, s.bodyLine());
        assertEquals(6, s.fileLine(s.body().indexOf("Two")));
    }

    /** Puts {@code prefix} before every body and records the new hash, so offsets shift by astral characters. */
    private static void prefixEveryBody(Path sources, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(sources)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".md")).toList()) {
                String text = Files.readString(p);
                int close = text.indexOf("\r\n---\r\n");
                String head = text.substring(0, close + 7);
                String body = prefix + text.substring(close + 7);
                String lf = body.replace("\r\n", "\n");
                head = head.replaceAll("sha256: \"[0-9a-f]+\"", "sha256: \"" + SourceLoader.sha256(lf) + "\"");
                Files.writeString(p, head + body);
            }
        }
    }

    private static void copy(Path from, Path to, boolean bomCrlf) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (bomCrlf && p.getParent().getFileName().toString().equals("sources") && p.toString().endsWith(".md")) {
                    String text = Files.readString(p).replace("\r\n", "\n").replace("\n", "\r\n");
                    Files.writeString(t, "\uFEFF" + text);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
