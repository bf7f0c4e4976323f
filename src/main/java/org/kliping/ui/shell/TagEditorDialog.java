package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Edits the tags of the selected articles as one comma-separated line, completing the word being typed
 * from the existing tags (Down to the suggestions, Enter or a click to take one).
 */
public final class TagEditorDialog extends Dialog<List<String>> {

    private final TextField field = new TextField();
    private final ListView<String> suggestions = new ListView<>();
    private final List<String> known;

    TagEditorDialog(Window owner, ResourceBundle text, int articleCount, List<String> current, List<String> known) {
        this.known = List.copyOf(known);
        initOwner(owner);
        setTitle(text.getString("tagDialog.title"));
        setHeaderText(java.text.MessageFormat.format(text.getString("tagDialog.header"), articleCount));
        field.setId("tagField");
        field.setText(current.isEmpty() ? "" : String.join(", ", current) + ", ");
        suggestions.setId("tagSuggestions");
        suggestions.setPrefHeight(140);
        suggestions.setItems(FXCollections.observableArrayList());
        field.textProperty().addListener((obs, old, now) -> suggest());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !suggestions.getItems().isEmpty()) {
                suggestions.requestFocus();
                suggestions.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        suggestions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                complete(suggestions.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        suggestions.setOnMouseClicked(e -> complete(suggestions.getSelectionModel().getSelectedItem()));
        Label hint = new Label(text.getString("tagDialog.hint"));
        hint.setWrapText(true);
        VBox box = new VBox(6, hint, field, suggestions);
        box.setPrefWidth(420);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? parse(field.getText()) : null);
        Dialogs.focusWhenShown(this, field, field::end);
        suggest();
    }

    /** Splits the line into tag names, dropping empty entries and repeats. */
    static List<String> parse(String line) {
        List<String> tags = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String part : line.split(",")) {
            String t = part.strip();
            if (!t.isEmpty() && seen.add(t.toLowerCase(Locale.ROOT))) tags.add(t);
        }
        return tags;
    }

    private String lastWord() {
        String t = field.getText();
        int comma = t.lastIndexOf(',');
        return t.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
    }

    private void suggest() {
        String word = lastWord();
        List<String> typed = Arrays.stream(field.getText().split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        ObservableList<String> items = suggestions.getItems();
        items.setAll(known.stream().filter(k -> k.toLowerCase(Locale.ROOT).contains(word))
                .filter(k -> !typed.contains(k.toLowerCase(Locale.ROOT))).limit(50).toList());
    }

    private void complete(String tag) {
        if (tag == null) return;
        String t = field.getText();
        int comma = t.lastIndexOf(',');
        String head = comma < 0 ? "" : t.substring(0, comma + 1) + " ";
        field.setText(head + tag + ", ");
        field.requestFocus();
        field.end();
    }
}
