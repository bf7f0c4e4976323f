package org.kliping.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.kliping.service.UserFolders;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ResourceBundle;

/**
 * An error dialog: a sentence by kind, the message naming the file, id or query, and, folded away, the details
 * (the exception and where it happened) with a button that opens the log folder, where the same is logged.
 */
public final class ErrorDetails {
    private static final System.Logger LOG = System.getLogger(ErrorDetails.class.getName());

    private ErrorDetails() {
    }

    /** Logs {@code e} and shows it; {@code header} says what kind of failure it is, in the user's language. */
    public static Alert show(Window owner, ResourceBundle text, String header, Throwable e) {
        LOG.log(System.Logger.Level.ERROR, header, e);
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        ButtonType openLogs = new ButtonType(text.getString("error.openLogs"), ButtonBar.ButtonData.LEFT);
        Alert a = new Alert(Alert.AlertType.ERROR, detail, ButtonType.OK, openLogs);
        if (owner != null) a.initOwner(owner);
        a.setHeaderText(header);
        TextArea trace = new TextArea(details(e));
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.setPrefRowCount(12);
        trace.setId("errorDetails");
        a.getDialogPane().setExpandableContent(trace);
        a.getDialogPane().lookupButton(openLogs).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open
            DesktopFolders.open(UserFolders.logsForThisProcess());
        });
        a.show();
        return a;
    }

    /** The exception with its causes and where each happened, as the log holds it. */
    static String details(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
