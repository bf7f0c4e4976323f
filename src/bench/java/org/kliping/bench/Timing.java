package org.kliping.bench;

import java.lang.management.ManagementFactory;

/**
 * How many articles a contender handled, the wall time it took and the CPU time the whole JVM spent meanwhile
 * (all threads: background merges and GC included). On a machine shared with other work the wall time
 * stretches while the CPU time barely moves, so both are reported.
 */
record Timing(long articles, long nanos, long cpuNanos, long writtenBytes) {

    /** A running measurement: call {@link #stop(long)} when the work is done. */
    record Start(long wall, long cpu, long written) {
        Timing stop(long articles) {
            Timing t = new Timing(articles, System.nanoTime() - wall, processCpuNanos() - cpu,
                    written < 0 ? -1 : bytesWritten() - written);
            t.print();
            return t;
        }
    }

    /** One line on stderr, to follow a run. */
    void print() {
        if (writtenBytes >= 0) System.err.printf(java.util.Locale.ROOT, "  (%.1f s wall, %.1f s CPU, %d MB written to disk)%n",
                seconds(), cpuSeconds(), writtenBytes >> 20);
    }

    static Start start() {
        return new Start(System.nanoTime(), processCpuNanos(), bytesWritten());
    }

    /** Bytes this process caused to be written to storage (Linux {@code /proc/self/io}), or -1 elsewhere. */
    static long bytesWritten() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/io"))) {
                if (line.startsWith("write_bytes:")) return Long.parseLong(line.substring(12).strip());
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
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
