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
import java.util.Set;

/**
 * Runs the window, and the command-line commands that do bulk work, in a child JVM with options a jar cannot
 * give its own JVM ({@code java -jar kliping.jar} starts a second JVM with them):
 * <ul>
 * <li>{@link #TUNED_OPTIONS}, a smaller inlining budget for the JIT compiler (the window runs C1 alone instead,
 *     {@link #WINDOW_OPTIONS}). An import or a rebuild keeps both cores busy (store and index are pipelined), so
 *     every second the compiler threads spend is a second the work waits for, and with its default budget C2
 *     compiled large methods over and over (decision 0013);</li>
 * <li>an AppCDS archive of the classes it loads ({@code kliping-<JVM version>.jsa} beside the jar for the window,
 *     {@code kliping-bulk-<JVM version>.jsa} for the bulk commands): thousands of classes come from the jars before
 *     the first rows are drawn or the first article is stored, and mapping them from a shared archive is quicker
 *     than parsing and verifying them (decision 0009). The first window, and the first bulk command that succeeds,
 *     create their archive as their JVM exits ({@code -XX:ArchiveClassesAtExit}, JDK 13+); a rebuilt jar or
 *     another JVM makes a new one. A bulk command that cannot write its own maps the window's when it is there.</li>
 * </ul>
 * The child is told this JVM's process id and ends when this JVM is gone ({@link ParentWatch}).
 * It stays in this JVM (no relaunch) when not run from the jar, when the user gave JVM options (they are the
 * user's to choose), when {@code KLIPING_RELAUNCH=off} (or the older {@code KLIPING_CDS=off}), or in an installed
 * Kliping, whose launchers start the JVM with these options ({@code -Dkliping.relaunch=off}, the profile
 * {@code installer} of pom.xml). What each option gained, measured: docs/benchmarks.md and the decisions.
 */
public final class ChildJvmLauncher {

    /**
     * The compiler options every child JVM runs with; the benchmark gives them to its child JVMs too, so it
     * measures what {@code kliping import} and {@code kliping reindex} do. Unknown to another JVM, they are
     * ignored rather than refused.
     */
    public static final List<String> TUNED_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:InlineSmallCode=500", "-XX:FreqInlineSize=50", "-XX:MaxInlineSize=20");

    /**
     * The window's options: {@link #TUNED_OPTIONS} and only the C1 compiler ({@code -XX:TieredStopAtLevel=1}). The
     * window's work comes in short bursts (a page of rows, a search, an article), and C2 spent its CPU compiling
     * start-up code the window runs once: with C1 alone the first rows come sooner and scrolling holds the FX thread
     * for less time, while a search is somewhat slower, still far inside the goals; an import started from the window
     * is slower than {@code kliping import}, which keeps C2 (decision 0013).
     */
    public static final List<String> WINDOW_OPTIONS = withOption(TUNED_OPTIONS, "-XX:TieredStopAtLevel=1");

    /**
     * The bulk commands' options: {@link #TUNED_OPTIONS} and the throughput collector ({@code -XX:+UseParallelGC}).
     * An import or a rebuild has no frames to keep smooth, and G1's concurrent threads and write barriers cost CPU
     * that both busy cores lack: imports were faster in most alternating pairs and the indexing threads used less
     * CPU (decision 0016). The window keeps G1, whose pauses are short. And a heap of at most 512 MB
     * ({@code -Xmx512m}): without a limit the JVM takes a quarter of the machine's memory, and a large import grew past
     * 2 GB resident; with it an import of any size stays under 1 GB resident (decision 0016 addendum).
     */
    public static final List<String> BULK_OPTIONS = withOption(withOption(TUNED_OPTIONS, "-XX:+UseParallelGC"), "-Xmx512m");

    /** Set on the child JVM, which must not relaunch again; carries when the first JVM started (epoch ms). */
    static final String CHILD_PROPERTY = "kliping.launchedAt";
    static final String SWITCH = "KLIPING_RELAUNCH";
    static final String OLD_SWITCH = "KLIPING_CDS";
    /** {@code -Dkliping.relaunch=off}: the installed launchers, which start the JVM with these options themselves. */
    static final String SWITCH_PROPERTY = "kliping.relaunch";
    /** Names of the class-data archives beside the jar: the window's and the bulk commands' (then the JVM version). */
    static final String WINDOW_ARCHIVE = "kliping-";
    static final String BULK_ARCHIVE = "kliping-bulk-";
    /** The commands that index or import many articles: worth the extra JVM start. */
    static final Set<String> BULK_COMMANDS = Set.of("import", "reindex", "restore");

    private ChildJvmLauncher() {
    }

    /** Runs the window in a child JVM and returns its exit code; empty when the window should start here. */
    static OptionalInt window(List<String> args) {
        return relaunch(args, true);
    }

    /** Runs a bulk command in a child JVM and returns its exit code; empty for other commands or no relaunch. */
    static OptionalInt command(List<String> args) {
        return BULK_COMMANDS.contains(commandName(args)) ? relaunch(args, false) : OptionalInt.empty();
    }

    /** The subcommand's name: the first argument that is neither an option nor the value of {@code --archive}. */
    static String commandName(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--archive")) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return "";
    }

    private static OptionalInt relaunch(List<String> args, boolean window) {
        if (System.getProperty(CHILD_PROPERTY) != null || "off".equalsIgnoreCase(System.getProperty(SWITCH_PROPERTY))
                || "off".equalsIgnoreCase(System.getenv(SWITCH))
                || "off".equalsIgnoreCase(System.getenv(OLD_SWITCH))) {
            return OptionalInt.empty();
        }
        Path jar = ownJar();
        if (jar == null) return OptionalInt.empty();
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        if (!runtime.getInputArguments().isEmpty()) return OptionalInt.empty();
        String vm = System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.+-]", "_");
        String prefix = window ? WINDOW_ARCHIVE : BULK_ARCHIVE;
        Path archive = jar.resolveSibling(prefix + vm + ".jsa");
        Path dumping = null;
        Process child;
        try {
            Path mapped = isFresh(archive, jar) ? archive : null;
            if (mapped == null && Files.isWritable(jar.getParent())) {
                dumping = Files.createTempFile(jar.getParent(), prefix, ".jsa.tmp");
                Files.delete(dumping); // the child JVM writes it as it exits
            } else if (mapped == null && !window) {
                Path windows = jar.resolveSibling(WINDOW_ARCHIVE + vm + ".jsa");
                if (isFresh(windows, jar)) mapped = windows; // most of a bulk command's classes are there too
            }
            List<String> command = new ArrayList<>();
            command.add(javaCommand());
            command.addAll(window ? WINDOW_OPTIONS : BULK_OPTIONS);
            if (mapped != null) command.add("-XX:SharedArchiveFile=" + mapped);
            if (dumping != null) command.add("-XX:ArchiveClassesAtExit=" + dumping);
            if (window) command.addAll(javafxModulePath(jar));
            command.addAll(List.of("-Xlog:cds*=off", // a rejected archive is only slower; it must not print on stdout
                    "-D" + CHILD_PROPERTY + "=" + runtime.getStartTime(),
                    "-D" + ParentWatch.PROPERTY + "=" + ProcessHandle.current().pid(), "-jar", jar.toString()));
            command.addAll(args);
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty(); // no second JVM: the work runs in this one
        }
        // this JVM told to end: so is the child; killed outright, the child sees it go (ParentWatch)
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        int exit = waitFor(child);
        if (dumping != null) settle(dumping, archive, prefix, exit == 0);
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

    /**
     * JavaFX on the module path, where it is supported (from the class path it warns "Unsupported JavaFX
     * configuration" at every start): its jars for this system beside the jar ({@code lib/javafx-NAME-VERSION-OS.jar};
     * the ones without the system's name are empty stand-ins). The same jars stay on the manifest's class path,
     * where a named module's packages shadow them. Nothing when they are not there.
     */
    static List<String> javafxModulePath(Path jar) {
        Path lib = jar.resolveSibling("lib");
        List<String> modules = new ArrayList<>();
        if (Files.isDirectory(lib)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "javafx-*.jar")) {
                for (Path each : jars) {
                    if (JAVAFX_PLATFORM_JAR.matcher(each.getFileName().toString()).matches()) modules.add(each.toString());
                }
            } catch (IOException e) {
                return List.of();
            }
        }
        if (modules.isEmpty()) return List.of();
        modules.sort(null);
        return List.of("--module-path", String.join(java.io.File.pathSeparator, modules), "--add-modules", "javafx.controls,javafx.fxml");
    }

    private static final java.util.regex.Pattern JAVAFX_PLATFORM_JAR =
            java.util.regex.Pattern.compile("javafx-[a-z]+-[0-9][0-9.]*-[a-z][a-z0-9-]*\\.jar");

    /** This class's jar, or null when it runs from a class folder (tests, the IDE). */
    private static Path ownJar() {
        try {
            var source = ChildJvmLauncher.class.getProtectionDomain().getCodeSource();
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
    static void settle(Path dumped, Path archive, String prefix, boolean exitedCleanly) {
        try {
            if (!exitedCleanly || !Files.isRegularFile(dumped)) {
                Files.deleteIfExists(dumped);
                return;
            }
            try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), prefix + "*.jsa")) {
                for (Path each : old) {
                    // the window's prefix also matches the bulk commands' archives: those stay
                    boolean otherKind = !prefix.equals(BULK_ARCHIVE) && each.getFileName().toString().startsWith(BULK_ARCHIVE);
                    if (!each.equals(archive) && !otherKind) Files.deleteIfExists(each);
                }
            }
            Files.move(dumped, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the next start makes it again
        }
    }

    private static List<String> withOption(List<String> options, String option) {
        List<String> all = new ArrayList<>(options);
        all.add(option);
        return List.copyOf(all);
    }

    static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
