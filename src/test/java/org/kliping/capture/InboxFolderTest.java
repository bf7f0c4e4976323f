package org.kliping.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InboxFolderTest {

    @TempDir
    Path dir;

    @Test
    void handsOverAFileOnlyOnceItStoppedGrowing() throws IOException {
        InboxFolder inbox = new InboxFolder(dir);
        Path page = dir.resolve("berita.html");
        Files.writeString(page, "<p>awal");
        assertThat(inbox.poll()).isEmpty(); // first seen
        Files.writeString(page, "<p>awal dan lanjutan</p>");
        assertThat(inbox.poll()).isEmpty(); // still growing
        assertThat(inbox.poll()).containsExactly(page);
        assertThat(inbox.poll()).isEmpty(); // handed over once
    }

    @Test
    void leavesPartialDownloadsHiddenFilesAndItsOwnFoldersAlone() throws IOException {
        InboxFolder inbox = new InboxFolder(dir);
        Files.writeString(dir.resolve("unduhan.html.crdownload"), "x");
        Files.writeString(dir.resolve(".tersembunyi.txt"), "x");
        Files.createDirectories(dir.resolve("imported"));
        Files.writeString(dir.resolve("imported/lama.txt"), "x");
        inbox.poll();
        assertThat(inbox.poll()).isEmpty();
    }

    @Test
    void movesFilesAwayKeepingBothOfTwoWithOneNameAndWritesTheReason() throws IOException {
        InboxFolder inbox = new InboxFolder(dir);
        Path a = Files.writeString(dir.resolve("a.txt"), "satu");
        assertThat(inbox.moveToImported(a)).isEqualTo(dir.resolve("imported/a.txt"));
        Path again = Files.writeString(dir.resolve("a.txt"), "dua");
        assertThat(inbox.moveToImported(again)).isEqualTo(dir.resolve("imported/a (2).txt"));
        assertThat(Files.readString(dir.resolve("imported/a.txt"))).isEqualTo("satu");
        Path bad = Files.writeString(dir.resolve("gambar.png"), "png");
        Path moved = inbox.moveToRejected(bad, "unsupported file type");
        assertThat(moved).isEqualTo(dir.resolve("rejected/gambar.png"));
        assertThat(Files.readString(dir.resolve("rejected/gambar.png.reason.txt"))).contains("unsupported file type");
        assertThat(dir.resolve("gambar.png")).doesNotExist();
    }
}
