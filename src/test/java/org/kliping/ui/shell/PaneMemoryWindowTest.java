package org.kliping.ui.shell;

import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.kliping.ui.common.UiLanguage;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's notes pane that folds away, and the layout and article the window remembers across starts. */
public class PaneMemoryWindowTest extends WindowTestSupport {

    @Test
    void theEmptyNotesPaneFoldsAwayAndTheToggleUnderTheArticleBringsItBack() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        waitUntil("the article is open", () -> app.viewModel().reader().detailsProperty().get() != null);
        assertThat(fx(() -> app.viewModel().reader().annotations().isEmpty() && app.viewModel().reader().notes().isEmpty())).isTrue();
        assertThat(fx(() -> readerSplit().getItems().size())).as("no empty pane under the article").isEqualTo(1);
        assertThat(fx(() -> robot.lookup("#annotationList").tryQuery().map(n -> n.getScene() != null).orElse(false))).isFalse();

        robot.clickOn("#notesToggle");
        waitUntil("the pane shows", () -> readerSplit().getItems().size() == 2);
        assertThat(fx(() -> readerSplit().getDividerPositions()[0])).isGreaterThan(0.6);
        robot.clickOn("#notesToggle");
        waitUntil("and folds away again", () -> readerSplit().getItems().size() == 1);
        assertThat(fx(() -> ((ToggleButton) robot.lookup("#notesToggle").query()).getText())).contains("Highlights and notes");
    }

    @Test
    void theSplitsAndTheLastArticleAreThereAgainAtTheNextStart() throws Exception {
        long id = fx(() -> table().getItems().get(2).id());
        onFx(() -> table().getSelectionModel().clearAndSelect(2));
        waitUntil("the article is open", () -> app.viewModel().reader().detailsProperty().get() != null
                && app.viewModel().reader().detailsProperty().get().article().id() == id);
        onFx(() -> mainSplit().setDividerPositions(0.27, 0.6));
        double sidebar = fx(() -> mainSplit().getDividerPositions()[0]);
        org.testfx.api.FxToolkit.cleanupApplication(app);

        app = (KlipingApp) org.testfx.api.FxToolkit.setupApplication(() -> new KlipingApp(archiveDir, UiLanguage.ENGLISH));
        waitUntil("the last article is open again", () -> app.viewModel() != null
                && app.viewModel().reader().detailsProperty().get() != null
                && app.viewModel().reader().detailsProperty().get().article().id() == id);
        waitUntil("the sidebar is as wide as it was", () -> Math.abs(mainSplit().getDividerPositions()[0] - sidebar) < 0.01);
        assertThat(fx(() -> table().getSelectionModel().getSelectedItem().id())).isEqualTo(id);
    }

    @Test
    void at1024x700TheFiguresTableOfAStoryShowsSeveralRows() throws Exception {
        onFx(() -> {
            stage.setMaximized(false);
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        onFx(() -> table().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil("the comparison is listed", () -> robot.lookup("#comparisonTable").tryQuery().isPresent()
                && !robot.lookup("#comparisonTable").queryTableView().getItems().isEmpty());
        for (int i = 0; i < 5; i++) onFx(() -> { });
        double[] heights = fx(() -> {
            var figures = robot.lookup("#comparisonTable").queryTableView();
            var row = figures.lookup(".table-row-cell");
            return new double[]{figures.getHeight(), row == null ? 24 : row.getBoundsInLocal().getHeight()};
        });
        assertThat(heights[0]).as("the figures table's height").isGreaterThanOrEqualTo(170);
    }

    @Test
    void aStoryNamesAnArticleWithoutASourceAnUnknownOutletNeverByItsFileName() throws Exception {
        onFx(() -> table().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil("the comparison is listed", () -> robot.lookup("#comparisonTable").tryQuery().isPresent()
                && !robot.lookup("#comparisonTable").queryTableView().getItems().isEmpty());
        for (int i = 0; i < 5; i++) onFx(() -> { });
        java.util.List<String> shown = fx(() -> robot.from((javafx.scene.Node) robot.lookup("#storiesPane").query())
                .lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof javafx.scene.control.Labeled).queryAll()
                .stream().map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null).toList());
        assertThat(shown).noneMatch(t -> t.contains(".txt"));
        assertThat(String.join("\n", shown)).contains("unknown outlet");
    }

    @Test
    void aHighlightWithANoteShowsItsNoteInTheListAndOpensTheFoldedPane() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        waitUntil("the article is open", () -> app.viewModel().reader().detailsProperty().get() != null);
        assertThat(fx(() -> readerSplit().getItems().size())).isEqualTo(1);
        onFx(() -> app.viewModel().reader().highlight(0, 11, "yellow", "bandingkan dengan Kompas"));
        waitUntil("the pane shows the highlight", () -> readerSplit().getItems().size() == 2
                && !app.viewModel().reader().annotations().isEmpty());
        waitUntil("its cell shows the note", () -> robot.lookup("#annotationList .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().anyMatch(c -> c.getText() != null && c.getText().contains("bandingkan dengan Kompas")));
        double[] sizes = fx(() -> {
            javafx.scene.control.ListCell<?> cell = robot.lookup("#annotationList .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                    .stream().filter(c -> c.getText() != null && c.getText().contains("bandingkan")).findFirst().orElseThrow();
            javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.lookup(".text");
            return new double[]{cell.getHeight(), shown.getBoundsInLocal().getHeight(), shown.getText().contains("bandingkan") ? 1 : 0};
        });
        assertThat(sizes[2]).as("the note is not cut off").isEqualTo(1);
        assertThat(sizes[0]).as("the cell is tall enough for the quote and the note").isGreaterThanOrEqualTo(sizes[1]);
    }

    private SplitPane readerSplit() {
        return (SplitPane) app.view().root.lookup("#readerSplit");
    }

    private SplitPane mainSplit() {
        return (SplitPane) app.view().root.lookup("#mainSplit");
    }
}
