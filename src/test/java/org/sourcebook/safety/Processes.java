package org.sourcebook.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs the real command line as a separate JVM, the way a user or CI does. */
final class Processes {
    private Processes() {
    }

    /** {@code java [jvmArgs] -cp <test class path> org.sourcebook.cli.Main args}, output to {@code log}. */
    static Process start(List<String> jvmArgs, Map<String, String> env, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.sourcebook.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    static int run(List<String> jvmArgs, Map<String, String> env, Path log, String... args) throws IOException, InterruptedException {
        Process p = start(jvmArgs, env, log, args);
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("build did not finish in 5 minutes: " + Files.readString(log));
        }
        return p.exitValue();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
