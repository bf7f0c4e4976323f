package org.kliping.ui.transfer;

import org.kliping.ui.common.*;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kliping.service.ExportService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Asks what to export (format) and which articles (scope); scopes without articles are not offered. */
public final class ExportDialog extends Dialog<ExportViewModel.Choice> {

    ExportDialog(Window owner, ResourceBundle text, boolean hasSelection, boolean hasSearch) {
        initOwner(owner);
        setTitle(text.getString("export.title"));
        setHeaderText(text.getString("export.header"));
        ComboBox<ExportService.Format> format = new ComboBox<>(FXCollections.observableArrayList(ExportService.Format.values()));
        format.setId("exportFormat");
        format.setConverter(names(text, "export.format."));
        format.getSelectionModel().select(ExportService.Format.JSON);
        List<ExportViewModel.Scope> scopes = new ArrayList<>(List.of(ExportViewModel.Scope.ARCHIVE));
        if (hasSelection) scopes.add(ExportViewModel.Scope.SELECTION);
        if (hasSearch) scopes.add(ExportViewModel.Scope.SEARCH);
        ComboBox<ExportViewModel.Scope> scope = new ComboBox<>(FXCollections.observableArrayList(scopes));
        scope.setId("exportScope");
        scope.setConverter(names(text, "export.scope."));
        scope.getSelectionModel().select(hasSearch ? ExportViewModel.Scope.SEARCH : ExportViewModel.Scope.ARCHIVE);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(text.getString("export.format")), format);
        grid.addRow(1, new Label(text.getString("export.scope")), scope);
        getDialogPane().setContent(grid);
        ButtonType go = new ButtonType(text.getString("export.go"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        getDialogPane().lookupButton(go).setId("exportGo");
        setResultConverter(b -> b == go ? new ExportViewModel.Choice(format.getValue(), scope.getValue()) : null);
    }

    private static <E extends Enum<E>> StringConverter<E> names(ResourceBundle text, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : text.getString(prefix + e.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public E fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
