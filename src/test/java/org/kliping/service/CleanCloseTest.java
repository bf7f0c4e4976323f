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
        assertThat(CleanClose.consume(dir, db, null).database()).isTrue();
        assertThat(CleanClose.consume(dir, db, null).database()).as("the mark is used up").isFalse();
    }

    @Test
    void aDatabaseChangedAfterTheCloseIsChecked() throws Exception {
        Path db = dir.resolve(Archive.DATABASE_FILE);
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            assertThat(a.wasCreated()).isTrue();
        }
        Files.setLastModifiedTime(db, FileTime.fromMillis(Files.getLastModifiedTime(db).toMillis() + 5000));
        assertThat(CleanClose.consume(dir, db, null).database()).isFalse();
    }

    @Test
    void theIndexIsVouchedForUntilOneOfItsFilesChanges() throws Exception {
        Path db = dir.resolve(Archive.DATABASE_FILE);
        Path index = dir.resolve(Archive.INDEX_FOLDER);
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            a.services().imports().importPaths(java.util.List.of(Path.of("seeds")), ImportListener.NONE);
        }
        assertThat(CleanClose.consume(dir, db, index)).isEqualTo(new CleanClose.Unchanged(true, true));

        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            assertThat(a.services().search().search(org.kliping.domain.SearchRequest.of("Korea")).total()).isPositive();
        }
        Path segmentFile;
        try (var files = Files.list(index)) {
            segmentFile = files.filter(f -> f.getFileName().toString().endsWith(".si")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(segmentFile, FileTime.fromMillis(Files.getLastModifiedTime(segmentFile).toMillis() + 5000));
        assertThat(CleanClose.consume(dir, db, index)).as("an index file touched after the close")
                .isEqualTo(new CleanClose.Unchanged(true, false));

        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            assertThat(a.wasCreated()).isFalse();
        }
        Files.writeString(index.resolve("stray.bin"), "x");
        assertThat(CleanClose.consume(dir, db, index).index()).as("a file added to the index").isFalse();
    }

    @Test
    void aMarkFromBeforeTheIndexWasFingerprintedChecksTheIndex() throws Exception {
        Path db = dir.resolve(Archive.DATABASE_FILE);
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            assertThat(a.wasCreated()).isTrue();
        }
        CleanClose.record(dir, db, null); // the one-line mark an older version wrote
        assertThat(CleanClose.consume(dir, db, dir.resolve(Archive.INDEX_FOLDER)))
                .isEqualTo(new CleanClose.Unchanged(true, false));
    }
}
