package org.sourcebook.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall time of each build step (load, extract, model, render, write), for {@code build --timings}.
 * Steps are timed one after another on the calling thread; a step may itself use every core.
 */
public final class Timings {
    /** A recorder that records nothing. */
    public static final Timings NONE = new Timings(false);

    private final boolean on;
    private final long start = System.nanoTime();
    private final List<String> names = new ArrayList<>();
    private final List<Long> nanos = new ArrayList<>();
    private long last = start;

    private Timings(boolean on) {
        this.on = on;
    }

    public static Timings started() {
        return new Timings(true);
    }

    /** Ends the current step, naming it, and starts the next one. */
    public void lap(String step) {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        synchronized (this) {
            names.add(step);
            nanos.add(now - last);
            last = now;
        }
    }

    /** One line per step, and the total since start-up of the JVM and of the build. */
    public synchronized String report() {
        StringBuilder sb = new StringBuilder("timings (wall ms):\n");
        for (int i = 0; i < names.size(); i++) {
            sb.append(String.format(Locale.ROOT, "  %-8s %7.1f%n", names.get(i), nanos.get(i) / 1e6));
        }
        sb.append(String.format(Locale.ROOT, "  %-8s %7.1f%n", "build", (last - start) / 1e6));
        long jvm = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        sb.append(String.format(Locale.ROOT, "  %-8s %7d (since JVM start, %d cores)%n", "process", jvm,
                Runtime.getRuntime().availableProcessors()));
        return sb.toString();
    }
}
