package org.kliping.ui.capture;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kliping.ui.common.UiPreferences;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The capture part of the preferences, kept with the archive (its feeds and its inbox): how often the feeds are
 * fetched while the window is open (0: only when asked), and the inbox folder (none until the user picks one).
 */
public final class CapturePreferences {

    public static final String FETCH_MINUTES = "feeds.fetchMinutes";
    public static final String INBOX_FOLDER = "inbox.folder";
    static final int MAX_MINUTES = 24 * 60;

    private final UiPreferences prefs;
    private final Spinner<Integer> minutes;
    private final TextField folder = new TextField();
    private final Label minutesLabel;
    private final Label folderLabel;
    private final HBox folderRow;

    public CapturePreferences(Window owner, ResourceBundle text, UiPreferences prefs) {
        this.prefs = prefs;
        minutes = new Spinner<>(0, MAX_MINUTES, fetchMinutes(prefs));
        minutes.setEditable(true);
        minutes.setId("fetchMinutes");
        minutesLabel = new Label(text.getString("prefs.fetchMinutes"));
        folder.setId("inboxFolder");
        folder.setPromptText(text.getString("prefs.inboxNone"));
        folder.setPrefColumnCount(24);
        folder.setText(inboxFolder(prefs).map(Path::toString).orElse(""));
        Button choose = new Button(text.getString("prefs.inboxChoose"));
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.getString("prefs.inbox"));
            File dir = chooser.showDialog(owner);
            if (dir != null) folder.setText(dir.toString());
        });
        Button clear = new Button(text.getString("prefs.inboxClear"));
        clear.setOnAction(e -> folder.clear());
        folderRow = new HBox(6, folder, choose, clear);
        folderLabel = new Label(text.getString("prefs.inbox"));
    }

    /** Adds the two rows to a preferences grid from {@code row} on. */
    public void addTo(GridPane grid, int row) {
        grid.addRow(row, minutesLabel, minutes);
        grid.addRow(row + 1, folderLabel, folderRow);
    }

    /** Keeps what the user chose. */
    public void save() {
        minutes.commitValue(); // a number typed but not yet entered
        prefs.put(FETCH_MINUTES, Integer.toString(minutes.getValue()));
        String dir = folder.getText() == null ? "" : folder.getText().strip();
        prefs.put(INBOX_FOLDER, dir.isEmpty() ? null : dir);
    }

    /** Minutes between two fetches of the feeds while the window is open; 0: only when asked. */
    public static int fetchMinutes(UiPreferences prefs) {
        try {
            int m = prefs.get(FETCH_MINUTES).map(String::strip).map(Integer::parseInt).orElse(0);
            return Math.max(0, Math.min(MAX_MINUTES, m));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The inbox folder picked, if any. */
    public static Optional<Path> inboxFolder(UiPreferences prefs) {
        return prefs.get(INBOX_FOLDER).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
    }
}
