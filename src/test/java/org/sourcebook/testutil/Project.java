package org.sourcebook.testutil;

import java.nio.file.Files;
import java.nio.file.Path;

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

    public static boolean hasShared() {
        return Files.isDirectory(shared().resolve("seeds"));
    }
}
