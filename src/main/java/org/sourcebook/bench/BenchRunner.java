package org.sourcebook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark: generates corpora, builds each with the real jar in a separate JVM (timed by
 * {@code /usr/bin/time}), builds the same number of plain pages with Hugo when it is installed,
 * times a one-file change under {@code serve}, and prints a table. Run by {@code src/bench/run.sh}.
 */
public final class BenchRunner {
    private static final Pattern REBUILT = Pattern.compile("pages in (\\d+) ms, all in (\\d+) ms");

    private BenchRunner() {
    }

    /** One timed build; {@code cpu} is user + system seconds, a steadier measure than wall time on a shared machine. */
    record Result(String what, int sources, long pages, double wall, double cpu, long rssKb, long bytes, String largest, long largestBytes) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %,d | %,d | %.2f | %.2f | %,.0f | %,d | %,d | %s (%,d B) |", what, sources, pages, wall,
                    cpu, sources / wall, rssKb / 1024, bytes, largest, largestBytes);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>(List.of(1000, 10_000));
        Path work = Path.of("/tmp/sourcebook-bench");
        Path out = defaultOut();
        Path jar = Path.of("target-bench/sourcebook.jar");
        Path content = Path.of("content");
        Path templates = Path.of("templates");
        String flags = System.getProperty("bench.jvmFlags", "");
        String java = "java";
        long timeoutSec = 900;
        boolean serve = true;
        boolean serveOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--big" -> sizes.add(100_000);
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--work" -> work = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--jvm-flags" -> flags = args[++i];
                case "--java" -> java = args[++i];
                case "--timeout" -> timeoutSec = Long.parseLong(args[++i]);
                case "--no-serve" -> serve = false;
                case "--serve-only" -> serveOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --big --sizes 1000,10000 --work DIR --out DIR --jar JAR --java JAVA --jvm-flags '...' --timeout SEC --no-serve --serve-only");
            }
        }
        Files.createDirectories(work);
        Files.createDirectories(out);
        System.err.println("corpora in " + work + ", sites written to " + out);
        CorpusGenerator gen = new CorpusGenerator(1992L);
        List<Result> results = new ArrayList<>();
        boolean hugo = onPath("hugo");
        String serveLine = "serve: not measured";
        for (int n : sizes) {
            Path corpus = work.resolve("corpus-" + n);
            if (!Files.exists(corpus.resolve(".complete"))) {
                SiteTree.delete(corpus);
                long t0 = System.nanoTime();
                gen.write(content, corpus, n);
                Files.writeString(corpus.resolve(".complete"), "seed 1992\n");
                System.err.printf(Locale.ROOT, "generated %,d sources in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            if (serveOnly) {
                // only the serve timer (at 10,000 sources), no builds
                if (n == 10_000) {
                    serveLine = ServeTimer.time(gen, java, flags, jar, corpus, templates, out.resolve("serve-" + n));
                }
                continue;
            }
            Path site = out.resolve("site-" + n);
            // a full build into an empty folder, as Hugo's is (a rebuild over the previous site reuses unchanged files)
            SiteTree.delete(site);
            List<String> cmd = jvmCommand(java, flags, jar, "build", "--timings", "--content", corpus.toString(), "--templates",
                    templates.toString(), "--out", site.toString());
            results.add(timed("Sourcebook", n, cmd, site, work, timeoutSec));
            // the same build again over the site just written: unchanged files are kept, not written
            results.add(timed("Sourcebook, again over its site", n, cmd, site, work, timeoutSec));
            if (hugo) {
                Path hsite = work.resolve("hugo-" + n);
                if (!Files.exists(hsite.resolve(".complete"))) {
                    HugoSite.write(corpus, hsite);
                    Files.writeString(hsite.resolve(".complete"), "");
                }
                Path hout = out.resolve("hugo-out-" + n);
                SiteTree.delete(hout);
                results.add(timed("Hugo (plain pages)", n, List.of("hugo", "--quiet", "-s", hsite.toString(), "-d", hout.toString()),
                        hout, work, timeoutSec));
            }
            if (serve && n == 10_000) {
                try {
                    serveLine = ServeTimer.time(gen, java, flags, jar, corpus, templates, out.resolve("serve-" + n));
                } catch (IllegalStateException e) {
                    serveLine = "serve, one source changed, 10,000 sources: " + e.getMessage();
                }
            }
            printTable(results, serveLine);
        }
        if (serveOnly) {
            System.out.println(serveLine);
            return;
        }
        printTable(results, serveLine);
    }

    /**
     * The command that runs the jar: {@code java} (the JVM's executable, {@code run.sh} chooses it),
     * the JVM flags split at spaces, {@code -jar}, the jar, then the jar's arguments. The builds and
     * {@code serve} are started by it, so both run on the same JVM with the same flags.
     */
    static List<String> jvmCommand(String java, String flags, Path jar, String... args) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(Arrays.stream(flags.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        return List.copyOf(cmd);
    }

    private static void printTable(List<Result> results, String serveLine) {
        System.out.println();
        System.out.println("| generator | sources | pages (.html) | wall s | CPU s | sources/s | peak RSS MiB | bytes written | largest page |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        results.forEach(r -> System.out.println(r.row()));
        for (Result r : results) {
            if (r.what().startsWith("Hugo")) {
                results.stream().filter(s -> s.what().equals("Sourcebook") && s.sources() == r.sources()).findFirst()
                        .ifPresent(s -> System.out.printf(Locale.ROOT, "Sourcebook / Hugo at %,d: wall time %.2f, CPU time %.2f%n", r.sources(),
                                s.wall() / r.wall(), s.cpu() / r.cpu()));
            }
        }
        System.out.println(serveLine);
        System.out.flush();
    }

    /**
     * Where the builds write their sites: tmpfs when the machine has one, as issue 6's reference
     * figures were taken (Hugo's as well as ours), else beside the corpora. On ext4 most of a
     * build's system time is the file system choosing inodes for tens of thousands of new files
     * (docs/performance-log.md), which says nothing about either generator.
     */
    static Path defaultOut() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm.resolve("sourcebook-bench") : Path.of("/tmp/sourcebook-bench");
    }

    static Result timed(String what, int n, List<String> cmd, Path out, Path work, long timeoutSec) throws IOException, InterruptedException {
        Path timeFile = work.resolve("time.txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-o", timeFile.toString(), "-f", "%e %U %S %M"));
        full.addAll(cmd);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    log.append(line).append('\n');
                }
            } catch (IOException e) {
                log.append(e).append('\n');
            }
        });
        reader.start();
        if (!p.waitFor(timeoutSec, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException(what + " at " + n + " took longer than " + timeoutSec + " s; stopped");
        }
        reader.join();
        if (p.exitValue() != 0) {
            throw new IllegalStateException(what + " failed (exit " + p.exitValue() + "):\n" + log);
        }
        System.err.print(log);
        String[] t = Files.readString(timeFile).trim().split("\\s+");
        SiteTree.Stats s = SiteTree.stats(out);
        return new Result(what, n, s.pages(), Double.parseDouble(t[t.length - 4]),
                Double.parseDouble(t[t.length - 3]) + Double.parseDouble(t[t.length - 2]), Long.parseLong(t[t.length - 1]), s.bytes(),
                s.largest(), s.largestBytes());
    }

    static boolean onPath(String exe) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, exe)));
    }

    static Matcher rebuilt(String line) {
        return REBUILT.matcher(line);
    }
}
