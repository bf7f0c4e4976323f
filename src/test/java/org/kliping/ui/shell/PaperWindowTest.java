package org.kliping.ui.shell;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;
import org.kliping.domain.WordBox;
import org.kliping.paper.SampleArticles;
import org.kliping.paper.TestPages;
import org.kliping.service.ArticleDetails;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page image beside the text of an article read from paper, in the real window: a selection and a highlight in
 * the text light up their words on the page, a click on a word of the page selects it in the text, the page follows
 * a selection on another page, and the reader's Page toggle hides it.
 */
public class PaperWindowTest extends WindowTestSupport {

    @Test
    void thePageShowsBesideTheTextAndLightsUpWhatIsSelectedAndHighlighted() throws Exception {
        Path pdf = archiveDir.resolveSibling(archiveDir.getFileName() + "-edisi.pdf");
        Files.write(pdf, TestPages.textPdf(List.of(SampleArticles.PASAR, SampleArticles.BANJIR), 2, "HARIAN CONTOH"));
        try {
            onFx(() -> app.viewModel().imports().start(List.of(pdf)));
            waitUntil("the PDF is listed", () -> table().getItems().size() == 6 && !table().getItems().get(0).isPlaceholder());
            waitUntil("the import summary is shown", () -> robot.lookup("OK").tryQuery().isPresent());
            robot.clickOn("OK");
            waitUntil("the import summary is closed", () -> javafx.stage.Window.getWindows().size() == 1);
            onFx(() -> table().getSelectionModel().clearAndSelect(0));
            waitUntil("the reader shows the PDF's article", () -> details() != null && details().paper() != null);
            waitUntil("the page image is shown", () -> paperPane().isVisible() && image().getImage() != null
                    && !image().getImage().isError() && image().getFitWidth() > 50);
            assertThat(fx(() -> robot.lookup("#paperPageLabel").queryLabeled().getText())).isEqualTo("Page 1 of 2");

            ArticleDetails d = fx(this::details);
            String body = d.article().body();
            WordBox word = d.paper().words().stream().filter(w -> w.page() == 0 && w.start() >= 0 && w.text().length() > 5
                    && body.substring(w.start(), w.end()).equals(w.text())).findFirst().orElseThrow();
            int start = word.start();
            onFx(() -> reader().selectRange(start, word.end()));
            waitUntil("the selected word lights up on the page", () -> boxes("paperSelection").size() == 1);
            Rectangle lit = fx(() -> boxes("paperSelection").get(0));
            double f = fx(() -> lit.getWidth() - 2) / word.width();
            assertThat(lit.getX() + 1).isCloseTo(word.x() * f, org.assertj.core.data.Offset.offset(1.0));
            assertThat(lit.getY() + 1).isCloseTo(word.y() * f, org.assertj.core.data.Offset.offset(1.0));

            onFx(() -> app.view().reader().highlightSelection());
            waitUntil("the highlight lights up its word", () -> boxes("paperHighlight").size() == 1);

            // a click on another word of the page selects it in the text
            WordBox other = d.paper().words().stream().filter(w -> w.page() == 0 && w.start() > start + 20
                    && w.text().length() > 4).findFirst().orElseThrow();
            Point2D onScreen = fx(() -> page().localToScreen((other.x() + other.width() / 2.0) * f, (other.y() + other.height() / 2.0) * f));
            robot.clickOn(onScreen);
            waitUntil("the clicked word is selected in the text", () -> reader().getSelection().getStart() == other.start()
                    && reader().getSelection().getEnd() == other.end());
            assertThat(fx(() -> reader().getSelectedText())).isEqualTo(body.substring(other.start(), other.end()));

            // a selection on the second page turns the page
            WordBox later = d.paper().words().stream().filter(w -> w.page() == 1 && w.start() >= 0).findFirst().orElseThrow();
            onFx(() -> reader().selectRange(later.start(), later.end()));
            waitUntil("the second page is shown with the word lit", () -> robot.lookup("#paperPageLabel").queryLabeled()
                    .getText().equals("Page 2 of 2") && boxes("paperSelection").size() == 1);

            robot.clickOn("#pageButton");
            waitUntil("the Page toggle hides the page", () -> !paperPane().isVisible());
            robot.clickOn("#pageButton");
            waitUntil("and shows it again", () -> paperPane().isVisible());

            onFx(() -> table().getSelectionModel().clearAndSelect(1));
            waitUntil("an article from a text file shows no page and no toggle", () -> details() != null
                    && details().paper() == null && !paperPane().isVisible() && !robot.lookup("#pageButton").query().isVisible());
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private ArticleDetails details() {
        return app.viewModel().reader().detailsProperty().get();
    }

    private Node paperPane() {
        return app.view().root.lookup("#paperPane");
    }

    private ImageView image() {
        return (ImageView) app.view().root.lookup("#paperImage");
    }

    private Pane page() {
        return (Pane) app.view().root.lookup("#paperPage");
    }

    private List<Rectangle> boxes(String styleClass) {
        Pane layer = (Pane) app.view().root.lookup("#paperBoxes");
        return layer.getChildren().stream().filter(n -> n.getStyleClass().contains(styleClass)).map(n -> (Rectangle) n).toList();
    }
}
