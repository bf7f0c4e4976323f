package org.kliping.ui.annotations;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.service.AnnotationEntry;
import org.kliping.ui.common.Dialogs;
import org.kliping.ui.common.HighlightColors;
import org.kliping.ui.common.WindowContext;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every highlight and note of the archive at hand (the sidebar's "Highlights and notes"): filtered by text, colour
 * and tag, newest first; a click (or Enter) opens the article in the reader with the highlight selected.
 */
public final class AnnotationsPane {

    private final WindowContext ctx;
    private final AnnotationsViewModel vm;

    @FXML TextField textFilter;
    @FXML ComboBox<String> colorFilter;
    @FXML ComboBox<String> tagFilter;
    @FXML Label countLabel;
    @FXML ListView<AnnotationEntry> entryList;
    private String selectedKey;

    public AnnotationsPane(WindowContext ctx, AnnotationsViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    @FXML
    void initialize() {
        Dialogs d = ctx.dialogs();
        List<String> colors = new ArrayList<>();
        colors.add("");
        colors.addAll(HighlightColors.ORDER);
        colors.add(AnnotationEntry.Filter.NOTES);
        colorFilter.getItems().setAll(colors);
        colorFilter.setValue("");
        colorFilter.setConverter(labels(v -> v.isEmpty() ? d.t("annotations.anyColor")
                : AnnotationEntry.Filter.NOTES.equals(v) ? d.t("annotations.notesOnly") : d.t("color." + v)));
        colorFilter.setAccessibleText(d.t("annotations.colorFilter"));
        colorFilter.valueProperty().addListener((obs, old, now) -> vm.colorProperty().set(now));
        tagFilter.setValue("");
        tagFilter.getItems().setAll("");
        tagFilter.setConverter(labels(v -> v.isEmpty() ? d.t("annotations.anyTag") : v));
        tagFilter.setAccessibleText(d.t("annotations.tagFilter"));
        tagFilter.valueProperty().addListener((obs, old, now) -> vm.tagProperty().set(now));
        vm.tagNames().addListener((ListChangeListener<String>) c -> {
            String chosen = tagFilter.getValue();
            List<String> values = new ArrayList<>();
            values.add("");
            values.addAll(vm.tagNames());
            tagFilter.getItems().setAll(values);
            tagFilter.setValue(values.contains(chosen) ? chosen : "");
        });
        textFilter.setAccessibleText(d.t("annotations.filterText"));
        textFilter.textProperty().addListener((obs, old, now) -> vm.textProperty().set(now));
        entryList.setItems(vm.entries());
        entryList.setCellFactory(l -> new EntryCell());
        entryList.setAccessibleText(d.t("sidebar.annotations"));
        vm.shownFilterProperty().addListener((obs, old, now) -> showCount());
        vm.entries().addListener((ListChangeListener<AnnotationEntry>) c -> showCount());
        entryList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) openSelected();
        });
        entryList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        ctx.middleProperty().addListener((obs, old, now) -> {
            if (now == WindowContext.Middle.ANNOTATIONS) vm.reload();
        });
        ctx.onArchiveChanged(this::reloadIfShown);
        ctx.onArticleChanged(c -> reloadIfShown()); // a highlight or note added, changed, deleted; tags
        entryList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) selectedKey = key(now);
        });
        vm.entries().addListener((ListChangeListener<AnnotationEntry>) c -> reselect());
    }

    /** A reload keeps the entry selected before it. */
    private void reselect() {
        if (selectedKey == null) return;
        for (int i = 0; i < vm.entries().size(); i++) {
            if (selectedKey.equals(key(vm.entries().get(i)))) {
                entryList.getSelectionModel().select(i);
                return;
            }
        }
    }

    private static String key(AnnotationEntry e) {
        return e.isNote() ? "n" + e.note().id() : "h" + e.highlight().id();
    }

    private void reloadIfShown() {
        if (ctx.middleProperty().get() == WindowContext.Middle.ANNOTATIONS) vm.reload();
    }

    private void showCount() {
        int n = vm.entries().size();
        countLabel.setText(ctx.dialogs().t("annotations.count", n));
        boolean filtered = !vm.filter().equals(AnnotationEntry.Filter.ALL);
        entryList.setPlaceholder(new Label(ctx.dialogs().t(filtered ? "annotations.noMatch" : "annotations.none")));
    }

    /** Opens the selected entry's article, with its highlight selected when it is still in place. */
    private void openSelected() {
        AnnotationEntry e = entryList.getSelectionModel().getSelectedItem();
        if (e == null) return;
        Annotation h = e.highlight();
        if (h != null && h.state() == AnchorState.ANCHORED) {
            ctx.open(new WindowContext.OpenRequest(e.articleId(), h.start(), h.end(), Set.of()));
        } else {
            ctx.open(WindowContext.OpenRequest.of(e.articleId()));
        }
    }

    private static StringConverter<String> labels(java.util.function.Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String v) {
                return label.apply(v == null ? "" : v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    /** A highlight: its colour, the quote, its note; a note: its text; under both the article and the date. */
    private final class EntryCell extends ListCell<AnnotationEntry> {
        @Override
        protected void updateItem(AnnotationEntry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            setPrefWidth(0);
            if (empty || e == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Dialogs d = ctx.dialogs();
            Label main = new Label();
            main.setWrapText(true);
            main.getStyleClass().add("annotation-quote");
            Label note = new Label();
            note.setWrapText(true);
            note.getStyleClass().add("annotation-note");
            Rectangle swatch = new Rectangle(10, 10);
            if (e.isNote()) {
                main.setText("✎ " + e.note().text());
                note.setManaged(false);
                note.setVisible(false);
                swatch.setFill(Color.TRANSPARENT);
            } else {
                Annotation h = e.highlight();
                main.setText("“" + Dialogs.abbreviate(h.quote()) + "”"
                        + (h.state() == AnchorState.ORPHANED ? "  " + d.t("annotations.orphaned") : ""));
                note.setText(h.note() == null ? "" : "✎ " + h.note());
                note.setManaged(h.note() != null);
                note.setVisible(h.note() != null);
                swatch.setFill(Color.web(HighlightColors.COLORS.getOrDefault(e.color(), HighlightColors.COLORS.get("yellow"))));
            }
            main.setGraphic(swatch);
            Label meta = new Label(e.articleTitle() + " · "
                    + Dialogs.date(ctx.text(), e.createdAt().atZone(ZoneId.systemDefault()).toLocalDate())
                    + (e.articleTags().isEmpty() ? "" : " · " + String.join(", ", e.articleTags())));
            meta.setWrapText(true);
            meta.getStyleClass().add("annotation-meta");
            VBox box = new VBox(2, main, note, meta);
            box.setMaxWidth(Double.MAX_VALUE);
            setGraphic(box);
            setAccessibleText((e.isNote() ? d.t("annotations.noteA11y") : d.t("color." + e.color())) + ": "
                    + main.getText() + " " + note.getText() + " — " + meta.getText());
        }
    }
}
