package org.kliping.ui.transfer;

import org.kliping.ui.common.*;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kliping.ui.common.WindowContext;

/**
 * The status bar: how many articles the archive holds, short notices that go away by themselves, and while an import
 * runs its counts, a progress bar and the cancel button (the import's summary follows in a dialog).
 */
public final class StatusPane {

    private final WindowContext ctx;
    private final ImportViewModel imports;
    private final LongProperty count = new SimpleLongProperty(this, "count");
    private final PauseTransition noticeFade = new PauseTransition(Duration.seconds(8));

    @FXML Label statusLabel;
    @FXML Label noticeLabel;
    @FXML HBox importBox;
    @FXML Label importLabel;
    @FXML ProgressBar importProgress;

    public StatusPane(WindowContext ctx, ImportViewModel imports) {
        this.ctx = ctx;
        this.imports = imports;
    }

    @FXML
    void initialize() {
        noticeFade.setOnFinished(e -> noticeLabel.setText(""));
        statusLabel.textProperty().bind(Bindings.createStringBinding(() -> ctx.dialogs().t("status.count", count.get()), count));
        importBox.visibleProperty().bind(imports.runningProperty());
        importBox.managedProperty().bind(imports.runningProperty());
        importProgress.progressProperty().bind(imports.progressProperty());
        importLabel.textProperty().bind(Bindings.createStringBinding(() -> ctx.dialogs().t("import.progress",
                        imports.doneProperty().get(), imports.totalProperty().get(), imports.importedProperty().get()),
                imports.doneProperty(), imports.totalProperty(), imports.importedProperty()));
        imports.reportProperty().addListener((obs, old, r) -> {
            if (r != null) ctx.dialogs().importSummary(r, imports.duplicates());
        });
    }

    /** The number of articles shown (the shell binds it to the sidebar's count). */
    public LongProperty countProperty() {
        return count;
    }

    /** A short confirmation that goes away by itself. */
    public void notice(String message) {
        noticeLabel.setText(message);
        noticeFade.playFromStart();
    }

    @FXML
    void cancelImport() {
        imports.cancel();
    }
}
