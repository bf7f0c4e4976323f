package org.kliping.ui.transfer;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.shell.*;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class ImportViewModelTest {

    @TempDir
    Path dir;

    private Archive archive;
    private final QueuedBackground background = new QueuedBackground();
    private ImportViewModel vm;
    private Path folder;

    @BeforeEach
    void open() throws Exception {
        archive = Archive.open(dir.resolve("archive"), ProgressListener.NONE);
        vm = new ImportViewModel(archive.services(), background, e -> {
            throw new AssertionError(e);
        });
        folder = Files.createDirectories(dir.resolve("in"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.toList()) Files.copy(p, folder.resolve(p.getFileName()));
        }
        Files.writeString(folder.resolve("kosong.txt"), "");
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void importingAFolderCountsFilesAndReportsRejections() {
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        vm.start(List.of(folder));
        assertThat(vm.runningProperty().get()).isTrue();
        background.runAll();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.doneProperty().get()).isEqualTo(6);
        assertThat(vm.totalProperty().get()).isEqualTo(6);
        assertThat(vm.importedProperty().get()).isEqualTo(5);
        assertThat(progress).contains(1.0 / 6, 1.0);
        assertThat(vm.reportProperty().get().rejected()).singleElement()
                .satisfies(p -> assertThat(p.path()).endsWith("kosong.txt"));
    }

    @Test
    void aCancelledImportStopsAndSaysSo() {
        vm.start(List.of(folder));
        vm.cancel();
        background.runAll();
        assertThat(vm.reportProperty().get().cancelled()).isTrue();
        assertThat(vm.reportProperty().get().imported()).isZero();
    }

    @Test
    void aSecondImportWhileOneRunsIsIgnored() {
        vm.start(List.of(folder));
        vm.start(List.of(folder));
        assertThat(background.pending()).isEqualTo(1);
    }
}
