package org.kliping.ui.transfer;

import org.kliping.ui.common.*;

import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * File → Export…, Backup… and Restore…: a dialog, a file chooser, the work in the background, then a short
 * confirmation in the status bar.
 */
public final class ArchiveMenuActions {

    private final WindowContext ctx;
    private final ExportViewModel exports;

    /** Sets the context's save-as chooser to the native one (tests replace it). */
    public ArchiveMenuActions(WindowContext ctx, ExportViewModel exports) {
        this.ctx = ctx;
        this.exports = exports;
        ctx.setSaveAs(this::chooseFile);
    }

    /** Exports the selected articles, the search results ({@code query}, null when not searching) or everything. */
    public void export(java.util.List<Long> selected, String query) {
        new ExportDialog(ctx.stage(), ctx.text(), !selected.isEmpty(), query != null && !query.isBlank())
                .showAndWait()
                .ifPresent(choice -> ctx.saveAs().apply(ExportViewModel.suggestedName(choice.format())).ifPresent(out ->
                        exports.export(choice, out, selected, query, ctx.text().getString("export.reportTitle"),
                                n -> ctx.notice(ctx.dialogs().t("export.done", n, out)))));
    }

    public void backup() {
        ctx.saveAs().apply("kliping-backup.db").ifPresent(out ->
                exports.backup(out, n -> ctx.notice(ctx.dialogs().t("backup.done", n, out))));
    }

    /**
     * File → Restore…: a backup file, then an empty folder for the new archive (restoring never overwrites
     * the open archive); the confirmation says how to open it.
     */
    public void restore() {
        openBackup.get().ifPresent(backup -> chooseFolder.get().ifPresent(folder ->
                exports.restore(backup, folder, n -> ctx.notice(ctx.dialogs().t("restore.done", n, folder)))));
    }

    /** Asks for the backup to restore and the folder to restore into; tests replace the native choosers. */
    public java.util.function.Supplier<Optional<Path>> openBackup = this::chooseBackup;
    public java.util.function.Supplier<Optional<Path>> chooseFolder = this::chooseRestoreFolder;

    private Optional<Path> chooseBackup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text().getString("restore.chooser"));
        return Optional.ofNullable(chooser.showOpenDialog(ctx.stage())).map(File::toPath);
    }

    private Optional<Path> chooseRestoreFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(ctx.text().getString("restore.folder"));
        return Optional.ofNullable(chooser.showDialog(ctx.stage())).map(File::toPath);
    }

    private Optional<Path> chooseFile(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text().getString("export.chooser"));
        chooser.setInitialFileName(suggested);
        File f = chooser.showSaveDialog(ctx.stage());
        return Optional.ofNullable(f).map(File::toPath);
    }
}
