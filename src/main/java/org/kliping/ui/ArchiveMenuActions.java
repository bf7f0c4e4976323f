package org.kliping.ui;

import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * File → Export…, Backup… and Restore…: a dialog, a file chooser, the work in the background, then a short
 * confirmation in the status bar.
 */
final class ArchiveMenuActions {

    private final MainView view;
    /** Asks where to save, given a suggested file name; tests replace the native chooser. */
    Function<String, Optional<Path>> saveAs;

    ArchiveMenuActions(MainView view) {
        this.view = view;
        this.saveAs = this::chooseFile;
    }

    void export() {
        String query = view.vm.list().searchingProperty().get() ? view.vm.list().queryProperty().get() : null;
        var selected = view.selectedIds();
        new ExportDialog(view.stage, view.text, !selected.isEmpty(), query != null && !query.isBlank())
                .showAndWait()
                .ifPresent(choice -> saveAs.apply(ExportViewModel.suggestedName(choice.format())).ifPresent(out ->
                        view.vm.exports().export(choice, out, selected, query, view.text.getString("export.reportTitle"),
                                n -> view.notice(view.dialogs.t("export.done", n, out)))));
    }

    void backup() {
        saveAs.apply("kliping-backup.db").ifPresent(out ->
                view.vm.exports().backup(out, n -> view.notice(view.dialogs.t("backup.done", n, out))));
    }

    /**
     * File → Restore…: a backup file, then an empty folder for the new archive (restoring never overwrites
     * the open archive); the confirmation says how to open it.
     */
    void restore() {
        openBackup.get().ifPresent(backup -> chooseFolder.get().ifPresent(folder ->
                view.vm.exports().restore(backup, folder, n -> view.notice(view.dialogs.t("restore.done", n, folder)))));
    }

    /** Asks for the backup to restore and the folder to restore into; tests replace the native choosers. */
    java.util.function.Supplier<Optional<Path>> openBackup = this::chooseBackup;
    java.util.function.Supplier<Optional<Path>> chooseFolder = this::chooseRestoreFolder;

    private Optional<Path> chooseBackup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(view.text.getString("restore.chooser"));
        return Optional.ofNullable(chooser.showOpenDialog(view.stage)).map(File::toPath);
    }

    private Optional<Path> chooseRestoreFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(view.text.getString("restore.folder"));
        return Optional.ofNullable(chooser.showDialog(view.stage)).map(File::toPath);
    }

    private Optional<Path> chooseFile(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(view.text.getString("export.chooser"));
        chooser.setInitialFileName(suggested);
        File f = chooser.showSaveDialog(view.stage);
        return Optional.ofNullable(f).map(File::toPath);
    }
}
