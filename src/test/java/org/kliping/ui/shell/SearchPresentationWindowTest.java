package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;


import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the window presents what the index answers: snippets with marked words, facet counts that narrow
 * the query with a click, and a refused query told under the box. The answers are set on the view models
 * directly, so these tests hold whatever the index in this build returns.
 */
public class SearchPresentationWindowTest extends WindowTestSupport {

    @Test
    void aSnippetShowsUnderTheTitleWithTheMatchedWordsMarked() throws Exception {
        ArticleItem hit = new ArticleItem(1, "Putin Umumkan Perebutan Kembali Wilayah Kursk", "Kompas TV", "Moskow",
                null, null, List.of(), false, true, "tentara Korea Utara dalam <mark>membebaskan</mark> wilayah &amp; <mark>bebas</mark>");
        onFx(() -> {
            // the rows are set without a search: give them the height a search's rows have (the table does so while
            // searching), or the snippet has no line under the cells to go on
            table().setFixedCellSize(58);
            app.viewModel().list().rowsProperty().set(new PagedRows(new QueuedBackground(), (o, l) -> new RowSource.Loaded(1, List.of(hit), null), 1, List.of(hit), e -> { }));
        });
        waitUntil("the snippet is drawn", () -> robot.lookup(".snippet-mark").tryQuery().isPresent());
        Set<String> marked = fx(() -> robot.lookup(".snippet-mark").queryAllAs(Text.class).stream()
                .map(Text::getText).collect(Collectors.toSet()));
        assertThat(marked).containsExactlyInAnyOrder("membebaskan", "bebas");
        String plain = fx(() -> robot.lookup(".snippet-text").queryAllAs(Text.class).stream()
                .map(Text::getText).collect(Collectors.joining()));
        assertThat(plain).contains("tentara Korea Utara dalam").contains(" wilayah & ");
    }

    @Test
    void aFacetInTheSidebarNarrowsTheQueryWithAClick() throws Exception {
        onFx(() -> {
            app.viewModel().list().queryProperty().set("pasukan");
            app.viewModel().list().facetsProperty().set(Map.of("source", Map.of("Kompas TV", 2L, "Detik", 1L)));
        });
        waitUntil("the facet is listed", () -> findFacet("Kompas TV") != null);
        onFx(() -> sidebar().getSelectionModel().select(findFacet("Kompas TV")));
        assertThat(fx(() -> searchField().getText())).isEqualTo("pasukan source:\"Kompas TV\"");
    }

    @Test
    void aSoftlyRankedSearchSaysHowManyHaveAllWordsAndHowManySome() throws Exception {
        robot.clickOn("#searchField").write("Gerasimov pasukan");
        waitUntil("the count says how many have all the words", () -> labelStartingWith("2 with all words, 5 with some"));
        onFx(() -> searchField().setText("Gerasimov"));
        waitUntil("one word: a plain count", () -> labelStartingWith("2 results"));
    }

    @Test
    void aRefusedQueryIsToldUnderTheSearchBox() throws Exception {
        onFx(() -> app.viewModel().list().queryErrorProperty().set("query '((': unbalanced parentheses"));
        Label error = fx(() -> ((Label) robot.lookup("#queryError").query()));
        assertThat(fx(error::isVisible)).isTrue();
        assertThat(fx(error::getText)).contains("unbalanced");
        robot.clickOn("#searchField").write("Kursk");
        waitUntil("a good query clears the message", () -> !error.isVisible());
    }

    @Test
    void theLastQueryAndWindowSizeAreRememberedAtTheNextStart() throws Exception {
        robot.clickOn("#searchField").write("Kursk");
        onFx(() -> stage.setWidth(1111));
        org.testfx.api.FxToolkit.cleanupApplication(app);
        assertThat(archiveDir.resolve(UiPreferences.FILE_NAME)).exists();

        app = (KlipingApp) org.testfx.api.FxToolkit.setupApplication(() -> new KlipingApp(archiveDir, UiLanguage.ENGLISH));
        waitUntil("the window is back", () -> app.view() != null);
        assertThat(fx(() -> searchField().getText())).isEqualTo("Kursk");
        assertThat(fx(stage::getWidth)).isEqualTo(1111);
        waitUntil("the remembered search is run", () -> app.viewModel().list().searchingProperty().get());
    }

    private TreeItem<SidebarEntry> findFacet(String value) {
        return find(sidebar().getRoot(), value);
    }

    private static TreeItem<SidebarEntry> find(TreeItem<SidebarEntry> item, String value) {
        if (item.getValue() instanceof SidebarEntry.Facet f && f.value().equals(value)) return item;
        for (TreeItem<SidebarEntry> child : item.getChildren()) {
            TreeItem<SidebarEntry> found = find(child, value);
            if (found != null) return found;
        }
        return null;
    }

    private boolean labelStartingWith(String text) throws Exception {
        return fx(() -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().startsWith(text)));
    }
}
