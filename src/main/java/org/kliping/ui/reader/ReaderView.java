package org.kliping.ui.reader;

import org.kliping.ui.common.*;

import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexRange;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.service.ArticleDetails;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The article body in a read-only RichTextFX area: highlights in their colours, search hits marked (the
 * current one stronger), the selection available for highlighting, and a click on a highlight reported.
 * The area is not part of the window's first frame (the reader is empty until an article opens): RichTextFX
 * is some 700 classes to load and set up. {@link #prepareInBackground} builds it off the FX thread once the
 * window is up; an article opened before that makes it on the spot.
 */
public final class ReaderView {

    private static final Map<String, String> COLORS = HighlightColors.COLORS;

    private static final String HIT = "-rtfx-background-color: #ffe082; -fx-fill: #1f2328;";
    private static final String CURRENT_HIT = "-rtfx-background-color: #ff9800; -fx-fill: #1f2328; -fx-font-weight: bold;";

    private final StackPane holder;
    private final Consumer<Annotation> onAnnotationClicked;
    private InlineCssTextArea area;
    private final ReaderViewModel vm;
    private Consumer<IndexRange> onSelection = r -> { };
    private long pendingId;
    private int pendingStart;
    private int pendingEnd;

    ReaderView(StackPane holder, ReaderViewModel vm, Consumer<Annotation> onAnnotationClicked) {
        this.vm = vm;
        this.holder = holder;
        this.onAnnotationClicked = onAnnotationClicked;
        vm.detailsProperty().addListener((obs, old, now) -> show(now));
        vm.annotations().addListener((ListChangeListener<Annotation>) c -> restyle());
        vm.hits().addListener((ListChangeListener<HitFinder.Range>) c -> restyle());
        vm.currentHitProperty().addListener((obs, old, now) -> {
            restyle();
            revealCurrentHit();
        });
    }

    /**
     * Builds the area on a background thread (nodes may be made off the FX thread until they join a shown
     * scene), so neither the first frame nor the first article waits for it; the FX thread only puts it in.
     */
    void prepareInBackground(Background background) {
        if (area != null) return;
        background.submit(ctx -> newArea(), made -> {
            if (area == null) adopt(made);
        }, e -> { }); // made on the FX thread when first needed instead
    }

    private static InlineCssTextArea newArea() {
        InlineCssTextArea made = new InlineCssTextArea();
        made.setEditable(false);
        made.setWrapText(true);
        made.getStyleClass().add("reader-body");
        made.setId("readerBody");
        return made;
    }

    private InlineCssTextArea adopt(InlineCssTextArea made) {
        made.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || !made.getSelectedText().isEmpty()) return;
            int at = made.hit(e.getX(), e.getY()).getInsertionIndex();
            vm.annotationAt(at).ifPresent(onAnnotationClicked);
        });
        made.selectionProperty().addListener((obs, old, r) -> onSelection.accept(r));
        holder.getChildren().setAll(new VirtualizedScrollPane<>(made));
        area = made;
        return made;
    }

    /** Hears every change of the body's selection (the page image lights up its words). */
    void setOnSelection(Consumer<IndexRange> listener) {
        this.onSelection = listener;
    }

    /**
     * Selects {@code [start, end)} once the article {@code id} shows (now, when it already does): a figure
     * clicked in a story's comparison opens on its sentence.
     */
    void selectWhenOpened(long id, int start, int end) {
        pendingId = id;
        pendingStart = start;
        pendingEnd = end;
        ArticleDetails shown = vm.detailsProperty().get();
        if (shown != null && shown.article().id() == id) selectPending();
    }

    private void selectPending() {
        long id = pendingId;
        pendingId = 0;
        if (pendingEnd <= pendingStart || pendingEnd > area.getLength() || id == 0) return;
        area.selectRange(pendingStart, pendingEnd);
        area.requestFollowCaret();
    }

    InlineCssTextArea area() {
        return area != null ? area : adopt(newArea());
    }

    /** The selected span of the body, if any. */
    Optional<IndexRange> selection() {
        if (area == null) return Optional.empty();
        IndexRange r = area.getSelection();
        return r.getLength() == 0 ? Optional.empty() : Optional.of(r);
    }

    private void show(ArticleDetails d) {
        if (d == null && area == null) return;
        area(); // the first article: the area is made now
        area.replaceText(d == null ? "" : d.article().body());
        area.moveTo(0);
        area.requestFollowCaret();
        restyle();
        revealCurrentHit();
        if (d != null && d.article().id() == pendingId) selectPending();
    }

    private void restyle() {
        if (area == null) return;
        int length = area.getLength();
        if (length == 0) return;
        area.clearStyle(0, length);
        for (Annotation a : vm.annotations()) {
            if (a.state() != AnchorState.ANCHORED || a.end() > length) continue;
            area.setStyle(a.start(), a.end(), highlightCss(a.color()) + (a.note() == null ? "" : "-rtfx-underline-color: #6e7781; -rtfx-underline-width: 1;"));
        }
        int current = vm.currentHitProperty().get();
        for (int i = 0; i < vm.hits().size(); i++) {
            HitFinder.Range r = vm.hits().get(i);
            if (r.end() <= length) area.setStyle(r.start(), r.end(), i == current ? CURRENT_HIT : HIT);
        }
    }

    static String highlightCss(String color) {
        String rgb = color == null ? COLORS.get("yellow") : COLORS.getOrDefault(color, color);
        if (!rgb.matches("#[0-9a-fA-F]{6}|[a-z]{3,20}")) rgb = COLORS.get("yellow");
        return "-rtfx-background-color: " + rgb + "; -fx-fill: #1f2328;";
    }

    private void revealCurrentHit() {
        int current = vm.currentHitProperty().get();
        if (area == null || current < 0 || current >= vm.hits().size()) return;
        HitFinder.Range r = vm.hits().get(current);
        if (r.end() > area.getLength()) return;
        area.selectRange(r.start(), r.start());
        area.requestFollowCaret();
    }
}
