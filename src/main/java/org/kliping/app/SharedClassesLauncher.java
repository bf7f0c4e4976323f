package org.kliping.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Starts the window in a child JVM that maps the classes the window loads from an AppCDS archive
 * ({@code kliping-<JVM version>.jsa} beside the jar): about 6,600 classes come from the jars before the first
 * rows are drawn, and mapping them from a shared archive instead of parsing and verifying them took
 * start-up at 100k articles from 1.8 s to 1.3 s here (docs/benchmarks.md). A jar cannot give its JVM
 * options, so {@code java -jar kliping.jar} starts a second JVM with them. The first window creates the
 * archive when it closes ({@code -XX:ArchiveClassesAtExit}, JDK 13+); a rebuilt jar or another JVM makes a
 * new one. It stays in this JVM (no relaunch) when not run from the jar, when the user gave JVM options (they
 * are the user's to choose), when {@code KLIPING_CDS=off}, or when the jar's folder is not writable.
 */
final class SharedClassesLauncher {

    /** Set on the child JVM, which must not relaunch again; carries when the first JVM started (epoch ms). */
    static final String CHILD_PROPERTY = "kliping.launchedAt";
    static final String SWITCH = "KLIPING_CDS";

    private SharedClassesLauncher() {
    }

    /** Runs the window in a child JVM and returns its exit code; empty when the window should start here. */
    static OptionalInt relaunch(List<String> args) {
        if (System.getProperty(CHILD_PROPERTY) != null || "off".equalsIgnoreCase(System.getenv(SWITCH))) {
            return OptionalInt.empty();
        }
        Path jar = ownJar();
        if (jar == null || !Files.isWritable(jar.getParent())) return OptionalInt.empty();
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        if (!runtime.getInputArguments().isEmpty()) return OptionalInt.empty();
        String vm = System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.+-]", "_");
        Path archive = jar.resolveSibling("kliping-" + vm + ".jsa");
        Path dumping;
        Process child;
        try {
            dumping = isFresh(archive, jar) ? null : Files.createTempFile(jar.getParent(), "kliping-", ".jsa.tmp");
            if (dumping != null) Files.delete(dumping); // the child JVM writes it as it exits
            List<String> command = new ArrayList<>(List.of(javaCommand(),
                    dumping == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + dumping,
                    "-Xlog:cds*=off", // a rejected archive is only slower; it must not print on stdout
                    "-D" + CHILD_PROPERTY + "=" + runtime.getStartTime(), "-jar", jar.toString()));
            command.addAll(args);
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty(); // no second JVM: the window starts in this one
        }
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy)); // this JVM told to end: so is the window
        int exit = waitFor(child);
        if (dumping != null) settle(dumping, archive, exit == 0);
        return OptionalInt.of(exit);
    }

    private static int waitFor(Process child) {
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return 130;
        }
    }

    /** This class's jar, or null when it runs from a class folder (tests, the IDE). */
    private static Path ownJar() {
        try {
            var source = SharedClassesLauncher.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? path.toAbsolutePath() : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    /** The archive exists and is newer than the jar and the libraries beside it (else a rebuild made it stale). */
    static boolean isFresh(Path archive, Path jar) throws IOException {
        if (!Files.isRegularFile(archive)) return false;
        FileTime made = Files.getLastModifiedTime(archive);
        if (Files.getLastModifiedTime(jar).compareTo(made) >= 0) return false;
        Path lib = jar.resolveSibling("lib");
        if (!Files.isDirectory(lib)) return true;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "*.jar")) {
            for (Path each : jars) if (Files.getLastModifiedTime(each).compareTo(made) >= 0) return false;
        }
        return true;
    }

    /**
     * The archive the child wrote as it exited becomes the one to use, older ones beside it go; after a
     * failed exit it may be cut short and is dropped. Either way the window has closed: a file that cannot be
     * moved only means the next start makes the archive again.
     */
    private static void settle(Path dumped, Path archive, boolean exitedCleanly) {
        try {
            if (!exitedCleanly || !Files.isRegularFile(dumped)) {
                Files.deleteIfExists(dumped);
                return;
            }
            try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), "kliping-*.jsa")) {
                for (Path each : old) if (!each.equals(archive)) Files.deleteIfExists(each);
            }
            Files.move(dumped, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the next start makes it again
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
