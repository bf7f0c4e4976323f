package org.kliping.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ChildJvmLauncherTest {

    @TempDir
    Path dir;

    private Path file(String name, int minutesAgo) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, name);
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(60L * minutesAgo)));
        return p;
    }

    @Test
    void archiveMadeAfterTheJarAndItsLibrariesIsUsed() throws IOException {
        Path jar = file("kliping.jar", 10);
        file("lib/lucene-core.jar", 10);
        Path archive = file("kliping-17.jsa", 5);
        assertThat(ChildJvmLauncher.isFresh(archive, jar)).isTrue();
    }

    @Test
    void theWindowGetsJavaFxsJarsOfThisSystemOnTheModulePath() throws IOException {
        Path jar = file("kliping.jar", 10);
        assertThat(ChildJvmLauncher.javafxModulePath(jar)).isEmpty();
        file("lib/javafx-controls-21.0.12.jar", 10); // the empty stand-in
        Path controls = file("lib/javafx-controls-21.0.12-linux.jar", 10);
        Path graphics = file("lib/javafx-graphics-21.0.12-mac-aarch64.jar", 10);
        file("lib/lucene-core-9.12.3.jar", 10);
        assertThat(ChildJvmLauncher.javafxModulePath(jar)).containsExactly("--module-path",
                controls + java.io.File.pathSeparator + graphics, "--add-modules", "javafx.controls,javafx.fxml");
    }

    @Test
    void missingArchiveIsMadeAgain() throws IOException {
        Path jar = file("kliping.jar", 10);
        assertThat(ChildJvmLauncher.isFresh(dir.resolve("kliping-17.jsa"), jar)).isFalse();
    }

    @Test
    void rebuiltJarOrLibraryMakesTheArchiveStale() throws IOException {
        Path jar = file("kliping.jar", 1);
        Path archive = file("kliping-17.jsa", 5);
        assertThat(ChildJvmLauncher.isFresh(archive, jar)).isFalse();

        Path olderJar = file("kliping.jar", 10);
        file("lib/sqlite-jdbc.jar", 1);
        assertThat(ChildJvmLauncher.isFresh(archive, olderJar)).isFalse();
    }

    @Test
    void aBulkCommandsArchiveReplacesOnlyOlderBulkArchivesAndTheWindowsOnlyOlderWindowArchives() throws IOException {
        Path window = file("kliping-17.0.1.jsa", 30);
        Path oldWindow = file("kliping-17.0.0.jsa", 60);
        Path oldBulk = file("kliping-bulk-17.0.0.jsa", 60);
        Path dumped = file("kliping-bulk-123.jsa.tmp", 0);
        Path bulk = dir.resolve("kliping-bulk-17.0.1.jsa");

        ChildJvmLauncher.settle(dumped, bulk, ChildJvmLauncher.BULK_ARCHIVE, true);
        assertThat(bulk).hasContent("kliping-bulk-123.jsa.tmp");
        assertThat(dumped).doesNotExist();
        assertThat(oldBulk).doesNotExist();
        assertThat(window).exists(); // the window's archives are not the bulk commands' to remove
        assertThat(oldWindow).exists();

        Path dumpedWindow = file("kliping-456.jsa.tmp", 0);
        Path newWindow = dir.resolve("kliping-17.0.2.jsa");
        ChildJvmLauncher.settle(dumpedWindow, newWindow, ChildJvmLauncher.WINDOW_ARCHIVE, true);
        assertThat(newWindow).exists();
        assertThat(window).doesNotExist();
        assertThat(oldWindow).doesNotExist();
        assertThat(bulk).as("the window's prefix also matches the bulk archive, which stays").exists();
    }

    @Test
    void anArchiveDumpedByAFailedCommandIsDropped() throws IOException {
        Path bulk = file("kliping-bulk-17.jsa", 30);
        Path dumped = file("kliping-bulk-9.jsa.tmp", 0);
        ChildJvmLauncher.settle(dumped, dir.resolve("kliping-bulk-18.jsa"), ChildJvmLauncher.BULK_ARCHIVE, false);
        assertThat(dumped).doesNotExist();
        assertThat(dir.resolve("kliping-bulk-18.jsa")).doesNotExist();
        assertThat(bulk).as("the archive in use stays").exists();
    }

    @Test
    void bulkCommandIsFoundPastTheArchiveOption() {
        assertThat(ChildJvmLauncher.commandName(List.of("--archive", "/tmp/import", "search", "bebas"))).isEqualTo("search");
        assertThat(ChildJvmLauncher.commandName(List.of("--archive=/tmp/x", "import", "a.jsonl"))).isEqualTo("import");
        assertThat(ChildJvmLauncher.commandName(List.of("--help"))).isEmpty();
        assertThat(ChildJvmLauncher.BULK_COMMANDS).contains("import", "reindex", "restore").doesNotContain("search");
    }

    @Test
    void commandsRunInThisJvmWhenNotStartedFromTheJar() {
        // tests run from class folders: nothing to relaunch, so the command runs here
        assertThat(ChildJvmLauncher.command(List.of("import", "x.jsonl"))).isEmpty();
        assertThat(ChildJvmLauncher.command(List.of("search", "bebas"))).isEmpty();
    }

    @Test
    void theWindowRunsC1AloneAndBulkCommandsKeepC2WithTheSmallerInliningBudgetAndTheThroughputCollector() throws Exception {
        // IgnoreUnrecognizedVMOptions would hide a misspelt option: read back what the JVM really runs with
        Map<String, String> window = finalFlags(ChildJvmLauncher.WINDOW_OPTIONS);
        assertThat(window).containsEntry("TieredStopAtLevel", "1").containsEntry("UseParallelGC", "false");
        Map<String, String> bulk = finalFlags(ChildJvmLauncher.BULK_OPTIONS);
        assertThat(bulk).containsEntry("TieredStopAtLevel", "4").containsEntry("InlineSmallCode", "500")
                .containsEntry("FreqInlineSize", "50").containsEntry("MaxInlineSize", "20")
                .containsEntry("UseParallelGC", "true").containsEntry("UseG1GC", "false")
                .containsEntry("MaxHeapSize", String.valueOf(512L << 20)); // an import of any size in bounded memory
    }

    /** What a JVM started with {@code options} reports in {@code -XX:+PrintFlagsFinal}: flag name to value. */
    private static Map<String, String> finalFlags(List<String> options) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ChildJvmLauncher.javaCommand());
        command.addAll(options);
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jvm.waitFor()).as(out).isZero();
        Map<String, String> flags = new HashMap<>();
        Matcher m = Pattern.compile("^\\s*\\S+\\s+(\\w+)\\s+:?= (\\S+)", Pattern.MULTILINE).matcher(out);
        while (m.find()) flags.put(m.group(1), m.group(2));
        return flags;
    }
}
