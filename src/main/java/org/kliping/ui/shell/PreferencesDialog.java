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
 * Theme, language, text size and the reader's line width, and how feeds and the inbox folder are followed
 * ({@link org.kliping.ui.capture.CapturePreferences}). All but the language change at once; the language from the next
 * start (the window is built in one language). Choices are kept in the window settings, written when the window closes.
 */
public final class PreferencesDialog extends Dialog<ButtonType> {

    PreferencesDialog(Window owner, ResourceBundle text, UiPreferences prefs) {
        this(owner, text, prefs, null);
    }

    /** With {@code ctx}, the text size and the reader's line width change in the window at once. */
    PreferencesDialog(Window owner, ResourceBundle text, UiPreferences prefs, WindowContext ctx) {
        initOwner(owner);
        setTitle(text.getString("prefs.title"));
        ComboBox<String> theme = choice(text, "prefs.theme.", List.of("system", "light", "dark"),
                prefs.get(UiPreferences.THEME).orElse("system"));
        theme.setId("themeChoice");
        ComboBox<String> language = choice(text, "prefs.language.", List.of("system", "id", "en"),
                prefs.get(UiPreferences.LANGUAGE).orElse("system"));
        language.setId("languageChoice");
        ComboBox<Integer> size = new ComboBox<>();
        size.getItems().setAll(TextSize.SIZES);
        size.setValue(TextSize.of(prefs));
        size.setId("textSizeChoice");
        size.setConverter(numbers(n -> Dialogs.format(text, "prefs.textSize.value", n,
                n == TextSize.NORMAL ? text.getString("prefs.textSize.normal") : "")));
        ComboBox<Integer> width = new ComboBox<>();
        width.getItems().setAll(TextSize.LINE_WIDTHS);
        width.setValue(TextSize.LINE_WIDTHS.contains(TextSize.lineWidthOf(prefs)) ? TextSize.lineWidthOf(prefs) : 0);
        width.setId("lineWidthChoice");
        width.setConverter(numbers(n -> n == 0 ? text.getString("prefs.lineWidth.full")
                : Dialogs.format(text, "prefs.lineWidth.chars", n)));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(text.getString("prefs.theme")), theme);
        grid.addRow(1, new Label(text.getString("prefs.language")), language);
        grid.add(new Label(text.getString("prefs.languageNote")), 0, 2, 2, 1);
        Label sizeLabel = new Label(text.getString("prefs.textSize"));
        sizeLabel.setLabelFor(size);
        Label widthLabel = new Label(text.getString("prefs.lineWidth"));
        widthLabel.setLabelFor(width);
        grid.addRow(3, sizeLabel, size);
        grid.addRow(4, widthLabel, width);
        var capture = new org.kliping.ui.capture.CapturePreferences(owner, text, prefs);
        capture.addTo(grid, 5);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> {
            if (b == ButtonType.OK) {
                prefs.put(UiPreferences.THEME, theme.getValue());
                prefs.put(UiPreferences.LANGUAGE, language.getValue());
                capture.save();
                prefs.put(UiPreferences.TEXT_SIZE, size.getValue() == TextSize.NORMAL ? null : size.getValue().toString());
                prefs.put(UiPreferences.READER_LINE_WIDTH, width.getValue() == 0 ? null : width.getValue().toString());
                if (ctx != null) {
                    ctx.textSizeProperty().set(size.getValue());
                    ctx.readerLineWidthProperty().set(width.getValue());
                }
                UiTheme resolved = UiTheme.resolve(theme.getValue(), System.getenv());
                if (owner != null && owner.getScene() != null) resolved.applyTo(owner.getScene().getRoot());
                else resolved.apply();
            }
            return b;
        });
    }

    private static StringConverter<Integer> numbers(java.util.function.IntFunction<String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : label.apply(v);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
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
