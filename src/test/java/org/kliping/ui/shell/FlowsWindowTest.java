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

    @Test
    void deleteMovesTheSelectedArticleToTheTrashFromWhichItComesBack() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        long id = fx(() -> table().getItems().get(0).id());
        robot.clickOn("#articleTable");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil("the list shows four articles", () -> table().getItems().size() == 4
                && table().getItems().stream().noneMatch(i -> i.id() == id));
        waitUntil("the sidebar counts one in the Trash", () -> app.viewModel().sidebar().trashCountProperty().get() == 1
                && app.viewModel().sidebar().allCountProperty().get() == 4);
        assertThat(fx(() -> ((javafx.scene.control.Label) robot.lookup("#noticeLabel").query()).getText())).contains("Trash");

        onFx(() -> select(sidebar().getRoot(), "Trash"));
        waitUntil("the Trash lists the article", () -> table().getItems().size() == 1 && table().getItems().get(0).id() == id);
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        showRowMenu();
        waitUntil("the row menu offers a restore", () -> robot.lookup("Restore from Trash").tryQuery().isPresent());
        robot.clickOn("Restore from Trash");
        waitUntil("the Trash is empty again", () -> table().getItems().isEmpty()
                && app.viewModel().sidebar().trashCountProperty().get() == 0);
        onFx(() -> select(sidebar().getRoot(), "All articles"));
        waitUntil("all five are listed again", () -> table().getItems().size() == 5);
    }

    @Test
    void theRowMenuMarksAnArticleUnreadAgain() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        waitUntil("the opened article is read", () -> table().getItems().get(0).read());
        showRowMenu();
        waitUntil("the row menu shows", () -> robot.lookup("Mark as unread").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup(".context-menu .menu-item .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList()))
                .contains("Open", "Tag…", "Star / unstar", "Mark as unread", "Export…", "Move to Trash");
        robot.clickOn("Mark as unread");
        waitUntil("the row is unread again", () -> !table().getItems().get(0).read());
    }

    @Test
    void aSearchWithoutResultsSaysSoWithAHint() throws Exception {
        robot.clickOn("#searchField").write("zzqqxx");
        waitUntil("the search found nothing", () -> app.viewModel().list().searchingProperty().get() && table().getItems().isEmpty()
                && !app.viewModel().list().loadingProperty().get() && "zzqqxx".equals(app.viewModel().list().queryProperty().get()));
        String shown = fx(() -> ((javafx.scene.control.Label) table().getPlaceholder()).getText());
        assertThat(shown).startsWith("No results for \u201czzqqxx\u201d").contains("Esc").doesNotContain("Import");
        assertThat(fx(() -> ((javafx.scene.control.Label) robot.lookup("#resultLabel").query()).getText())).isEqualTo("no results");
    }

    /** The row menu, as a right click opens it (headless Monocle sends no context-menu request for a click). */
    private void showRowMenu() throws Exception {
        onFx(() -> table().getContextMenu().show(table(), javafx.geometry.Side.TOP, 40, 60));
    }

    /** Selects the first sidebar line whose label is {@code label}. */
    private boolean select(javafx.scene.control.TreeItem<org.kliping.ui.sidebar.SidebarEntry> item, String label) {
        for (var child : item.getChildren()) {
            if (child.getValue() instanceof org.kliping.ui.sidebar.SidebarEntry.Filter f && f.label().equals(label)) {
                sidebar().getSelectionModel().select(child);
                return true;
            }
            if (select(child, label)) return true;
        }
        return false;
    }
}
