package org.sourcebook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/**
 * Times a one-file change under {@code serve}: starts it on the corpus, edits one source
 * (text and its recorded hash) a few times, and reads serve's own report of each update, and
 * the time from the file write to that report.
 */
final class ServeTimer {
    private ServeTimer() {
    }

    static String time(CorpusGenerator gen, String java, String flags, Path jar, Path corpus, Path templates, Path out)
            throws IOException, InterruptedException {
        List<String> cmd = BenchRunner.jvmCommand(java, flags, jar, "serve", "--port", "0", "--content", corpus.toString(),
                "--templates", templates.toString(), "--out", out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("reader: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        int slug = 4321 % Math.max(1, (int) Files.list(corpus.resolve("sources")).count());
        Path file = corpus.resolve("sources").resolve(CorpusGenerator.slug(slug) + ".md");
        List<String> runs = new ArrayList<>();
        try {
            awaitLine(lines, "Serving", 600);
            Thread.sleep(1000);
            for (int variant : new int[] {1, 2, 3, 4, 0}) {
                long t0 = System.nanoTime();
                Files.writeString(file, gen.sourceText(slug, variant), StandardCharsets.UTF_8);
                String line = awaitLine(lines, "Rebuilt", 60);
                long e2e = (System.nanoTime() - t0) / 1_000_000;
                Matcher m = BenchRunner.rebuilt(line);
                runs.add(m.find() ? String.format(Locale.ROOT, "pages %s ms, with data exports %s ms, file write to done %d ms",
                        m.group(1), m.group(2), e2e) : line);
                System.err.println("serve: " + line);
                Thread.sleep(500);
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            Files.writeString(file, gen.sourceText(slug, 0), StandardCharsets.UTF_8);
        }
        return "serve, one source changed, 10,000 sources (5 edits): " + String.join("; ", runs);
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String l = lines.poll(100, TimeUnit.MILLISECONDS);
            if (l != null) {
                if (l.startsWith(prefix)) {
                    return l;
                }
                System.err.println("serve: " + l);
            }
        }
        throw new IllegalStateException("serve printed no '" + prefix + "' line within " + seconds + " s");
    }
}
