package org.kliping.ui.reader;

import org.kliping.ui.common.*;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import org.kliping.domain.Tag;
import org.kliping.service.ArticleDetails;

import java.util.List;
import java.util.stream.Stream;

/** The reader's header: toolbar state, title, source-place-date line, tags, and the hit counter. */
public final class ReaderHeader {

    private ReaderHeader() {
    }

    static void configure(ReaderPane v) {
        v.vm.detailsProperty().addListener((obs, old, d) -> show(v, d));
        show(v, null);
        // buttons keep their words; a narrow reader clips the toolbar instead of widening the pane
        for (Node n : v.readerToolbar.getChildren()) {
            if (n instanceof Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
                c.getStyleClass().add("small");
            }
        }
        v.readerToolbar.setMinWidth(0);
        v.readerBox.setMinWidth(0);
        for (String color : HighlightColors.ORDER) {
            MenuItem item = new MenuItem(v.dialogs.t("color." + color));
            item.setOnAction(e -> v.highlightSelectionIn(color));
            v.highlightButton.getItems().add(item);
        }
        var reader = v.vm;
        v.hitLabel.textProperty().bind(Bindings.createStringBinding(() -> reader.hits().isEmpty() ? ""
                        : (reader.currentHitProperty().get() + 1) + " / " + reader.hits().size(),
                reader.hits(), reader.currentHitProperty()));
        describe(v);
        v.previousHitButton.disableProperty().bind(Bindings.isEmpty(reader.hits()));
        v.nextHitButton.disableProperty().bind(Bindings.isEmpty(reader.hits()));
    }

    /**
     * What a screen reader says for the toolbar's buttons, and their tooltips with the shortcut: the star and the hit
     * arrows show only a symbol.
     */
    private static void describe(ReaderPane v) {
        name(v.starButton, v.dialogs.t("a11y.star"), v.dialogs.t("a11y.star.tip"));
        name(v.editButton, v.dialogs.t("reader.edit"), v.dialogs.t("a11y.edit.tip"));
        name(v.tagButton, v.dialogs.t("reader.tag"), v.dialogs.t("a11y.tag.tip"));
        name(v.highlightButton, v.dialogs.t("reader.highlight"), v.dialogs.t("a11y.highlight.tip"));
        name(v.noteButton, v.dialogs.t("reader.note"), v.dialogs.t("a11y.note.tip"));
        name(v.previousHitButton, v.dialogs.t("a11y.previousHit"), v.dialogs.t("a11y.previousHit.tip"));
        name(v.nextHitButton, v.dialogs.t("a11y.nextHit"), v.dialogs.t("a11y.nextHit.tip"));
        var reader = v.vm;
        v.hitLabel.accessibleTextProperty().bind(Bindings.createStringBinding(() -> reader.hits().isEmpty() ? null
                        : v.dialogs.t("a11y.hitOf", reader.currentHitProperty().get() + 1, reader.hits().size()),
                reader.hits(), reader.currentHitProperty()));
    }

    private static void name(Control c, String accessible, String tip) {
        c.setAccessibleText(accessible);
        c.setTooltip(new javafx.scene.control.Tooltip(tip));
    }

    private static void show(ReaderPane v, ArticleDetails d) {
        boolean none = d == null;
        for (Node n : List.of(v.starButton, v.editButton, v.tagButton, v.highlightButton, v.noteButton)) n.setDisable(none);
        if (none) {
            v.titleLabel.setText(v.dialogs.t("reader.nothing"));
            v.titleLabel.getStyleClass().remove("derived-title");
            v.metaLabel.setText("");
            v.tagsLabel.setText("");
            v.starButton.setSelected(false);
            return;
        }
        var a = d.article();
        v.titleLabel.setText(a.title());
        // a title made from the first sentence is not the outlet's headline: shown in italics, with why
        v.titleLabel.getStyleClass().remove("derived-title");
        if (a.titleDerived()) v.titleLabel.getStyleClass().add("derived-title");
        v.titleLabel.setTooltip(a.titleDerived() ? new javafx.scene.control.Tooltip(v.dialogs.t("reader.derivedTitle")) : null);
        String date = a.published() != null ? v.dialogs.date(a.published())
                : a.publishedText() == null || a.publishedText().isBlank() ? null
                : v.dialogs.t("stories.undated") + " (" + v.dialogs.t("date.asWritten", a.publishedText().strip()) + ")";
        v.metaLabel.setText(String.join(" · ", Stream.of(a.source(), String.join(", ", a.authors()), a.place(), date)
                .filter(s -> s != null && !s.isBlank()).toList()));
        String tags = d.tags().isEmpty() ? "" : "# " + String.join("  # ", d.tags().stream().map(Tag::name).toList());
        String also = alsoPublished(v, d);
        v.tagsLabel.setText(also.isEmpty() ? tags : tags.isEmpty() ? also : tags + "\n" + also);
        v.starButton.setSelected(a.starred());
        v.starButton.setText(a.starred() ? "★" : "☆");
        v.starButton.setAccessibleText(v.dialogs.t(a.starred() ? "a11y.starred" : "a11y.star"));
    }

    /** Near-duplicates: the same text published by other outlets (or the same outlet again). */
    static String alsoPublished(ReaderPane v, ArticleDetails d) {
        if (d.alsoPublishedAs().isEmpty()) return "";
        List<String> outlets = d.alsoPublishedAs().stream()
                .map(o -> o.source() != null && !o.source().isBlank() ? o.source() : o.title())
                .distinct().toList();
        return v.dialogs.t("reader.alsoPublished", String.join(", ", outlets));
    }
}
