package org.kliping.service;

import org.kliping.domain.ProgressListener;
import org.kliping.domain.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Files are read on their own thread; the storing thread still sees every item in order and can cancel. */
class ImportReadAheadTest {

    @TempDir
    Path dir;

    private static Path jsonl(Path folder, String name, int from, int count) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            lines.append("{\"id\": \"n").append(i).append("\", \"title\": \"Berita nomor ").append(i)
                    .append("\", \"body\": \"Isi berita nomor ").append(i).append(" tentang pembebasan tahanan di kota ")
                    .append(i % 7).append(".\"}\n");
        }
        Path file = folder.resolve(name);
        Files.writeString(file, lines);
        return file;
    }

    @Test
    void everyFileIsReportedInOrderAndEveryArticleStoredAndFound() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = List.of(jsonl(in, "a.jsonl", 0, 1500), jsonl(in, "b.jsonl", 1500, 10), jsonl(in, "c.jsonl", 1510, 700));
        List<String> progress = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void item(String location, Status status, long articleId, String message) {
            }

            @Override
            public void progress(long done, long total, String message) {
                progress.add(done + "/" + total + " " + message);
            }
        };
        try (Archive a = Archive.open(dir.resolve("archive"), ProgressListener.NONE)) {
            ImportReport report = a.services().imports().importPaths(files, listener);
            assertThat(report.imported()).isEqualTo(2210);
            assertThat(progress).containsExactly("1/3 a.jsonl", "2/3 b.jsonl", "3/3 c.jsonl");
            assertThat(a.services().articles().count()).isEqualTo(2210);
            assertThat(a.services().search().search(SearchRequest.of("bebas")).total()).isEqualTo(2210);
        }
    }

    @Test
    void cancellingMidFileKeepsWhatWasStoredAndStopsReading() throws IOException {
        Path file = jsonl(Files.createDirectories(dir.resolve("in")), "big.jsonl", 0, 5000);
        AtomicBoolean cancel = new AtomicBoolean();
        ImportListener listener = new ImportListener() {
            @Override
            public void item(String location, Status status, long articleId, String message) {
                cancel.set(true); // the first stored batch asks to stop
            }

            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        try (Archive a = Archive.open(dir.resolve("archive"), ProgressListener.NONE)) {
            ImportReport report = a.services().imports().importPaths(List.of(file), listener);
            assertThat(report.cancelled()).isTrue();
            assertThat(report.imported()).isBetween(1, 4999);
            assertThat(a.services().articles().count()).isEqualTo(report.imported());
            assertThat(a.services().search().search(SearchRequest.of("bebas")).total()).isEqualTo(report.imported());
        }
    }

    @Test
    void aFileNestedDeeperThanAnyReaderFollowsEndsAsAnItemNotAHang() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path deep = in.resolve("deep.html");
        Files.writeString(deep, "<html><body>" + "<div><span>".repeat(200_000) + "Isi berita pembebasan." + "</body></html>");
        Path plain = jsonl(in, "z.jsonl", 0, 3);
        try (Archive a = Archive.open(dir.resolve("archive"), ProgressListener.NONE)) {
            ImportReport report = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> a.services().imports().importPaths(List.of(deep, plain), ImportListener.NONE));
            assertThat(report.imported() + report.rejected().size()).as("the deep file is imported or rejected")
                    .isEqualTo(4);
            assertThat(a.services().articles().count()).isEqualTo(report.imported());
        }
    }

    @Test
    void aRunOfHyphensAfterADatelineIsImportedOrRejectedAndTheOtherFilesGoOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path odd = in.resolve("repetitive-dateline.html"); // found by ImportFuzzTest: it once stopped the reading thread
        try (var res = ImportReadAheadTest.class.getResourceAsStream("repetitive-dateline.html")) {
            Files.write(odd, res.readAllBytes());
        }
        Path plain = jsonl(in, "z.jsonl", 0, 3);
        try (Archive a = Archive.open(dir.resolve("archive"), ProgressListener.NONE)) {
            ImportReport report = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> a.services().imports().importPaths(List.of(odd, plain), ImportListener.NONE));
            assertThat(report.imported() + report.rejected().size()).isEqualTo(4);
            assertThat(report.imported()).isGreaterThanOrEqualTo(3);
            report.rejected().forEach(r -> assertThat(r.error()).isNotBlank());
        }
    }
}
