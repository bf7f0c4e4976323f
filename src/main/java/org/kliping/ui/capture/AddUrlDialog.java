package org.kliping.ui.capture;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kliping.ui.common.Dialogs;
import org.kliping.ui.common.WindowContext;

import java.util.List;

/**
 * File → Add from URL… (Ctrl+L): one address or a pasted list, clipped with a progress bar, a Stop button and one line
 * per address saying what came of it. Closing the dialog while it runs stops after the page in hand (what is clipped
 * stays). Shown without waiting, so the window stays usable.
 */
final class AddUrlDialog extends Dialog<Void> {

    private final ClipViewModel vm;
    private final TextArea addresses = new TextArea();
    private final Label summary = new Label();
    private final Dialogs d;

    AddUrlDialog(WindowContext ctx, ClipViewModel vm) {
        this.vm = vm;
        this.d = ctx.dialogs();
        initOwner(ctx.stage());
        setTitle(d.t("clip.title"));
        setHeaderText(d.t("clip.header"));
        setResizable(true);
        addresses.setId("clipAddresses");
        addresses.setPromptText("https://…");
        addresses.setPrefRowCount(4);
        addresses.setPrefColumnCount(48);
        ProgressBar progress = new ProgressBar();
        progress.setId("clipProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        Button stop = new Button(d.t("clip.stop"));
        stop.setId("clipStop");
        stop.setOnAction(e -> vm.cancel());
        stop.disableProperty().bind(vm.runningProperty().not());
        HBox progressRow = new HBox(8, progress, stop);
        HBox.setHgrow(progress, Priority.ALWAYS);
        ListView<ClipViewModel.UrlResult> results = new ListView<>(vm.results());
        results.setId("clipResults");
        results.setPrefHeight(180);
        results.setCellFactory(l -> new ResultCell(d));
        summary.setId("clipSummary");
        VBox content = new VBox(8, addresses, progressRow, results, summary);
        VBox.setVgrow(results, Priority.ALWAYS);
        getDialogPane().setContent(content);
        ButtonType clip = new ButtonType(d.t("clip.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(clip, ButtonType.CLOSE);
        Button clipButton = (Button) getDialogPane().lookupButton(clip);
        clipButton.setId("clipStart");
        clipButton.disableProperty().bind(vm.runningProperty().or(addresses.textProperty().isEmpty()));
        clipButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to show the results
            start(ClipViewModel.addressesIn(addresses.getText()));
        });
        setOnHidden(e -> vm.cancel());
        Dialogs.focusWhenShown(this, addresses, () -> { });
    }

    /** Fills in the addresses and clips them at once (pasted on the list). */
    void clipNow(List<String> urls) {
        addresses.setText(String.join("\n", urls));
        start(urls);
    }

    private void start(List<String> urls) {
        summary.textProperty().unbind();
        if (urls.isEmpty()) {
            summary.setText(d.t("clip.noAddress"));
            return;
        }
        summary.textProperty().bind(Bindings.createStringBinding(() -> vm.reportProperty().get() == null ? ""
                : d.t("clip.summary", vm.reportProperty().get().imported(), vm.reportProperty().get().duplicates(),
                vm.reportProperty().get().rejected().size()), vm.reportProperty()));
        vm.start(urls);
    }

    private static final class ResultCell extends ListCell<ClipViewModel.UrlResult> {
        private final Dialogs d;

        ResultCell(Dialogs d) {
            this.d = d;
        }

        @Override
        protected void updateItem(ClipViewModel.UrlResult r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().remove("clip-failed");
            if (empty || r == null) {
                setText(null);
                return;
            }
            setText(d.t("clip.outcome." + r.outcome().name().toLowerCase(java.util.Locale.ROOT), r.url(), r.message()));
            if (r.outcome() == ClipViewModel.Outcome.FAILED) getStyleClass().add("clip-failed");
        }
    }
}
