package org.kliping.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

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
}
