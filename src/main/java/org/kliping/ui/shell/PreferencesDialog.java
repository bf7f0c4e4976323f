package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;
import java.util.ResourceBundle;

/**
 * Theme and language, and how feeds and the inbox folder are followed ({@link org.kliping.ui.capture.CapturePreferences}). The theme changes at once; the language from the next start (the window is built
 * in one language). Choices are kept in the window settings, written when the window closes.
 */
public final class PreferencesDialog extends Dialog<ButtonType> {

    PreferencesDialog(Window owner, ResourceBundle text, UiPreferences prefs) {
        initOwner(owner);
        setTitle(text.getString("prefs.title"));
        ComboBox<String> theme = choice(text, "prefs.theme.", List.of("system", "light", "dark"),
                prefs.get(UiPreferences.THEME).orElse("system"));
        theme.setId("themeChoice");
        ComboBox<String> language = choice(text, "prefs.language.", List.of("system", "id", "en"),
                prefs.get(UiPreferences.LANGUAGE).orElse("system"));
        language.setId("languageChoice");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(text.getString("prefs.theme")), theme);
        grid.addRow(1, new Label(text.getString("prefs.language")), language);
        grid.add(new Label(text.getString("prefs.languageNote")), 0, 2, 2, 1);
        var capture = new org.kliping.ui.capture.CapturePreferences(owner, text, prefs);
        capture.addTo(grid, 3);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> {
            if (b == ButtonType.OK) {
                prefs.put(UiPreferences.THEME, theme.getValue());
                prefs.put(UiPreferences.LANGUAGE, language.getValue());
                capture.save();
                UiTheme.resolve(theme.getValue(), System.getenv()).apply();
            }
            return b;
        });
    }

    private static ComboBox<String> choice(ResourceBundle text, String prefix, List<String> values, String current) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setValue(values.contains(current) ? current : values.get(0));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : text.getString(prefix + v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return box;
    }
}
