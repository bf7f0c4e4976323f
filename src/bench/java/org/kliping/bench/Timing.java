package org.kliping.bench;

import java.lang.management.ManagementFactory;

/**
 * How many articles a contender handled, the wall time it took and the CPU time the whole JVM spent meanwhile
 * (all threads: background merges and GC included). On a machine shared with other work the wall time
 * stretches while the CPU time barely moves, so both are reported.
 */
record Timing(long articles, long nanos, long cpuNanos) {

    /** A running measurement: call {@link #stop(long)} when the work is done. */
    record Start(long wall, long cpu) {
        Timing stop(long articles) {
            return new Timing(articles, System.nanoTime() - wall, processCpuNanos() - cpu);
        }
    }

    static Start start() {
        return new Start(System.nanoTime(), processCpuNanos());
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    double seconds() {
        return nanos / 1e9;
    }

    double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    double articlesPerSecond() {
        return articles / seconds();
    }

    double megabytesPerSecond(long bytes) {
        return bytes / 1e6 / seconds();
    }
}
