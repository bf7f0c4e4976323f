package org.kliping.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesNewFileInMissingFolder() throws IOException {
        Path target = dir.resolve("sub/out.txt");
        AtomicFiles.write(target, out -> out.write("halo".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("halo");
        assertThat(Files.list(target.getParent())).containsExactly(target);
    }

    @Test
    void replacesExistingFile() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "lama dan panjang");
        AtomicFiles.write(target, out -> out.write("baru".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("baru");
    }

    @Test
    void failedBodyKeepsOldContentAndRemovesTempFile() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "lama");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("setengah".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk penuh");
        })).isInstanceOf(ExportException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("disk penuh")
                .extracting(e -> ((ExportException) e).target()).isEqualTo(target);
        assertThat(Files.readString(target)).isEqualTo("lama");
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void exportGetsDefaultPermissionsNotPrivateTempOnes() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        Path target = dir.resolve("out.txt");
        AtomicFiles.write(target, out -> out.write('x'));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void runtimeFailureAlsoRemovesTempFile() throws IOException {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("x.txt"), out -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void bodyClosingTheStreamStillWrites() throws IOException {
        Path target = dir.resolve("closed.txt");
        AtomicFiles.write(target, out -> {
            try (var w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                w.write("ditutup");
            }
        });
        assertThat(Files.readString(target)).isEqualTo("ditutup");
    }
}
