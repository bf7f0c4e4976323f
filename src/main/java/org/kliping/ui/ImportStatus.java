package org.kliping.ui;

import javafx.beans.binding.Bindings;

/** The status bar's import part: counts, a progress bar and the cancel button while an import runs. */
final class ImportStatus {

    private ImportStatus() {
    }

    static void configure(MainView v) {
        ImportViewModel imports = v.vm.imports();
        v.importBox.visibleProperty().bind(imports.runningProperty());
        v.importBox.managedProperty().bind(imports.runningProperty());
        v.importProgress.progressProperty().bind(imports.progressProperty());
        v.importLabel.textProperty().bind(Bindings.createStringBinding(() -> v.dialogs.t("import.progress",
                        imports.doneProperty().get(), imports.totalProperty().get(), imports.importedProperty().get()),
                imports.doneProperty(), imports.totalProperty(), imports.importedProperty()));
        imports.reportProperty().addListener((obs, old, r) -> {
            if (r != null) v.dialogs.importSummary(r);
        });
    }
}
