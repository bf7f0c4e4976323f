package org.kliping.ui.shell;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.kliping.service.ArticleEdit;
import org.kliping.ui.common.UiLanguage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The list's rows (snippet, ellipsis, columns, edits) and the dialogs' buttons, placement and help, in the window. */
public class ListAndDialogFlowsWindowTest extends WindowTestSupport {

    @Test
    void aSnippetHasALineOfItsOwnAsWideAsTheRowUnderTheTitle() throws Exception {
        onFx(() -> searchField().setText("Korea Utara"));
        waitUntil("results with snippets", () -> app.viewModel().list().searchingProperty().get() && !table().getItems().isEmpty()
                && !table().getItems().get(0).isPlaceholder() && robot.lookup("#rowSnippet").tryQuery().isPresent());
        double[] geometry = fx(() -> {
            TextFlow snippet = robot.lookup("#rowSnippet").queryAllAs(TextFlow.class).stream()
                    .filter(f -> f.isVisible() && !f.getChildren().isEmpty()).findFirst().orElseThrow();
            TableColumn<?, ?> title = table().getColumns().get(1);
            var row = snippet.getParent();
            TableCell<?, ?> titleCell = row.getChildrenUnmodifiable().stream().filter(n -> n instanceof TableCell<?, ?> c
                    && c.getTableColumn() == title).map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow();
            return new double[]{snippet.getWidth(), title.getWidth(), snippet.getBoundsInParent().getMinY(),
                    titleCell.getBoundsInParent().getMaxY()};
        });
        assertThat(geometry[0]).as("the snippet is wider than the Title column").isGreaterThan(geometry[1] + 50);
        assertThat(geometry[2]).as("the snippet is under the title").isGreaterThanOrEqualTo(geometry[3] - 0.5);
        assertThat(fx(() -> robot.lookup(".snippet-mark").queryAllAs(Text.class).stream().map(Text::getText).toList()))
                .anyMatch(w -> w.equalsIgnoreCase("Korea"));
    }

    @Test
    void aLongTitleIsCutAtAWordWithAnEllipsis() throws Exception {
        waitUntil("a title is cut", () -> shownTitles().stream().anyMatch(t -> t.endsWith("…")));
        List<String> titles = fx(() -> table().getItems().stream().map(i -> i.title()).toList());
        for (String shown : shownTitles()) {
            if (!shown.endsWith("…")) continue;
            String kept = shown.substring(0, shown.length() - 1).strip();
            String title = titles.stream().filter(t -> t.startsWith(kept)).findFirst().orElseThrow();
            assertThat(title.length()).isGreaterThan(kept.length());
            assertThat(Character.isLetterOrDigit(title.charAt(kept.length()))).as("cut between words: " + shown).isFalse();
        }
    }

    @Test
    void at1024x700EveryColumnIsInSightTagsIncluded() throws Exception {
        onFx(() -> {
            stage.setMaximized(false);
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        waitUntil("the window is 1024 wide", () -> stage.getScene().getWidth() <= 1024 && table().getWidth() > 0);
        for (int i = 0; i < 5; i++) onFx(() -> { });
        double[] widths = fx(() -> new double[]{table().getColumns().stream().mapToDouble(TableColumn::getWidth).sum(),
                table().getWidth()});
        assertThat(widths[0]).as("the columns' widths within the table's").isLessThanOrEqualTo(widths[1]);
        var tags = fx(() -> table().getColumns().get(table().getColumns().size() - 1));
        assertThat(fx(tags::getText)).isEqualTo("Tags");
        assertThat(fx(tags::getWidth)).isGreaterThanOrEqualTo(40);

        // a wide sidebar leaves the list less than every column's least width: a scroll bar reaches Tags
        onFx(() -> ((javafx.scene.control.SplitPane) app.view().root.lookup("#mainSplit")).setDividerPositions(0.3, 0.62));
        waitUntil("the list is narrower than its columns' least widths, and scrolls sideways", () -> {
            double sum = table().getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            return sum > table().getWidth() && robot.from(table()).lookup(".scroll-bar").queryAllAs(javafx.scene.control.ScrollBar.class)
                    .stream().anyMatch(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
        });
    }

    @Test
    void aRowShowsItsNewTitleAfterTheDetailsAreEdited() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        long id = fx(() -> table().getItems().get(0).id());
        waitUntil("the article is open", () -> app.viewModel().reader().detailsProperty().get() != null
                && app.viewModel().reader().detailsProperty().get().article().id() == id);
        onFx(() -> app.viewModel().reader().edit(new ArticleEdit("Judul baru yang disunting", null, null, null, null, null)));
        waitUntil("the row shows the new title", () -> table().getItems().stream()
                .anyMatch(i -> i.id() == id && i.title().equals("Judul baru yang disunting")));
    }

    @Test
    void datesAreShownOneWayInTheListAndTheReader() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        long id = fx(() -> table().getItems().get(0).id());
        waitUntil("the article is open", () -> app.viewModel().reader().detailsProperty().get() != null
                && app.viewModel().reader().detailsProperty().get().article().id() == id);
        onFx(() -> app.viewModel().reader().edit(new ArticleEdit(null, null, null, "2025-04-28", null, null)));
        waitUntil("the reader shows the date", () -> ((javafx.scene.control.Label) robot.lookup("#readerMeta").query())
                .getText().contains("Apr 28, 2025"));
        waitUntil("the row's date is written as in the reader", () -> robot.lookup(".table-cell").queryAllAs(Labeled.class)
                .stream().anyMatch(c -> "Apr 28, 2025".equals(c.getText())));
        assertThat(fx(() -> robot.lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().matches("\\d{4}-\\d{2}-\\d{2}")))).as("no ISO dates").isFalse();
    }

    @Test
    void helpShowsTheSearchSyntax() throws Exception {
        robot.clickOn("Help");
        robot.clickOn("Search syntax");
        waitUntil("the syntax is listed", () -> robot.lookup("#searchSyntaxList").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#searchSyntaxList .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList())).contains("\"Korea Utara\"", "tag:konflik");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void inTheIndonesianInterfaceTheDialogButtonsAreIndonesianAndTheDialogSitsOverTheWindow() throws Exception {
        org.testfx.api.FxToolkit.cleanupApplication(app);
        app = (KlipingApp) org.testfx.api.FxToolkit.setupApplication(() -> new KlipingApp(archiveDir, UiLanguage.INDONESIAN));
        waitUntil("the seeds are listed", () -> app.view() != null && table() != null && table().getItems().size() == 5
                && !table().getItems().get(0).isPlaceholder());
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        onFx(() -> app.view().context().actions().tag(List.of(table().getItems().get(0).id())));
        waitUntil("the tag dialog is shown", () -> robot.lookup("#tagField").tryQuery().isPresent());
        DialogPane pane = fx(() -> (DialogPane) robot.lookup("#tagField").query().getScene().getRoot());
        List<String> buttons = fx(() -> pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList());
        assertThat(buttons).contains("Batal").doesNotContain("Cancel");
        double[] where = fx(() -> {
            var w = pane.getScene().getWindow();
            return new double[]{w.getX() + w.getWidth() / 2, w.getY() + w.getHeight() / 2};
        });
        assertThat(where[0]).isBetween(stage.getX(), stage.getX() + stage.getWidth());
        assertThat(where[1]).isBetween(stage.getY(), stage.getY() + stage.getHeight());
        onFx(() -> ((Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
    }

    @Test
    void importingFilesAlreadyInTheArchiveNamesEachInTheSummary() throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(archiveDir.resolveSibling(archiveDir.getFileName() + "-again"));
        java.nio.file.Path copy = folder.resolve("lagi.txt");
        try (var seeds = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            java.nio.file.Files.copy(seeds.sorted().findFirst().orElseThrow(), copy);
        }
        onFx(() -> app.viewModel().imports().start(List.of(folder)));
        waitUntil("the import summary appears", () -> robot.lookup("#importProblems").tryQuery().isPresent());
        String lines = fx(() -> ((javafx.scene.control.TextArea) robot.lookup("#importProblems").query()).getText());
        assertThat(lines).contains("Already in the archive").contains("lagi.txt");
        assertThat(fx(() -> robot.lookup("#importProblems").query().getScene().getWindow().getWidth())).isGreaterThan(500);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    }

    private List<String> shownTitles() throws Exception {
        return fx(() -> robot.lookup(".title-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getText() != null && !c.getText().isEmpty() && c.getTextOverrun() == OverrunStyle.WORD_ELLIPSIS)
                .map(c -> ((Text) c.lookup(".text")).getText()).toList());
    }
}
