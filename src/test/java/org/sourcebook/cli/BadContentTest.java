package org.sourcebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.SourceLoader;

/**
 * Each bad source stops the build with exit 1 and a message naming file, line (and column where
 * there is one) and what to do, and the previous site stays byte for byte as it was.
 */
class BadContentTest {
    private static final String SHA = SourceLoader.sha256("Text.\n");

    static Stream<Arguments> badSources() {
        return Stream.of(
                Arguments.of("malformed YAML", "bad-yaml.md", "---\ntitle: \"A\"\nkind: statement\n  date: \"2024\"\n---\nText.\n",
                        "content/sources/bad-yaml.md:4:\\d+: error: malformed front matter: .*fix the YAML"),
                Arguments.of("missing title", "no-title.md", "---\nkind: statement\n---\nText.\n",
                        "content/sources/no-title.md:2: error: missing 'title': add a line 'title: \"...\"'"),
                Arguments.of("date that is not a date", "bad-date.md", "---\ntitle: \"A\"\nkind: statement\ndate: \"2024-02-30\"\n---\nText.\n",
                        "content/sources/bad-date.md:4: error: date '2024-02-30' is not a date: write it as YYYY-MM-DD"),
                Arguments.of("kind outside the list", "bad-kind.md", "---\ntitle: \"A\"\nkind: blog\n---\nText.\n",
                        "content/sources/bad-kind.md:3: error: kind 'blog' is not one of statement, "),
                Arguments.of("text changed since its hash was recorded", "changed.md",
                        "---\ntitle: \"A\"\nkind: statement\nsha256: \"" + SHA + "\"\n---\nText, edited.\n",
                        "content/sources/changed.md:4: error: the text no longer matches its recorded SHA-256 .*If the change is intended .*set 'sha256: \""
                                + SourceLoader.sha256("Text, edited.\n") + "\"'"),
                Arguments.of("slug outside [a-z0-9-]", "Bad_Name.md", "---\ntitle: \"A\"\nkind: statement\n---\nText.\n",
                        "content/sources/Bad_Name.md: error: file name 'Bad_Name.md' is not a valid slug: use lower-case letters, digits and single hyphens"),
                Arguments.of("empty body", "empty.md", "---\ntitle: \"A\"\nkind: statement\n---\n\n  \n",
                        "content/sources/empty.md:5: error: the source has no text after the front matter"),
                Arguments.of("no front matter", "bare.md", "Just text.\n",
                        "content/sources/bare.md:1: error: no front matter: start the file with a line '---'"),
                Arguments.of("a key written twice", "twice.md", "---\ntitle: \"A\"\nkind: statement\ntitle: \"B\"\n---\nText.\n",
                        "content/sources/twice.md:4:\\d+: error: malformed front matter: Duplicate field 'title'"),
                Arguments.of("a value of the wrong shape", "shape.md", "---\ntitle: \"A\"\nkind: statement\nfurniture: \"the menu\"\n---\nText.\n",
                        "content/sources/shape.md:4: error: malformed front matter at 'furniture'"),
                Arguments.of("a url that is not a web address", "js-url.md", "---\ntitle: \"A\"\nkind: statement\nurl: \"javascript:alert(1)\"\n---\nText.\n",
                        "content/sources/js-url.md:4: error: url 'javascript:alert\\(1\\)' is not a web address: write the original's address starting with https://"),
                Arguments.of("a line starting with --- inside the front matter", "dashes.md", "---\ntitle: \"A\"\n---- not a fence\nkind: statement\n---\nText.\n",
                        "content/sources/dashes.md:3: error: a front-matter line starts with '---'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSources")
    void stopsTheBuildNamingFileLineAndFixAndKeepsTheSite(String name, String file, String text, String expected, @TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        ContentFixture.Run first = f.build();
        assertEquals(ExitCode.OK, first.rc(), first::toString);
        Map<String, String> before = ContentFixture.tree(f.out);
        f.write(file, text);
        ContentFixture.Run run = f.build();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertTrue(Pattern.compile(expected).matcher(run.err()).find(), () -> "expected /" + expected + "/ in\n" + run);
        assertTrue(run.err().contains("the site was not written (the previous site is unchanged)"), run::toString);
        assertEquals(before, ContentFixture.tree(f.out), "the site changed after a failed build");
        assertEquals(ExitCode.CONTENT_ERROR, f.check().rc(), "check agrees with build");
    }

    @Test
    void notUtf8NamesLineAndColumnOfTheFirstBadByte(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        byte[] head = "---\ntitle: \"A\"\nkind: statement\n---\nLine one.\nIt\u2019s fine; then ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0x92;
        bytes[head.length + 1] = '\n';
        f.write("cp1252.md", bytes);
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertTrue(run.err().contains("content/sources/cp1252.md:6:17: error: byte 0x92 at byte offset " + head.length
                + " is not UTF-8: the file must be saved as UTF-8"), run::toString);
    }

    @Test
    void unknownKeyIsAWarningAndTheBuildGoesOn(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        f.write("typo.md", "---\ntitle: \"A\"\nkind: statement\npubisher: \"X\"\n---\nText.\n");
        ContentFixture.Run run = f.build();
        assertEquals(ExitCode.OK, run.rc(), run::toString);
        assertTrue(run.err().contains("content/sources/typo.md:4: warning: unknown front-matter key 'pubisher' is ignored; known keys: "), run::toString);
    }

    @Test
    void bomAndCrlfAreAcceptedAndReadAsLf(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        String body = "First line.\nSecond line, 613 people.\n";
        String crlf = ContentFixture.source("Windows file", body).replace("\n", "\r\n");
        byte[] text = crlf.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        f.write("windows.md", withBom);
        ContentFixture.Run run = f.build();
        assertEquals(ExitCode.OK, run.rc(), run::toString);
        assertEquals(body, Files.readString(f.out.resolve("sources/windows.txt")));
    }

    @Test
    void fileOverTheSizeLimitIsRefused(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        f.write("huge.md", ContentFixture.source("Huge", "x".repeat(SourceLoader.MAX_BYTES) + "\n"));
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertTrue(run.err().contains("content/sources/huge.md: error: the file is " + Files.size(f.content.resolve("sources/huge.md"))
                + " bytes, over the limit of 1048576 bytes (1 MiB) for one source"), run::toString);
    }

    @Test
    void symbolicLinkOutsideTheContentFolderIsRefused(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        Path outside = Files.writeString(tmp.resolve("secret.md"), ContentFixture.source("Outside", "Text.\n"));
        Files.createSymbolicLink(f.content.resolve("sources/linked.md"), outside);
        Path inside = f.write("inner-target.md", ContentFixture.source("Inside", "Text.\n"));
        Files.createSymbolicLink(f.content.resolve("sources/inner-link.md"), inside);
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertTrue(run.err().contains("content/sources/linked.md: error: symbolic link to " + outside.toRealPath()
                + ", outside the content folder: copy the file into content/sources/ instead of linking it"), run::toString);
        assertEquals(1, run.errorLines().size(), "a link inside content/ is fine: " + run);
    }

    @Test
    void duplicateSlugsDifferingOnlyInCaseAreRefused(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        f.write("report-1992.md", ContentFixture.source("One", "Text.\n"));
        Path second = f.content.resolve("sources/Report-1992.md");
        if (Files.exists(second)) {
            return; // a case-insensitive file system cannot even hold the two names
        }
        f.write("Report-1992.md", ContentFixture.source("Two", "Text.\n"));
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertTrue(run.err().contains("content/sources/report-1992.md: error: duplicate slug 'report-1992': content/sources/Report-1992.md has the same name up to letter case"), run::toString);
    }

    @Test
    void subfolderOfSourcesIsReportedNotSkipped(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        f.write("2024/nested.md", ContentFixture.source("Nested", "Text.\n"));
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertTrue(run.err().contains("content/sources/2024: error: a folder inside sources/, which is flat"), run::toString);
    }

    @Test
    void checkReportsEveryProblemOfTheFolderAtOnce(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        badSources().forEach(a -> {
            try {
                f.write((String) a.get()[1], (String) a.get()[2]);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        long files = run.errorLines().stream().map(l -> l.substring(0, l.indexOf(".md") + 3)).distinct().count();
        assertEquals(badSources().count(), files, () -> "one file or more not reported:\n" + run);
        assertTrue(run.err().contains(run.errorLines().size() + " errors in the content"), run::toString);
    }
}
