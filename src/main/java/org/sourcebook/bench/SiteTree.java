package org.sourcebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Sizes of a built site, and deleting one. */
final class SiteTree {
    private SiteTree() {
    }

    record Stats(long pages, long bytes, String largest, long largestBytes) {
    }

    static Stats stats(Path root) throws IOException {
        long pages = 0;
        long bytes = 0;
        String largest = "-";
        long largestBytes = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                long size = Files.size(p);
                bytes += size;
                if (p.toString().endsWith(".html")) {
                    pages++;
                    if (size > largestBytes) {
                        largestBytes = size;
                        largest = root.relativize(p).toString();
                    }
                }
            }
        }
        return new Stats(pages, bytes, largest, largestBytes);
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
