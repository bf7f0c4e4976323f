package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;


import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The everyday keyboard flows a newcomer tried, each driven through the real window. */
public class FlowsWindowTest extends WindowTestSupport {

    @Test
    void theTagDialogOpensWithTheFocusInItsFieldSoTypingAndEnterTag() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        long id = fx(() -> table().getItems().get(0).id());
        robot.clickOn("#articleTable");
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil("the tag dialog is shown", () -> robot.lookup("#tagField").tryQuery().isPresent());
        waitUntil("the tag field has the focus", () -> {
            Node field = robot.lookup("#tagField").query();
            return field.isFocused();
        });
        robot.targetWindow(fx(() -> robot.lookup("#tagField").query().getScene().getWindow())); // typed, never clicked
        robot.write("konflik perang");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil("the row shows the new tag", () -> table().getItems().stream()
                .filter(i -> i.id() == id).findFirst().orElseThrow().tags().contains("konflik perang"));
    }

    @Test
    void theNoteDialogOpensWithTheFocusInItsField() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        waitUntil("the reader shows the article", () -> app.viewModel().reader().detailsProperty().get() != null);
        robot.clickOn("#articleTable");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil("the note dialog is shown", () -> robot.lookup("#noteField").tryQuery().isPresent());
        waitUntil("the note field has the focus", () -> robot.lookup("#noteField").query().isFocused());
        robot.targetWindow(fx(() -> robot.lookup("#noteField").query().getScene().getWindow()));
        robot.write("catatan saya");
        waitUntil("the note field holds what was typed", () -> robot.lookup("#noteField")
                .queryAs(javafx.scene.control.TextArea.class).getText().equals("catatan saya"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
