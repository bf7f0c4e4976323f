package org.kliping.ui;

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
final class ReaderLists {

    private ReaderLists() {
    }

    static void configure(MainView view) {
        configureAnnotations(view);
        configureRelated(view);
        configureOrphans(view);
    }

    private static void configureAnnotations(MainView view) {
        ListView<Object> list = view.annotationList;
        list.setId("annotationList");
        list.setPlaceholder(new javafx.scene.control.Label(view.dialogs.t("reader.noAnnotations")));
        Runnable fill = () -> {
            List<Object> items = new ArrayList<>(view.vm.reader().annotations());
            items.addAll(view.vm.reader().notes());
            list.getItems().setAll(items);
        };
        view.vm.reader().annotations().addListener((ListChangeListener<Annotation>) c -> fill.run());
        view.vm.reader().notes().addListener((ListChangeListener<ArticleNote>) c -> fill.run());
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

    private static String describe(MainView view, Annotation a) {
        String quote = "“" + Dialogs.abbreviate(a.quote()) + "”";
        String orphan = a.state() == AnchorState.ORPHANED ? " " + view.dialogs.t("reader.orphaned") : "";
        return a.note() == null ? quote + orphan : quote + orphan + "\n✎ " + a.note();
    }

    private static void configureRelated(MainView view) {
        ListView<SearchHit> list = view.relatedList;
        list.setId("relatedList");
        list.setPlaceholder(new javafx.scene.control.Label(view.dialogs.t("reader.noRelated")));
        list.setItems(view.vm.reader().related());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.title() + (hit.source() == null ? "" : "  — " + hit.source()));
            }
        });
        list.setOnMouseClicked(e -> {
            SearchHit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null && e.getClickCount() == 2) view.vm.reader().open(hit.id(), java.util.Set.of());
        });
    }

    private static void configureOrphans(MainView view) {
        ListView<SidebarViewModel.Orphan> list = view.orphanList;
        list.setId("orphanList");
        list.setPlaceholder(new javafx.scene.control.Label(view.dialogs.t("orphans.none")));
        list.setItems(view.vm.sidebar().orphans());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SidebarViewModel.Orphan o, boolean empty) {
                super.updateItem(o, empty);
                setWrapText(true);
                setPrefWidth(0);
                if (empty || o == null) {
                    setText(null);
                    return;
                }
                Annotation a = o.annotation();
                setText(o.articleTitle() + "\n“" + Dialogs.abbreviate(a.quote()) + "”"
                        + (a.note() == null ? "" : "\n✎ " + a.note()));
            }
        });
        list.setOnMouseClicked(e -> {
            SidebarViewModel.Orphan o = list.getSelectionModel().getSelectedItem();
            if (o != null && e.getClickCount() == 2) view.vm.reader().open(o.annotation().articleId(), java.util.Set.of());
        });
    }
}
