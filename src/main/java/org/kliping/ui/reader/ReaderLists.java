package org.kliping.ui.reader;

import org.kliping.ui.common.*;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.SearchHit;

import java.util.ArrayList;
import java.util.List;

/**
 * The lists around the reader: the open article's highlights and notes (click to edit), related articles
 * (click to open), and the orphaned highlights of the whole archive with their quote and note.
 */
public final class ReaderLists {

    private ReaderLists() {
    }

    static void configure(ReaderPane view) {
        configureAnnotations(view);
        configureRelated(view);
    }

    private static void configureAnnotations(ReaderPane view) {
        ListView<Object> list = view.annotationList;
        list.setId("annotationList");
        list.setPlaceholder(new javafx.scene.control.Label(view.dialogs.t("reader.noAnnotations")));
        Runnable fill = () -> {
            List<Object> items = new ArrayList<>(view.vm.annotations());
            items.addAll(view.vm.notes());
            list.getItems().setAll(items);
        };
        view.vm.annotations().addListener((ListChangeListener<Annotation>) c -> fill.run());
        view.vm.notes().addListener((ListChangeListener<ArticleNote>) c -> fill.run());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                if (empty || item == null) setText(null);
                else if (item instanceof Annotation a) setText(describe(view, a));
                else if (item instanceof ArticleNote n) setText("✎ " + n.text());
            }
        });
        Runnable act = () -> {
            Object item = list.getSelectionModel().getSelectedItem();
            if (item instanceof Annotation a) view.editAnnotation(a);
            else if (item instanceof ArticleNote n) view.deleteNote(n);
        };
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) act.run();
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) act.run();
        });
    }

    private static String describe(ReaderPane view, Annotation a) {
        String quote = "“" + Dialogs.abbreviate(a.quote()) + "”";
        String orphan = a.state() == AnchorState.ORPHANED ? " " + view.dialogs.t("reader.orphaned") : "";
        return a.note() == null ? quote + orphan : quote + orphan + "\n✎ " + a.note();
    }

    private static void configureRelated(ReaderPane view) {
        ListView<SearchHit> list = view.relatedList;
        list.setId("relatedList");
        list.setPlaceholder(new javafx.scene.control.Label(view.dialogs.t("reader.noRelated")));
        list.setItems(view.vm.related());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.title() + (hit.source() == null ? "" : "  — " + hit.source()));
            }
        });
        list.setOnMouseClicked(e -> {
            SearchHit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null && e.getClickCount() == 2) view.ctx.open(WindowContext.OpenRequest.of(hit.id()));
        });
    }
}
