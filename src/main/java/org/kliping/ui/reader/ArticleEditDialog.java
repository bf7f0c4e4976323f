package org.kliping.ui.reader;

import org.kliping.ui.common.*;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.kliping.domain.Article;
import org.kliping.service.ArticleEdit;

import java.util.ResourceBundle;

/** Edits an article's title, source, place, date and URL; every field is sent, so a cleared one is cleared. */
public final class ArticleEditDialog extends Dialog<ArticleEdit> {

    ArticleEditDialog(Window owner, ResourceBundle text, Article a) {
        initOwner(owner);
        setTitle(text.getString("editDialog.title"));
        TextField title = field("editTitle", a.title());
        TextField source = field("editSource", a.source());
        TextField place = field("editPlace", a.place());
        TextField date = field("editDate", a.published() != null ? a.published().toString() : "");
        date.setPromptText("YYYY-MM-DD" + (a.publishedText() == null ? "" : "  (" + a.publishedText() + ")"));
        TextField url = field("editUrl", a.url());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), growing());
        int row = 0;
        grid.addRow(row++, new Label(text.getString("editDialog.titleField")), title);
        grid.addRow(row++, new Label(text.getString("column.source")), source);
        grid.addRow(row++, new Label(text.getString("column.place")), place);
        grid.addRow(row++, new Label(text.getString("column.date")), date);
        grid.addRow(row, new Label(text.getString("editDialog.url")), url);
        grid.setPrefWidth(520);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b != ButtonType.OK ? null
                : new ArticleEdit(title.getText(), source.getText(), place.getText(),
                        date.getText().isBlank() && a.published() == null ? null : date.getText(), url.getText(), null));
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }

    private static ColumnConstraints growing() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
