package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;


import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kliping.service.ExportService;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The File menu's export, the Stories pane and their shortcuts, on the real window. */
public class StoriesAndExportWindowTest extends WindowTestSupport {

    @Test
    void exportFromTheMenuWritesTheChosenFormat() throws Exception {
        Path out = archiveDir.resolveSibling(archiveDir.getFileName() + "-export.csv");
        onFx(() -> app.view().context().setSaveAs(suggested -> Optional.of(out)));
        robot.clickOn("File").clickOn("Export…");
        waitUntil("the export dialog opens", () -> robot.lookup("#exportFormat").tryQuery().isPresent());
        onFx(() -> robot.lookup("#exportFormat").<ComboBox<ExportService.Format>>query().setValue(ExportService.Format.CSV));
        robot.clickOn("#exportGo");
        waitUntil("the confirmation shows", () -> ((Label) robot.lookup("#noticeLabel").query()).getText().contains("5"));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(String.join("\n", lines)).contains("Putin Umumkan Perebutan Kembali Wilayah Kursk");
    }

    @Test
    void theStoriesShortcutShowsBothTroopFiguresAndAClickOpensTheSentence() throws Exception {
        onFx(() -> table().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the comparison lists 12.000 and 14.000", () -> values().contains("12.000 (sekitar)")
                && values().contains("14.000 (sekitar)"));
        assertThat(fx(() -> app.view().root.lookup("#storiesHolder").isVisible() && !app.view().root.lookup("#listPane").isVisible())).isTrue();

        java.util.function.Predicate<Node> twelveCell = n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "12.000 (sekitar)".equals(c.getItem());
        // the model has the row before the table has drawn its cell
        waitUntil("the comparison table draws 12.000", () -> fx(() -> robot.lookup("#comparisonTable .table-cell")
                .lookup(twelveCell::test).tryQuery().isPresent()));
        Node twelve = fx(() -> robot.lookup("#comparisonTable .table-cell").lookup(twelveCell::test).query());
        robot.clickOn(twelve);
        waitUntil("the reader selects the sentence with 12.000", () -> reader().getSelectedText()
                .contains("12.000"));
        long claimed = fx(() -> comparison().getItems().stream().filter(l -> l.claim().valueText().equals("12.000"))
                .findFirst().orElseThrow().claim().articleId());
        assertThat(fx(() -> app.viewModel().reader().detailsProperty().get().article().id())).isEqualTo(claimed);

        onFx(() -> ((javafx.scene.control.ListView<org.kliping.domain.Article>) robot.lookup("#storyTimeline").query()).requestFocus());
        robot.type(KeyCode.J).type(KeyCode.J);
        long secondOfTimeline = fx(() -> ((javafx.scene.control.ListView<org.kliping.domain.Article>) robot.lookup("#storyTimeline").query()).getItems().get(1).id());
        assertThat(secondOfTimeline).isNotEqualTo(claimed);
        waitUntil("J, J open the second article of the timeline", () -> app.viewModel().reader().detailsProperty().get()
                .article().id() == secondOfTimeline);

        Node kim = fx(() -> robot.lookup(".name-chip").lookup((Node n) -> n instanceof javafx.scene.control.Label l
                && l.getText().startsWith("Kim Jong Un")).query());
        robot.clickOn(kim);
        waitUntil("the name narrows the timeline to the four articles naming him",
                () -> ((javafx.scene.control.ListView<org.kliping.domain.Article>) robot.lookup("#storyTimeline").query()).getItems().size() == 4);
        assertThat(values()).contains("14.000 (sekitar)").doesNotContain("76.000 (lebih dari)");
        Node selected = fx(() -> robot.lookup(".name-chip-selected").query());
        robot.clickOn(selected);
        waitUntil("a second click shows the whole story", () -> ((javafx.scene.control.ListView<org.kliping.domain.Article>) robot.lookup("#storyTimeline").query()).getItems().size() == 5);
    }

    @Test
    void ctrlFMovesToTheSearchBoxAndF1ListsTheShortcuts() throws Exception {
        onFx(() -> table().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil("the search box has the focus", () -> searchField().isFocused());
        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitUntil("the shortcut list opens", () -> robot.lookup("#shortcutList").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#shortcutList .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList())).contains("Ctrl+Shift+S");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private TableView<StoriesView.ClaimLine> comparison() {
        return robot.lookup("#comparisonTable").queryTableView();
    }

    private List<String> values() {
        return comparison().getItems().stream().map(l -> l.claim().valueText()
                + (l.claim().qualifier() == null || l.claim().qualifier().isBlank() ? "" : " (" + l.claim().qualifier() + ")"))
                .toList();
    }
}
