package org.sourcebook.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall time of each build step (load, extract, model, render, write), for {@code build --timings},
 * and the CPU time the process spent in it (all threads, user and system): on a machine shared
 * with other work the wall time of a step says little, its CPU time more.
 * Steps are timed one after another on the calling thread; a step may itself use every core.
 */
public final class Timings {
    /** A recorder that records nothing. */
    public static final Timings NONE = new Timings(false);

    private final boolean on;
    private final long start = System.nanoTime();
    private final List<String> names = new ArrayList<>();
    private final List<Long> nanos = new ArrayList<>();
    private final List<Long> cpuNanos = new ArrayList<>();
    private long last = start;
    private long lastCpu = cpu();

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
        long cpu = cpu();
        synchronized (this) {
            names.add(step);
            nanos.add(now - last);
            cpuNanos.add(cpu - lastCpu);
            last = now;
            lastCpu = cpu;
        }
    }

    /** CPU time of the whole process so far (0 where the platform does not tell). */
    private static long cpu() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** One line per step, and the total since start-up of the JVM and of the build. */
    public synchronized String report() {
        StringBuilder sb = new StringBuilder("timings (wall ms; cpu ms of the process, all threads):\n");
        for (int i = 0; i < names.size(); i++) {
            sb.append(String.format(Locale.ROOT, "  %-8s %7.1f  cpu %7.0f%n", names.get(i), nanos.get(i) / 1e6, cpuNanos.get(i) / 1e6));
        }
        sb.append(String.format(Locale.ROOT, "  %-8s %7.1f%n", "build", (last - start) / 1e6));
        long jvm = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        sb.append(String.format(Locale.ROOT, "  %-8s %7d (since JVM start, %d cores)%n", "process", jvm,
                Runtime.getRuntime().availableProcessors()));
        return sb.toString();
    }
}
