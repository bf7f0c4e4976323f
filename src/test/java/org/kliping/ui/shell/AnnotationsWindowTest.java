package org.kliping.ui.shell;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;
import org.kliping.service.AnnotationEntry;
import org.kliping.ui.sidebar.SidebarEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24 item 4: every highlight and note of the archive at hand, filtered, a click opening the article there. */
public class AnnotationsWindowTest extends WindowTestSupport {

    @Test
    void theHighlightsViewListsFiltersAndOpensTheArticleAtTheHighlight() throws Exception {
        long first = highlightInRow(0, "Kursk", "green", "wilayah kunci");
        long second = highlightInRow(1, "Moskow", "yellow", null);
        waitUntil("the second article is open", () -> app.viewModel().reader().detailsProperty().get().article().id() == second);

        onFx(() -> selectSidebar(sidebar().getRoot()));
        waitUntil("the view lists both highlights", () -> robot.lookup("#annotationOverview").tryQuery().isPresent()
                && robot.lookup("#annotationOverview").query().isVisible() && overview().getItems().size() == 2);
        assertThat(fx(() -> overview().getItems().get(0).highlight().quote())).isEqualTo("Moskow"); // newest first
        assertThat(fx(() -> ((Label) robot.lookup("#annotationCount").query()).getText())).isEqualTo("2 highlights and notes");
        assertThat(fx(() -> robot.lookup("#listPane").query().isVisible())).isFalse();

        robot.clickOn("#annotationTextFilter").write("kunci");
        waitUntil("the text filter keeps the highlight whose note has the word", () -> overview().getItems().size() == 1
                && overview().getItems().get(0).articleId() == first);
        onFx(() -> ((javafx.scene.control.TextField) robot.lookup("#annotationTextFilter").query()).clear());
        waitUntil("both again", () -> overview().getItems().size() == 2);
        onFx(() -> colorFilter().setValue("green"));
        waitUntil("the colour filter keeps the green one", () -> overview().getItems().size() == 1
                && "green".equals(overview().getItems().get(0).color()));
        onFx(() -> colorFilter().setValue(AnnotationEntry.Filter.NOTES));
        waitUntil("no notes yet: a placeholder says nothing matches", () -> overview().getItems().isEmpty()
                && ((Label) overview().getPlaceholder()).getText().contains("matches"));
        onFx(() -> colorFilter().setValue(""));
        waitUntil("both again", () -> overview().getItems().size() == 2);

        // the entry chosen from the keyboard (a click does the same; the robot's pointer lands where an earlier
        // window test left the stage, so the keys are the steadier way here)
        onFx(() -> {
            overview().requestFocus();
            for (int i = 0; i < overview().getItems().size(); i++) {
                if (overview().getItems().get(i).articleId() == first) overview().getSelectionModel().clearAndSelect(i);
            }
        });
        waitUntil("the list has the focus", () -> overview().isFocused());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("the first article opens with the highlight selected", () -> {
            var d = app.viewModel().reader().detailsProperty().get();
            return d != null && d.article().id() == first && reader() != null && "Kursk".equals(reader().getSelectedText());
        });
    }

    /** Opens the list's row {@code row} and highlights the first {@code quote} in it; returns its id. */
    private long highlightInRow(int row, String quote, String color, String note) throws Exception {
        long id = fx(() -> table().getItems().get(row).id());
        onFx(() -> table().getSelectionModel().clearAndSelect(row));
        waitUntil("the article opens", () -> app.viewModel().reader().detailsProperty().get() != null
                && app.viewModel().reader().detailsProperty().get().article().id() == id);
        String body = fx(() -> app.viewModel().reader().detailsProperty().get().article().body());
        int at = body.indexOf(quote);
        assertThat(at).isNotNegative();
        onFx(() -> app.viewModel().reader().highlight(at, at + quote.length(), color, note));
        waitUntil("the highlight is stored", () -> app.viewModel().reader().annotations().size() == 1);
        return id;
    }

    @SuppressWarnings("unchecked")
    private ListView<AnnotationEntry> overview() {
        return (ListView<AnnotationEntry>) robot.lookup("#annotationOverview").query();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> colorFilter() {
        return (ComboBox<String>) robot.lookup("#annotationColorFilter").query();
    }

    private boolean selectSidebar(TreeItem<SidebarEntry> item) {
        for (var child : item.getChildren()) {
            if (child.getValue() instanceof SidebarEntry.Annotations) {
                sidebar().getSelectionModel().select(child);
                return true;
            }
            if (selectSidebar(child)) return true;
        }
        return false;
    }
}
