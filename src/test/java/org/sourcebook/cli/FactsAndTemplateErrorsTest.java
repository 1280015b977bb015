package org.sourcebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** facts.yaml and template errors name file and line; the build stops and the site stays. */
class FactsAndTemplateErrorsTest {
    private static final String HEAD = "facts:\n  - id: killed\n    label: \"Killed\"\n";

    static Stream<Arguments> badFacts() {
        return Stream.of(
                Arguments.of("duplicate id", HEAD + "  - id: hostages\n    label: \"Hostages\"\n  - id: killed\n    label: \"Killed again\"\n",
                        "content/facts.yaml:6: error: duplicate fact id 'killed' (first at line 2): each id may appear once"),
                Arguments.of("missing parent", HEAD + "  - id: killed.women\n    label: \"Women\"\n    parent: killed.people\n",
                        "content/facts.yaml:6: error: fact 'killed.women' names parent 'killed.people', which is not a fact"),
                Arguments.of("cycle", HEAD + "  - id: a\n    label: \"A\"\n    parent: b\n  - id: b\n    label: \"B\"\n    parent: a\n",
                        "content/facts.yaml:6: error: parent cycle: a → b → a: a fact cannot be its own ancestor"),
                Arguments.of("cue that cannot compile", HEAD + "  - id: hostages\n    label: \"Hostages\"\n    cues:\n      patterns:\n        - \"taken (hostage\"\n",
                        "content/facts.yaml:8: error: cue /cues/patterns/0 is not a valid regular expression: Unclosed group"),
                Arguments.of("cue phrase with a misplaced wildcard", HEAD + "  - id: hostages\n    label: \"Hostages\"\n    cues:\n      words: [taken, \"host*age\"]\n",
                        "content/facts.yaml:7: error: cue phrase 'host*age' cannot compile: '*' may only end a phrase"),
                Arguments.of("cue phrase that is not text", HEAD + "  - id: hostages\n    label: \"Hostages\"\n    cues:\n      words:\n        - taken\n        - {a: b}\n",
                        "content/facts.yaml:9: error: cue words holds {\"a\":\"b\"}, not text"),
                Arguments.of("bound that is not a number", HEAD + "  - id: hostages\n    label: \"Hostages\"\n    cues:\n      at_most: lots\n",
                        "content/facts.yaml:7: error: cue at_most holds \"lots\", not a number"),
                Arguments.of("id unusable as a page name", HEAD + "  - id: \"../../etc/passwd\"\n    label: \"Up\"\n",
                        "content/facts.yaml:4: error: fact id '../../etc/passwd' is not usable as a page name"),
                Arguments.of("malformed YAML", HEAD + "  - id: x\n   label: \"X\"\n",
                        "content/facts.yaml:5:"),
                Arguments.of("misspelt label", HEAD + "  - id: x\n    lable: \"X\"\n",
                        "content/facts.yaml:4: error: fact 'x' has no label: add 'label: ...'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFacts")
    void factsErrorNamesTheLine(String name, String facts, String expected, @TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        ContentFixture.Run first = f.build();
        assertEquals(ExitCode.OK, first.rc(), first::toString);
        Map<String, String> before = ContentFixture.tree(f.out);
        Files.writeString(f.content.resolve("facts.yaml"), facts);
        ContentFixture.Run run = f.build();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertTrue(run.err().contains(expected), () -> "expected '" + expected + "' in\n" + run);
        assertEquals(before, ContentFixture.tree(f.out));
    }

    @Test
    void factsAndSourcesErrorsAreReportedTogether(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        Files.writeString(f.content.resolve("facts.yaml"), HEAD + "  - id: killed\n    label: \"Again\"\n");
        f.write("no-title.md", "---\nkind: statement\n---\nText.\n");
        f.write("bad-kind.md", "---\ntitle: \"A\"\nkind: blog\n---\nText.\n");
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.CONTENT_ERROR, run.rc(), run::toString);
        assertEquals(3, run.errorLines().size(), run::toString);
        assertTrue(run.err().contains("content/facts.yaml:4: error: duplicate fact id 'killed'"), run::toString);
        assertTrue(run.err().contains("content/sources/no-title.md:2: error: missing 'title'"), run::toString);
        assertTrue(run.err().contains("content/sources/bad-kind.md:3: error: kind 'blog'"), run::toString);
    }

    @Test
    void unknownFactKeyIsAWarningWithItsLine(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        Files.writeString(f.content.resolve("facts.yaml"), HEAD + "  - id: killed.women\n    label: \"Women\"\n    parnet: killed\n");
        ContentFixture.Run run = f.check();
        assertEquals(ExitCode.OK, run.rc(), run::toString);
        assertTrue(run.err().contains("content/facts.yaml:6: warning: unknown fact key 'parnet' is ignored; known keys: cues, definition, "), run::toString);
    }

    @Test
    void templateSyntaxErrorNamesTemplateLineAndColumn(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        ContentFixture.Run first = f.build();
        assertEquals(ExitCode.OK, first.rc(), first::toString);
        Map<String, String> before = ContentFixture.tree(f.out);
        Path templates = copyTemplates(tmp);
        Path facts = templates.resolve("facts.ftlh");
        Files.writeString(facts, insertAfterFirstLine(Files.readString(facts), "<#if>"));
        ContentFixture.Run run = ContentFixture.run("build", "--content", f.content.toString(), "--templates", templates.toString(),
                "--out", f.out.toString());
        assertEquals(ExitCode.TEMPLATE_ERROR, run.rc(), run::toString);
        assertTrue(run.err().contains(facts + ":2:"), run::toString);
        assertTrue(run.err().contains("template error"), run::toString);
        assertEquals(before, ContentFixture.tree(f.out));
    }

    @Test
    void templateRuntimeErrorNamesTemplateAndLine(@TempDir Path tmp) throws IOException {
        ContentFixture f = new ContentFixture(tmp);
        ContentFixture.Run first = f.build();
        assertEquals(ExitCode.OK, first.rc(), first::toString);
        Map<String, String> before = ContentFixture.tree(f.out);
        Path templates = copyTemplates(tmp);
        Path facts = templates.resolve("facts.ftlh");
        Files.writeString(facts, insertAfterFirstLine(Files.readString(facts), "${page.noSuchField}"));
        ContentFixture.Run run = ContentFixture.run("build", "--content", f.content.toString(), "--templates", templates.toString(),
                "--out", f.out.toString());
        assertEquals(ExitCode.TEMPLATE_ERROR, run.rc(), run::toString);
        assertTrue(run.err().contains(facts + ":2: template error while rendering"), run::toString);
        assertEquals(before, ContentFixture.tree(f.out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".site.")).toList(), "staging left behind");
        }
    }

    private static String insertAfterFirstLine(String text, String line) {
        int nl = text.indexOf('\n');
        return text.substring(0, nl + 1) + line + "\n" + text.substring(nl + 1);
    }

    private static Path copyTemplates(Path tmp) throws IOException {
        Path to = tmp.resolve("templates");
        try (Stream<Path> s = Files.walk(org.sourcebook.testutil.Project.templates())) {
            for (Path p : s.toList()) {
                Path t = to.resolve(org.sourcebook.testutil.Project.templates().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }
}
