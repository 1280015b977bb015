package org.sourcebook.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.cli.ContentFixture;
import org.sourcebook.site.FolderExchange;
import org.sourcebook.site.SiteWriter;
import org.sourcebook.testutil.Project;

/**
 * kill -9 at any moment of a build leaves the site whole: after the repair every command runs
 * first ({@link SiteWriter#recover}), {@code site/} is byte for byte the old site or the new one.
 * A real build process is killed (SIGKILL) at moments spread over its whole run.
 */
class KillDuringBuildTest {
    private static final int SOURCES = 120;
    private static final int KILLS = 7;

    @Test
    void aKilledBuildLeavesTheOldSiteOrTheNewOneNeverAMix(@TempDir Path tmp) throws Exception {
        Path oldContent = tmp.resolve("old/content");
        Path newContent = tmp.resolve("new/content");
        new CorpusGenerator(1992).write(Project.content(), oldContent, SOURCES);
        new CorpusGenerator(2024).write(Project.content(), newContent, SOURCES);
        Path site = tmp.resolve("out/site");
        Path reference = tmp.resolve("reference/site");
        Path log = tmp.resolve("build.log");

        assertEquals(0, build(oldContent, site, log), () -> read(log));
        Map<String, String> oldSite = ContentFixture.tree(site);
        Path oldCopy = tmp.resolve("old-copy");
        Processes.copyTree(site, oldCopy);
        long t0 = System.nanoTime();
        assertEquals(0, build(newContent, reference, log), () -> read(log));
        long full = (System.nanoTime() - t0) / 1_000_000;
        Map<String, String> newSite = ContentFixture.tree(reference);
        assertNotEquals(oldSite, newSite);

        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            // spread over the whole build (the swap and the clean-up come last; later runs are faster than the first)
            long delay = 150 + full * i / (KILLS - 1);
            Process p = Processes.start(List.of("-Xshare:auto"), Map.of(), log, "build", "--content", newContent.toString(),
                    "--templates", Project.templates().toString(), "--out", site.toString());
            Thread.sleep(delay);
            boolean running = p.isAlive();
            p.destroyForcibly();
            p.waitFor();
            if (FolderExchange.supported()) {
                // the swap is one step here: the site is whole even before any repair
                Map<String, String> unrepaired = ContentFixture.tree(site);
                assertTrue(unrepaired.equals(oldSite) || unrepaired.equals(newSite),
                        () -> "before repair, the site is neither old nor new after a kill at " + delay + " ms: " + outcomes);
            }
            SiteWriter.recover(site);
            Map<String, String> now = ContentFixture.tree(site);
            String outcome = now.equals(oldSite) ? "old" : now.equals(newSite) ? "new" : "MIX";
            outcomes.add(delay + " ms: " + (running ? "killed" : "finished") + ", " + outcome);
            assertFalse(outcome.equals("MIX"), () -> "site is neither old nor new after a kill: " + outcomes);
            try (Stream<Path> left = Files.list(site.getParent())) {
                assertEquals(List.of(site), left.toList(), () -> "staging or old folders left after repair: " + outcomes);
            }
            if (outcome.equals("new")) {
                SiteWriter.deleteTree(site);
                Processes.copyTree(oldCopy, site);
            }
        }
        System.out.println("kill outcomes (full build " + full + " ms): " + outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> o.contains("killed")), () -> "no build was killed while running: " + outcomes);
    }

    @Test
    void repairPutsBackASiteMovedAsideByAKilledSwap(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("index.html"), "old");
        long dead = deadPid();
        // the state between the two renames: site moved aside, staging complete, no site
        Files.move(site, tmp.resolve(".site.old-" + dead));
        Files.createDirectories(tmp.resolve(".site.staging-" + dead));
        Files.writeString(tmp.resolve(".site.staging-" + dead + "/index.html"), "new");
        assertTrue(SiteWriter.recover(site).isPresent());
        assertEquals("old", Files.readString(site.resolve("index.html")));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(site), left.toList());
        }
    }

    @Test
    void repairLeavesTheFoldersOfARunningBuildAlone(@TempDir Path tmp) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path staging = Files.createDirectories(tmp.resolve(".site.staging-" + ProcessHandle.current().parent().orElseThrow().pid()));
        SiteWriter.recover(site);
        assertTrue(Files.isDirectory(staging), "a live process's staging folder is not deleted");
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private static int build(Path content, Path out, Path log) throws Exception {
        return Processes.run(List.of(), Map.of(), log, "build", "--content", content.toString(), "--templates",
                Project.templates().toString(), "--out", out.toString());
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
