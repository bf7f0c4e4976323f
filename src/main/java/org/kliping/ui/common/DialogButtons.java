package org.kliping.ui.common;

import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every dialog of the application in the interface's language and in sight: JavaFX names its standard buttons (OK,
 * Cancel ...) in the JVM's language, and has no Indonesian, so each dialog's standard buttons are renamed as it
 * opens; a dialog without an owner window (before the main window shows) opens in the middle of the screen, not in
 * its top-left corner. Watches the application's windows once, so no dialog can be forgotten.
 */
public final class DialogButtons {

    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "button.ok", ButtonType.CANCEL, "button.cancel",
            ButtonType.CLOSE, "button.close", ButtonType.YES, "button.yes", ButtonType.NO, "button.no",
            ButtonType.APPLY, "button.apply");

    private volatile ResourceBundle text;
    private final ListChangeListener<Window> listener = c -> {
        while (c.next()) c.getAddedSubList().forEach(this::adopt);
    };
    private final EventHandler<WindowEvent> centerIfOwnerless = e -> {
        if (e.getSource() instanceof javafx.stage.Stage s && s.getOwner() == null) s.centerOnScreen();
    };

    private DialogButtons(ResourceBundle text) {
        this.text = text;
    }

    /** Starts watching the windows; {@link #uninstall} when the application stops. */
    public static DialogButtons install(ResourceBundle text) {
        DialogButtons buttons = new DialogButtons(text);
        Window.getWindows().addListener(buttons.listener);
        return buttons;
    }

    /** The language changed (the archive's settings chose another). */
    public void setText(ResourceBundle text) {
        this.text = text;
    }

    public void uninstall() {
        Window.getWindows().removeListener(listener);
    }

    private void adopt(Window w) {
        if (w.getScene() == null || !(w.getScene().getRoot() instanceof DialogPane pane)) return;
        translate(pane, text);
        w.removeEventHandler(WindowEvent.WINDOW_SHOWN, centerIfOwnerless);
        w.addEventHandler(WindowEvent.WINDOW_SHOWN, centerIfOwnerless);
    }

    /** Renames the standard buttons of {@code pane} as {@code text} has them. */
    public static void translate(DialogPane pane, ResourceBundle text) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            Node button = pane.lookupButton(type);
            if (key != null && text.containsKey(key) && button instanceof Labeled labeled) labeled.setText(text.getString(key));
        }
    }
}
