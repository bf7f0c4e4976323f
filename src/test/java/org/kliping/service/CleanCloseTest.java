package org.kliping.service;

import org.kliping.domain.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class CleanCloseTest {

    @TempDir
    Path dir;

    @Test
    void aCleanCloseLetsTheNextOpenSkipTheCheckOnce() {
        Path db = dir.resolve(Archive.DATABASE_FILE);
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            assertThat(dir.resolve(CleanClose.FILE)).doesNotExist();
        }
        assertThat(dir.resolve(CleanClose.FILE)).exists();
        assertThat(CleanClose.consume(dir, db)).isTrue();
        assertThat(CleanClose.consume(dir, db)).as("the mark is used up").isFalse();
    }

    @Test
    void aDatabaseChangedAfterTheCloseIsChecked() throws Exception {
        Path db = dir.resolve(Archive.DATABASE_FILE);
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            assertThat(a.wasCreated()).isTrue();
        }
        Files.setLastModifiedTime(db, FileTime.fromMillis(Files.getLastModifiedTime(db).toMillis() + 5000));
        assertThat(CleanClose.consume(dir, db)).isFalse();
    }
}
