package org.kliping.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InboxServiceTest {

    @TempDir
    Path dir;

    @Test
    void importsSavedFilesOnceCompleteAndMovesThemAway() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (Archive archive = Archive.open(dir.resolve("archive"), ProgressListener.NONE)) {
            InboxService.Inbox watched = archive.services().inbox().open(inbox);
            Files.writeString(inbox.resolve("banjir.html"), WebPages.article(null, "Banjir rendam Jakarta", WebPages.FLOOD));
            Files.writeString(inbox.resolve("kosong.txt"), "   \n");
            Files.writeString(inbox.resolve("laporan.docx"), "PK");
            assertThat(watched.pass(ImportListener.NONE).imported()).isZero(); // first seen: may still be written
            ImportReport r = watched.pass(ImportListener.NONE);
            assertThat(r.imported()).isEqualTo(1);
            assertThat(archive.services().articles().count()).isEqualTo(1);
            assertThat(inbox.resolve("imported/banjir.html")).exists();
            assertThat(inbox.resolve("rejected/laporan.docx")).exists();
            assertThat(Files.readString(inbox.resolve("rejected/laporan.docx.reason.txt"))).contains("unsupported file type");
            assertThat(inbox.resolve("rejected/kosong.txt")).exists();
            assertThat(inbox.resolve("rejected/kosong.txt.reason.txt")).exists();
            try (var left = Files.list(inbox)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("imported", "rejected");
            }
        }
    }
}
