package org.sourcebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line {@link PlainBuild} reads is read by picocli the same way; the others are left to picocli. */
class PlainBuildTest {
    private static final List<String> TOKENS = List.of("build", "serve", "check", "--content", "--templates", "--out", "--timings",
            "content", "site", "/tmp/x y", "a", "-", "-x", "--", "@args", "", "--out=z", "--help", "-h", "--version", "build ");

    /** What picocli reads from {@code args}: content, templates, out and timings, or null when it reads no build command. */
    private static List<Object> picocli(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        CommandLine.ParseResult r;
        try {
            r = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
        if (r.isUsageHelpRequested() || r.isVersionHelpRequested() || !r.hasSubcommand()
                || !(r.subcommand().commandSpec().userObject() instanceof BuildCommand b)
                || r.subcommand().isUsageHelpRequested()) {
            return null;
        }
        return List.of(b.options.content, b.options.templates, b.options.out, b.timings);
    }

    private static void same(String[] args) {
        SiteOptions o = PlainBuild.options(args);
        if (o == null) {
            return;   // picocli reads it
        }
        List<Object> want = picocli(args);
        assertNotNull(want, "read as a plain build, but picocli does not read a build: " + List.of(args));
        assertEquals(want, List.of(o.content, o.templates, o.out, PlainBuild.timings(args)), List.of(args).toString());
    }

    @Test
    void theBenchmarksAndTheTestsCommandLinesAreReadAsPicocliReadsThem() {
        String[][] plain = {
            {"build"},
            {"build", "--timings"},
            {"build", "--content", "content", "--templates", "templates", "--out", "target/cds-training-site"},
            {"build", "--timings", "--content", "/tmp/corpus-10000", "--templates", "templates", "--out", "/dev/shm/x"},
            {"build", "--out", "o", "--timings", "--content", "c"},
            {"build", "--templates", "t"},
        };
        for (String[] args : plain) {
            assertNotNull(PlainBuild.options(args), List.of(args).toString());
            same(args);
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        String[][] others = {
            {}, {"serve"}, {"check", "--content", "c"}, {"--help"}, {"build", "--help"}, {"build", "-h"}, {"build", "--version"},
            {"build", "--out"}, {"build", "--out", "--timings"}, {"build", "--out=site"}, {"build", "--timings", "--timings"},
            {"build", "--out", "a", "--out", "b"}, {"build", "@args"}, {"build", "--content", "@c"}, {"build", "--content", ""},
            {"build", "--content", "-c"}, {"build", "extra"}, {"build", "--"}, {"build", "--content", "a\u0000b"}, {"Build"},
        };
        for (String[] args : others) {
            assertNull(PlainBuild.options(args), List.of(args).toString());
        }
    }

    @Test
    void randomCommandLinesAreReadAsPicocliReadsThemOrLeftToIt() {
        Random random = new Random(6);
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            List<String> args = new ArrayList<>();
            args.add(random.nextInt(4) == 0 ? TOKENS.get(random.nextInt(TOKENS.size())) : "build");
            int len = random.nextInt(8);
            for (int i = 0; i < len; i++) {
                args.add(TOKENS.get(random.nextInt(TOKENS.size())));
            }
            String[] a = args.toArray(String[]::new);
            same(a);
            plain += PlainBuild.options(a) == null ? 0 : 1;
        }
        assertEquals(true, plain > 500, "only " + plain + " plain builds among the random command lines");
    }
}
