package org.sourcebook.site;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the site into a staging folder beside the output and swaps it in only when every file
 * is written, so a failed build leaves the previous site as it was.
 *
 * <p>On Linux the swap is one step ({@link FolderExchange}: the two folders trade names), so a
 * build killed at any moment leaves {@code site/} whole, old or new. Elsewhere it is two renames:
 * {@code site → .site.old-PID}, then {@code .site.staging-PID → site}; a build killed between
 * them leaves no {@code site/} but a whole {@code .site.old-PID}. {@link #recover} puts it back
 * and deletes what dead builds left; every build runs it first.
 */
public final class SiteWriter {
    private static final String STAGING = ".staging-";
    private static final String OLD = ".old-";

    private SiteWriter() {
    }

    /** Writes the files of a site into a fresh staging folder. */
    @FunctionalInterface
    public interface Staged<T> {
        T writeInto(Path staging) throws IOException;
    }

    /**
     * What a build wrote: files (manifest included) and their bytes (manifest excluded), and how
     * many of them were the previous site's, unchanged and linked rather than written.
     */
    public record Written(int files, long bytes, int unchanged) {
    }

    /**
     * A full build: renders {@code plan} on every core into the staging folder, then the
     * manifest is added and the folder swapped in. The manifest's source
     * hashes are read from the written {@code sources/<slug>.txt}, which are the sources' bodies.
     * A file whose bytes are those the site being replaced already holds is hard-linked from it
     * ({@link PreviousSite}) instead of written and hashed again.
     *
     * <p>The plan is taken over: the writer keeps it in an array of its own and lets each planned
     * file go once it is written (a large site plans hundreds of thousands, each holding what it
     * renders from), so a caller should not keep the list.
     */
    public static Written write(List<PlannedFile> plan, Path out, org.sourcebook.build.Timings timings,
                                List<org.sourcebook.content.Source> sources) throws IOException {
        PlannedFile[] files = plan.toArray(new PlannedFile[0]);
        plan = null;
        // each file's size and hash are taken as it is written, so the manifest needs no second read of the site
        Hashes hashes = new Hashes(files);
        return writeStaged(out, staging -> {
            // files whose bytes did not change are linked from the site being replaced (recovered by now)
            PreviousSite previous = PreviousSite.of(out.toAbsolutePath().normalize());
            java.util.Set<Path> dirs = new java.util.TreeSet<>();
            for (PlannedFile f : files) {
                dirs.add(inside(staging, f.path()).getParent());
            }
            for (Path d : dirs) {
                Files.createDirectories(d);
            }
            // rendering reads only the immutable archive: any thread, any order, same bytes. Each
            // worker takes the next file in plan order until none is left (no task object a file);
            // every file is tried, as before, and the failure of the first failing file is thrown
            // once every worker has ended, so no writer is still running when a failure is cleaned up.
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger unchanged = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
            Throwable[] failures = new Throwable[files.length];
            Runnable worker = () -> {
                for (int i = next.getAndIncrement(); i < files.length; i = next.getAndIncrement()) {
                    PlannedFile pf = files[i];
                    files[i] = null;
                    try {
                        bytes.addAndGet(writeOne(pf, staging, previous, hashes, i, unchanged));
                    } catch (Throwable t) {
                        failures[i] = t;
                    }
                }
            };
            int cores = Runtime.getRuntime().availableProcessors();
            // A pool of its own, one worker a core: the common pool has one worker fewer than the
            // cores, and a thread outside it that waits for its tasks helps run them on Java 17
            // but not on Java 25, where this step then ran on one core of two.
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(cores);
            try {
                List<java.util.concurrent.Callable<Object>> workers = new ArrayList<>();
                for (int w = 0; w < cores; w++) {
                    workers.add(java.util.concurrent.Executors.callable(worker));
                }
                // returns when every worker has ended (ForkJoinPool's invokeAll waits without being interruptible)
                pool.invokeAll(workers);
            } finally {
                pool.shutdown();
            }
            for (Throwable cause : failures) {
                if (cause == null) {
                    continue;
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IOException(cause);
            }
            timings.lap("render+write");
            return new Written(files.length + 1, bytes.get(), unchanged.get());
        }, (manifest, staging) -> {
            try (java.io.OutputStream o = new java.io.BufferedOutputStream(
                    Files.newOutputStream(manifest, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 256 * 1024)) {
                Manifest.write(hashes.inPathOrder(), o);
            }
        });
    }

    /** Renders and writes (or links) planned file {@code i}, recording its size and hash; returns its size. */
    private static long writeOne(PlannedFile pf, Path staging, PreviousSite previous, Hashes hashes, int i,
                                 java.util.concurrent.atomic.AtomicInteger unchanged) throws IOException {
        if (pf.streamed() != null) {
            // written as it is made (a file that grows with the archive), hashed on the way
            Path dest = inside(staging, pf.path());
            Manifest.Entry written = writeStreamed(dest, pf.streamed());
            Manifest.Entry same = previous.reuseWritten(pf.path(), written, dest);
            if (same != null) {
                unchanged.incrementAndGet();
            }
            hashes.put(i, same != null ? same : written);
            return written.bytes();
        }
        SiteFile f = pf.renderFile();
        Path dest = inside(staging, f.path());
        Manifest.Entry same = previous.reuse(f.path(), f.bytes(), dest);
        if (same == null) {
            writeNew(dest, f.bytes());
            hashes.put(i, f.bytes().length, org.sourcebook.content.Sha256.digest(f.bytes()));
        } else {
            unchanged.incrementAndGet();
            hashes.put(i, same);
        }
        return f.bytes().length;
    }

    /**
     * The size and SHA-256 of each planned file, by its place in the plan: 40 bytes a file
     * (a map of paths to {@link Manifest.Entry} took about 200, each hash a 64-char string).
     */
    private static final class Hashes {
        private static final java.util.HexFormat HEX = java.util.HexFormat.of();
        private final String[] paths;
        private final long[] sizes;
        private final byte[] digests;

        Hashes(PlannedFile[] files) {
            paths = new String[files.length];
            for (int i = 0; i < files.length; i++) {
                paths[i] = files[i].path();
            }
            sizes = new long[files.length];
            digests = new byte[32 * files.length];
        }

        /** Each file's slot is written by the one worker that wrote the file, before the manifest is made. */
        void put(int i, long size, byte[] digest) {
            sizes[i] = size;
            System.arraycopy(digest, 0, digests, 32 * i, 32);
        }

        void put(int i, Manifest.Entry e) {
            put(i, e.bytes(), HEX.parseHex(e.sha256()));
        }

        /** The files sorted by path, as the manifest lists them. */
        Manifest.Listing inPathOrder() {
            Integer[] order = new Integer[paths.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> paths[i]));
            return new Manifest.Listing() {
                @Override
                public int size() {
                    return order.length;
                }

                @Override
                public String path(int i) {
                    return paths[order[i]];
                }

                @Override
                public long bytes(int i) {
                    return sizes[order[i]];
                }

                @Override
                public String sha256(int i) {
                    int at = 32 * order[i];
                    return HEX.formatHex(digests, at, at + 32);
                }
            };
        }
    }

    /** Writes already rendered files (one thread). */
    public static void write(List<SiteFile> files, Path out) throws IOException {
        writeStaged(out, staging -> {
            for (SiteFile f : files) {
                Path p = inside(staging, f.path());
                Files.createDirectories(p.getParent());
                Files.write(p, f.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            return null;
        });
    }

    /**
     * Repairs an interrupted earlier build ({@link #recover}), lets {@code fill} write the site
     * into a staging folder beside {@code out}, adds {@code data/manifest.json} (the hash of every
     * file as written) and swaps the staging folder in. If anything fails, {@code out} is as before.
     */
    public static <T> T writeStaged(Path out, Staged<T> fill) throws IOException {
        return writeStaged(out, fill, (manifest, staging) -> writeNew(manifest, Manifest.of(staging).bytes()));
    }

    /** Writes the manifest of a staged site to {@code manifest}, by reading the site back or from hashes taken while writing. */
    @FunctionalInterface
    private interface ManifestOf {
        void writeTo(Path manifest, Path staging) throws IOException;
    }

    private static <T> T writeStaged(Path out, Staged<T> fill, ManifestOf manifestOf) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        recover(target);
        Path staging = sibling(target, STAGING, ProcessHandle.current().pid());
        deleteTree(staging);
        Files.createDirectory(staging);
        boolean swapped = false;
        try {
            T result = fill.writeInto(staging);
            Path p = inside(staging, Manifest.PATH);
            Files.createDirectories(p.getParent());
            manifestOf.writeTo(p, staging);
            swap(staging, target);
            swapped = true;
            return result;
        } finally {
            if (!swapped) {
                try {
                    deleteTree(staging);
                } catch (IOException e) {
                    // never hide the failure that stopped the build; recover() deletes it next time
                }
            }
        }
    }

    /** A new file holding what {@code body} writes, through a buffer; its size and SHA-256 are taken on the way. */
    static Manifest.Entry writeStreamed(Path p, PlannedFile.Streamed body) throws IOException {
        org.sourcebook.content.Sha256.Running sha = org.sourcebook.content.Sha256.running();
        long[] count = new long[1];
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             java.io.OutputStream out = new java.io.BufferedOutputStream(new java.io.OutputStream() {
                 @Override
                 public void write(int b) throws IOException {
                     write(new byte[] {(byte) b}, 0, 1);
                 }

                 @Override
                 public void write(byte[] b, int off, int len) throws IOException {
                     sha.update(b, off, len);
                     count[0] += len;
                     java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, off, len);
                     while (buf.hasRemaining()) {
                         ch.write(buf);
                     }
                 }
             }, 256 * 1024)) {
            body.writeTo(out);
        }
        return new Manifest.Entry(count[0], sha.hex());
    }

    /** A new file holding {@code bytes}, written in one go (Files.write hands them over 8 KB at a time). */
    static void writeNew(Path p, byte[] bytes) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                ch.write(b);
            }
        }
    }

    static Path inside(Path root, String path) {
        Path p = root.resolve(path).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("output path leaves the site folder: " + path);
        }
        return p;
    }

    /**
     * Repairs what an interrupted build left beside {@code out}: when {@code out} is missing but
     * a previous site was moved aside ({@code .NAME.old-PID}), moves it back; then deletes the
     * staging and old folders of builds that are no longer running.
     *
     * @return the folder restored as {@code out}, if one was
     */
    public static Optional<Path> recover(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        List<Path> olds = new ArrayList<>();
        List<Path> stagings = new ArrayList<>();
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, "." + name + ".*")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                String rest = n.substring(name.length() + 1);
                if (rest.startsWith(OLD) && !running(rest.substring(OLD.length()))) {
                    olds.add(p);
                } else if (rest.startsWith(STAGING) && !running(rest.substring(STAGING.length()))) {
                    stagings.add(p);
                }
            }
        }
        olds.sort(null);
        Optional<Path> restored = Optional.empty();
        if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
            Path back = olds.remove(olds.size() - 1);
            Files.move(back, target, StandardCopyOption.ATOMIC_MOVE);
            restored = Optional.of(back);
        }
        for (Path p : olds) {
            deleteTree(p);
        }
        for (Path p : stagings) {
            deleteTree(p);
        }
        return restored;
    }

    private static boolean running(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Path sibling(Path target, String kind, long pid) {
        return target.resolveSibling("." + target.getFileName() + kind + pid);
    }

    private static void swap(Path staging, Path target) throws IOException {
        if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && FolderExchange.exchange(staging, target)) {
            // one step: the staging path now holds the old site (a kill from here on leaves the new site whole)
            deleteTreeOnEveryCore(staging);
            return;
        }
        Path old = null;
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            old = sibling(target, OLD, ProcessHandle.current().pid());
            deleteTree(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        // a kill here leaves no target: recover() restores the old site at the next build
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteTreeOnEveryCore(old);
        }
    }

    /** {@link #deleteTree}, each top-level folder on its own core (the old site is a few hundred MB of small files). */
    private static void deleteTreeOnEveryCore(Path dir) throws IOException {
        List<Path> children;
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            children = list.toList();
        }
        try {
            children.parallelStream().forEach(c -> {
                try {
                    deleteTree(c);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        deleteTree(dir);
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
