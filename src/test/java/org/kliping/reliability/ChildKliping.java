package org.kliping.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real command line in a child JVM ({@code org.kliping.app.Main}), so a test can kill it with
 * {@code kill -9} ({@link Process#destroyForcibly()}) at any moment and run two instances at once.
 */
final class ChildKliping implements AutoCloseable {

    /** A finished child: exit code, stdout, stderr. */
    record Result(int code, String out, String err) {
    }

    private final Process process;
    private final Path errFile;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ChildKliping(Process process, Path errFile) {
        this.process = process;
        this.errFile = errFile;
        this.reader = new Thread(this::readStdout, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code kliping --archive ARCHIVE args...}; {@code prefix} goes before java (e.g. a ulimit wrapper). */
    static ChildKliping start(Path archive, List<String> prefix, String... args) {
        return start(archive, prefix, List.of(), args);
    }

    /** As {@link #start(Path, List, String...)}, with more options for the JVM (system properties). */
    static ChildKliping start(Path archive, List<String> prefix, List<String> jvmOptions, String... args) {
        return startWithHeap(archive, prefix, "512m", jvmOptions, args);
    }

    /** As {@link #start(Path, List, String...)} with another maximum heap ({@code -Xmx}). */
    static ChildKliping startWithHeap(Path archive, List<String> prefix, String heap, String... args) {
        return startWithHeap(archive, prefix, heap, List.of(), args);
    }

    private static ChildKliping startWithHeap(Path archive, List<String> prefix, String heap, List<String> jvmOptions,
                                              String... args) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "org.kliping.app.Main", "--archive", archive.toString()));
        cmd.addAll(List.of(args));
        try {
            Path err = Files.createTempFile("kliping-child", ".err");
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            return new ChildKliping(p, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + cmd, e);
        }
    }

    static ChildKliping start(Path archive, String... args) {
        return start(archive, List.of(), args);
    }

    /** Runs a command to its end (failing the test after the timeout). */
    static Result run(Path archive, Duration timeout, String... args) {
        try (ChildKliping child = start(archive, args)) {
            return child.await(timeout);
        }
    }

    private void readStdout() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the child was killed while we read: what it printed so far is kept
        }
    }

    /** Waits until a printed line matches (true) or the child ended / the timeout passed (false). */
    boolean awaitLine(Predicate<String> match, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (true) {
                if (lines.stream().filter(match).count() >= count) return true;
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) return false;
                lines.wait(Math.max(1, Math.min(50, TimeUnit.NANOSECONDS.toMillis(left))));
            }
        }
    }

    /** Waits until stderr contains {@code text} (true) or the child ended / the timeout passed (false). */
    boolean awaitErr(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (err().contains(text)) return true;
            if (!process.isAlive()) return err().contains(text);
            Thread.sleep(5);
        }
        return false;
    }

    List<String> linesSoFar() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits up to {@code timeout} for the child to end by itself; its exit code, or empty when still running. */
    java.util.OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
    }

    /** kill -9: no shutdown hooks, no finally blocks, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(5000);
    }

    Result await(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kliping did not finish within " + timeout + "; stdout so far: " + tail());
            }
            reader.join(10_000);
            return new Result(process.exitValue(), String.join("\n", linesSoFar()), err());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    String err() {
        try {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        List<String> l = linesSoFar();
        return String.join("\n", l.subList(Math.max(0, l.size() - 5), l.size()));
    }

    @Override
    public void close() {
        if (process.isAlive()) process.destroyForcibly();
        try {
            Files.deleteIfExists(errFile);
        } catch (IOException ignored) {
            // a temp file; the OS cleans it
        }
    }
}
