package org.sourcebook.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;

/**
 * Re-renders planned files on every core into a live site folder ({@code serve}), writing only
 * those whose bytes changed. Full builds go through {@link SiteWriter} (staging and swap).
 */
public final class ParallelWriter {
    private ParallelWriter() {
    }

    /** What a write produced: file count, bytes, the largest HTML page, files actually written. */
    public record Written(int files, long bytes, String largestPage, long largestPageBytes, int rewritten) {
    }

    /**
     * Renders {@code plan} into the existing site folder in place and writes only the files
     * whose bytes changed ({@code serve}); {@code rewritten} counts those.
     */
    public static Written update(List<PlannedFile> plan, Path out) throws IOException {
        return update(plan, out, f -> { });
    }

    /** As {@link #update(List, Path)}, handing every rendered file to {@code rendered} (on any thread). */
    public static Written update(List<PlannedFile> plan, Path out, java.util.function.Consumer<SiteFile> rendered) throws IOException {
        return renderAndWrite(plan, out.toAbsolutePath().normalize(), true, rendered);
    }

    /**
     * As {@link #update(List, Path)}, handing only the files it writes (new, or whose bytes
     * changed) to {@code written} (on any thread): {@code serve} hashes those alone.
     */
    public static Written updateChanged(List<PlannedFile> plan, Path out, java.util.function.Consumer<SiteFile> written) throws IOException {
        return renderAndWrite(plan, out.toAbsolutePath().normalize(), true, f -> { }, written);
    }

    private static Written renderAndWrite(List<PlannedFile> plan, Path root, boolean onlyChanged,
                                          java.util.function.Consumer<SiteFile> rendered) throws IOException {
        return renderAndWrite(plan, root, onlyChanged, rendered, f -> { });
    }

    private static Written renderAndWrite(List<PlannedFile> plan, Path root, boolean onlyChanged,
                                          java.util.function.Consumer<SiteFile> rendered,
                                          java.util.function.Consumer<SiteFile> written) throws IOException {
        Set<Path> dirs = new TreeSet<>();
        for (PlannedFile f : plan) {
            dirs.add(inside(root, f.path()).getParent());
        }
        for (Path d : dirs) {
            Files.createDirectories(d);
        }
        LongAdder bytes = new LongAdder();
        LongAdder rewritten = new LongAdder();
        Largest largest = new Largest();
        try {
            plan.parallelStream().forEach(pf -> {
                SiteFile f = pf.renderFile();
                rendered.accept(f);
                Path p = inside(root, f.path());
                try {
                    if (!onlyChanged || !sameBytes(p, f.bytes())) {
                        Files.write(p, f.bytes());
                        rewritten.increment();
                        written.accept(f);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.add(f.bytes().length);
                if (f.path().endsWith(".html")) {
                    largest.offer(f.path(), f.bytes().length);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Written(plan.size(), bytes.sum(), largest.path, largest.size, rewritten.intValue());
    }

    private static final class Largest {
        String path;
        long size = -1;

        synchronized void offer(String p, long n) {
            if (n > size || (n == size && p.compareTo(path) < 0)) {
                size = n;
                path = p;
            }
        }
    }

    private static Path inside(Path root, String path) {
        Path p = root.resolve(path).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("output path leaves the site folder: " + path);
        }
        return p;
    }

    private static boolean sameBytes(Path p, byte[] bytes) throws IOException {
        try {
            return Files.size(p) == bytes.length && Arrays.equals(Files.readAllBytes(p), bytes);
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
