package org.kliping.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Help → About: the version, the license and the third-party notices, which the build generates from the
 * dependencies ({@code THIRD-PARTY.txt}, license-maven-plugin in pom.xml).
 */
final class AboutDialog {
    static final String NOTICES = "/THIRD-PARTY.txt";

    private AboutDialog() {
    }

    static Alert show(Window owner, ResourceBundle text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        if (owner != null) a.initOwner(owner);
        a.setTitle(text.getString("about.title"));
        a.setHeaderText(MessageFormat.format(text.getString("about.header"), version()));
        Label license = new Label(text.getString("about.license"));
        license.setWrapText(true);
        TextArea notices = new TextArea(notices());
        notices.setEditable(false);
        notices.setPrefRowCount(14);
        notices.setId("thirdPartyNotices");
        a.getDialogPane().setContent(new VBox(8, license, new Label(text.getString("about.thirdParty")), notices));
        var icon = AboutDialog.class.getResource("/org/kliping/ui/kliping-64.png");
        if (icon != null) a.setGraphic(new ImageView(new Image(icon.toExternalForm())));
        a.getDialogPane().setPrefWidth(640);
        a.show();
        return a;
    }

    /** The version in the jar's manifest, or "development" when run from class folders. */
    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** The generated notices; a build that did not generate them says so. */
    static String notices() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(NOTICES)) {
            if (in == null) return "(" + NOTICES.substring(1) + " is not in this build)";
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
