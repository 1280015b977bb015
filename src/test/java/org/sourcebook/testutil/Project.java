package org.sourcebook.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the project and its neighbours are, for tests that use the real content. */
public final class Project {
    private Project() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("sourcebook.projectDir", ".")).toAbsolutePath().normalize();
    }

    public static Path content() {
        return dir().resolve("content");
    }

    public static Path templates() {
        return dir().resolve("templates");
    }

    /** ../shared beside the project (seeds and gold), present in CI and on developers' machines. */
    public static Path shared() {
        return dir().resolveSibling("shared");
    }

    /** {@code first}, then the whole files of content/sources (front matter included), by name. */
    public static List<String> withSourceFiles(List<String> first) throws IOException {
        List<String> texts = new ArrayList<>(first);
        try (Stream<Path> files = Files.list(content().resolve("sources"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        return texts;
    }

    public static boolean hasShared() {
        return Files.isDirectory(shared().resolve("seeds"));
    }
}
