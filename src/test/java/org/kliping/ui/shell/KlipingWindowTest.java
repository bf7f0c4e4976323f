package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;


import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kliping.domain.Annotation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real window (headless Monocle) on a fresh archive in a temporary folder. */
public class KlipingWindowTest extends WindowTestSupport {

    @Test
    void firstLaunchShowsTheSeeds() throws Exception {
        List<String> titles = fx(() -> table().getItems().stream().map(ArticleItem::title).toList());
        assertThat(titles).hasSize(5).anyMatch(t -> t.startsWith("Putin Umumkan Perebutan Kembali Wilayah Kursk"));
        assertThat(fx(() -> stage.getTitle())).startsWith("Kliping");
        assertThat(fx(() -> table().getItems().stream().noneMatch(ArticleItem::read))).isTrue();
    }

    @Test
    void searchNarrowsTheListAndMarksTheHitsInTheReader() throws Exception {
        robot.clickOn("#searchField").write("Gerasimov");
        waitUntil("the list shows the two articles naming Gerasimov", () -> table().getItems().size() == 2
                && app.viewModel().list().searchingProperty().get());
        fx(() -> {
            table().getSelectionModel().select(0);
            return null;
        });
        waitUntil("the reader marks the hits", () -> !app.viewModel().reader().hits().isEmpty());
        String body = fx(() -> reader().getText());
        HitFinder.Range first = fx(() -> app.viewModel().reader().hits().get(0));
        assertThat(body.substring(first.start(), first.end())).isEqualToIgnoringCase("Gerasimov");
        assertThat(fx(() -> ((Label) robot.lookup(".hit-label").query()).getText())).startsWith("1 / ");

        robot.clickOn("#searchField").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil("clearing the query lists everything again", () -> table().getItems().size() == 5);
    }

    @Test
    void clickingAColumnHeaderSortsTheList() throws Exception {
        javafx.scene.Node titleHeader = columnHeader("Title");
        robot.clickOn(titleHeader);
        waitUntil("the list is sorted by title", () -> allFiveSortedByTitle(BY_TITLE));
        assertThat(fx(() -> table().getSortOrder().size())).as("the header keeps its sort arrow").isEqualTo(1);
        robot.clickOn(titleHeader);
        waitUntil("a second click sorts it the other way", () -> allFiveSortedByTitle(BY_TITLE.reversed()));
    }

    @Test
    void whileSearchingTheTitleHeaderHasNoArrowAndTheListKeepsItsOrderForAfterwards() throws Exception {
        javafx.scene.Node titleHeader = columnHeader("Title");
        robot.clickOn(titleHeader);
        waitUntil("the list is sorted by title", () -> allFiveSortedByTitle(BY_TITLE));
        var titleColumn = fx(() -> table().getSortOrder().get(0));

        robot.clickOn("#searchField").write("Korea Utara");
        waitUntil("the search results are shown", () -> app.viewModel().list().searchingProperty().get()
                && !table().getItems().isEmpty());
        assertThat(fx(() -> table().getSortOrder())).as("search results are not in title order: no arrow").isEmpty();
        assertThat(fx(titleColumn::isSortable)).isFalse();
        robot.clickOn("#searchField").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil("the list is back, still sorted by title", () -> !app.viewModel().list().searchingProperty().get()
                && allFiveSortedByTitle(BY_TITLE));
        assertThat(fx(() -> List.copyOf(table().getSortOrder()))).containsExactly(titleColumn);
        assertThat(fx(titleColumn::isSortable)).isTrue();
    }

    private static final java.util.Comparator<String> BY_TITLE = String.CASE_INSENSITIVE_ORDER;

    private javafx.scene.Node columnHeader(String name) throws Exception {
        return fx(() -> robot.lookup(".column-header").queryAll().stream()
                .filter(n -> n.lookup(".label") instanceof Label l && l.getText().equals(name)).findFirst().orElseThrow());
    }

    /** Called on the FX thread (inside {@link #waitUntil}). */
    private boolean allFiveSortedByTitle(java.util.Comparator<String> order) {
        List<String> titles = table().getItems().stream().map(ArticleItem::title).toList();
        return titles.size() == 5 && titles.equals(titles.stream().sorted(order).toList());
    }

    @Test
    void jAndKMoveThroughTheArticlesAndOpeningOneMarksItRead() throws Exception {
        fx(() -> {
            table().requestFocus();
            return null;
        });
        robot.type(KeyCode.J).type(KeyCode.J);
        waitUntil("the second article is open", () -> app.viewModel().reader().detailsProperty().get() != null
                && app.viewModel().reader().detailsProperty().get().article().id() == table().getItems().get(1).id());
        robot.type(KeyCode.K);
        waitUntil("the first article is open", () -> app.viewModel().reader().detailsProperty().get().article().id()
                == table().getItems().get(0).id());
        waitUntil("both opened rows are no longer bold", () -> table().getItems().get(0).read()
                && table().getItems().get(1).read() && !table().getItems().get(2).read());
        waitUntil("the sidebar counts three unread", () -> app.viewModel().sidebar().unreadCountProperty().get() == 3);
    }

    @Test
    void tagTheSelectedArticlesFromTheTagEditor() throws Exception {
        fx(() -> {
            table().getSelectionModel().selectRange(0, 2);
            table().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil("the tag editor opens", () -> robot.lookup("#tagField").tryQuery().isPresent());
        robot.clickOn("#tagField").write("konflik/rusia-ukraina").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil("both rows carry the tag", () -> table().getItems().stream()
                .filter(i -> i.tags().contains("konflik/rusia-ukraina")).count() == 2);
        waitUntil("the sidebar lists the tag", () -> app.viewModel().sidebar().tags().stream()
                .anyMatch(t -> t.name().equals("konflik/rusia-ukraina") && t.count() == 2));
    }

    @Test
    void highlightASentenceAndAddANote() throws Exception {
        fx(() -> {
            table().getSelectionModel().select(0);
            return null;
        });
        waitUntil("the reader shows the article", () -> reader() != null && reader().getLength() > 0);
        String body = fx(() -> reader().getText());
        int end = body.indexOf('.') + 1;
        fx(() -> {
            reader().selectRange(0, end);
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        waitUntil("the highlight is listed", () -> app.viewModel().reader().annotations().size() == 1);
        Annotation highlight = fx(() -> app.viewModel().reader().annotations().get(0));
        assertThat(highlight.quote()).isEqualTo(body.substring(0, end));

        int second = body.indexOf("\n\n") + 2;
        fx(() -> {
            reader().selectRange(second, second + 20);
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil("the note dialog opens", () -> robot.lookup("#noteField").tryQuery().isPresent());
        robot.clickOn("#noteField").write("cek angka korban");
        robot.clickOn("OK");
        waitUntil("the noted highlight is listed", () -> app.viewModel().reader().annotations().stream()
                .anyMatch(a -> "cek angka korban".equals(a.note())));
        assertThat(fx(() -> ((ListView<?>) robot.lookup("#annotationList").query()).getItems())).hasSize(2);
    }

    @Test
    void importAFolderShowsProgressAndASummary() throws Exception {
        Path folder = Files.createDirectories(archiveDir.resolveSibling(archiveDir.getFileName() + "-import"));
        for (int i = 1; i <= 12; i++) {
            Files.writeString(folder.resolve("berita-" + i + ".txt"), "Berita percobaan nomor " + i
                    + "\n\nJAKARTA – Isi berita percobaan nomor " + i + " tentang banjir di kota.\n", StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("kosong.txt"), "", StandardCharsets.UTF_8);
        List<Double> seen = new CopyOnWriteArrayList<>();
        fx(() -> {
            ImportViewModel imports = app.viewModel().imports();
            imports.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));
            imports.start(List.of(folder));
            return null;
        });
        waitUntil("the import summary appears", () -> robot.lookup("#importProblems").tryQuery().isPresent());
        waitUntil("the new articles are listed", () -> table().getItems().size() == 17);
        assertThat(seen).anyMatch(p -> p > 0 && p < 1).contains(1.0);
        String problems = fx(() -> ((javafx.scene.control.TextArea) robot.lookup("#importProblems").query()).getText());
        assertThat(problems).contains("kosong.txt");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    }
}
