package org.kliping.ui.list;

import org.kliping.ui.common.ArticleItem;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Skin;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.skin.TableRowSkin;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A row of the article table: unread rows in bold, and under a search hit's cells its snippet, on a line of its own
 * as wide as the row (in the Title column most marked words were cut off). The snippet's nodes are made once per row
 * and reused as it scrolls: new nodes for every row shown meant styling them all again, the largest part of the FX
 * thread's work when scrolling and showing results at 100k.
 */
final class ArticleRow extends TableRow<ArticleItem> {

    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");
    /** The height of the line of cells above a snippet (the rest of the row is the snippet's). */
    static final double CELLS_HEIGHT = 24;
    /** Where the snippet starts: under the title, past the star column. */
    private static final double SNIPPET_INDENT = 36;

    private final TextFlow snippet = new TextFlow();
    /** Whole lines only: a third line's top pixels would peek out under the second. */
    private final Rectangle clip = new Rectangle();
    private String shownSnippet;
    /** The snippet whose words were last styled (compared by identity: set together with {@link #shownSnippet}). */
    private String snippetStyled;

    ArticleRow() {
        snippet.getStyleClass().add("snippet");
        snippet.setId("rowSnippet");
        snippet.setManaged(false);
        clip.widthProperty().bind(snippet.widthProperty());
        snippet.setClip(clip);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SnippetRowSkin(this);
    }

    @Override
    protected void updateItem(ArticleItem item, boolean empty) {
        super.updateItem(item, empty);
        boolean row = !empty && item != null && !item.isPlaceholder();
        pseudoClassStateChanged(UNREAD, row && !item.read());
        String text = row && item.snippet() != null && !item.snippet().isBlank() ? item.snippet() : null;
        snippet.setVisible(text != null);
        if (Objects.equals(text, shownSnippet)) return;
        shownSnippet = text;
        if (text == null) {
            snippet.getChildren().clear();
        } else {
            List<Text> parts = new ArrayList<>();
            for (SnippetText.Part part : SnippetText.parse(text)) {
                Text t = new Text(part.text().replace('\n', ' '));
                t.getStyleClass().add(part.marked() ? "snippet-mark" : "snippet-text");
                parts.add(t);
            }
            snippet.getChildren().setAll(parts);
        }
        requestLayout();
    }

    /** The snippet shown under the cells, for tests: empty when the row has none. */
    TextFlow snippet() {
        return snippet;
    }

    /** Lays the cells out as usual, then, with a snippet, shortens them to one line and puts the snippet under them. */
    private static final class SnippetRowSkin extends TableRowSkin<ArticleItem> {
        private final ArticleRow row;

        SnippetRowSkin(ArticleRow row) {
            super(row);
            this.row = row;
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            super.layoutChildren(x, y, w, h);
            boolean shown = row.snippet.isVisible() && h > CELLS_HEIGHT + 8;
            if (!shown) {
                getChildren().remove(row.snippet);
                return;
            }
            if (!getChildren().contains(row.snippet)) getChildren().add(row.snippet);
            // its words were made while it was out of the scene: styled now, or measured in one font and drawn in another
            if (row.snippetStyled != row.shownSnippet) {
                row.snippet.applyCss();
                row.snippetStyled = row.shownSnippet;
            }
            for (Node n : getChildren()) {
                if (n instanceof TableCell<?, ?> cell) cell.resize(cell.getWidth(), CELLS_HEIGHT);
            }
            double indent = Math.min(SNIPPET_INDENT, w / 4);
            row.snippet.resizeRelocate(x + indent, y + CELLS_HEIGHT, Math.max(0, w - indent - 4), h - CELLS_HEIGHT);
            row.snippet.layout();
            double line = row.snippet.getChildren().isEmpty() ? 0
                    : row.snippet.getChildren().get(0).getLayoutBounds().getHeight();
            double room = h - CELLS_HEIGHT;
            row.clip.setHeight(line > 0 ? Math.floor(room / line + 0.05) * line : room);
        }
    }
}
