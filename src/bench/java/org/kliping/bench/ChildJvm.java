package org.kliping.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts {@link Probe} in a fresh JVM with the benchmark's classpath and a heap limit, and collects its
 * {@code key=value} lines. The wall time from spawning the process to the {@code usable} line is the
 * start-up a user waits for (JVM start included).
 */
final class ChildJvm {
    static final String HEAP = "-Xmx512m";

    /** The probe's answers, and the wall time to its {@code usable} line (-1 when it printed none). */
    record Result(Map<String, String> values, double usableWallMs, double totalWallMs) {
        double number(String key) {
            String v = values.get(key);
            if (v == null) throw new IllegalStateException("the probe did not report " + key + ": " + values);
            return Double.parseDouble(v);
        }
    }

    private ChildJvm() {
    }

    static Result run(Path log, List<String> jvmOptions, String... probeArgs) {
        List<String> options = new ArrayList<>();
        options.add(HEAP);
        options.addAll(jvmOptions);
        return runWith(log, options, probeArgs);
    }

    /** The probe in a JVM given only {@code jvmOptions} (no heap limit: the JVM's default). */
    static Result runWith(Path log, List<String> jvmOptions, String... probeArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath());
        command.add(Probe.class.getName());
        command.addAll(List.of(probeArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        Map<String, String> values = new LinkedHashMap<>();
        double usable = -1;
        long start = System.nanoTime();
        try {
            Process process = builder.start();
            var stdout = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8);
            try (BufferedReader out = new BufferedReader(stdout)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("usable=")) usable = (System.nanoTime() - start) / 1e6;
                    int eq = line.indexOf('=');
                    if (eq > 0) values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the probe " + List.of(probeArgs) + " exited with " + exit + "; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the probe " + List.of(probeArgs), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the probe " + List.of(probeArgs), e);
        }
        return new Result(values, usable, (System.nanoTime() - start) / 1e6);
    }

    /** Under exec:java the project classpath is the context class loader's, not java.class.path (Maven's own). */
    private static String classpath() {
        ClassLoader loader = ChildJvm.class.getClassLoader();
        if (!(loader instanceof URLClassLoader urls)) return System.getProperty("java.class.path");
        List<String> parts = new ArrayList<>();
        for (URL url : urls.getURLs()) {
            try {
                parts.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("odd classpath entry " + url, e);
            }
        }
        return String.join(File.pathSeparator, parts);
    }
}
