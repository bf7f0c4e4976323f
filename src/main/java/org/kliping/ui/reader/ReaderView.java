package org.kliping.ui.reader;

import org.kliping.ui.common.*;

import javafx.application.Platform;
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
    private javafx.beans.value.ObservableIntegerValue lineChars;
    private String accessibleName;
    private javafx.beans.value.ObservableIntegerValue textPixels;
    private long pendingId;
    /** Set while an article's first hit is chosen: it is scrolled to only when the top of the article hides it. */
    private boolean opening;
    private long reveals;
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
            revealCurrentHit(opening);
            opening = false;
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
        // Tab and Shift+Tab move the focus on, as in every other part of the window: the area is read-only, and
        // RichTextFX would otherwise take them (to insert a tab character), trapping the keyboard in the reader
        org.fxmisc.wellbehaved.event.Nodes.addInputMap(made, org.fxmisc.wellbehaved.event.InputMap.ignore(
                org.fxmisc.wellbehaved.event.EventPattern.keyPressed(javafx.scene.input.KeyCode.TAB,
                        javafx.scene.input.KeyCombination.SHIFT_ANY)));
        made.setFocusTraversable(true);
        made.setAccessibleRole(javafx.scene.AccessibleRole.TEXT_AREA);
        made.setAccessibleText(accessibleName);
        holder.getChildren().setAll(new VirtualizedScrollPane<>(made));
        area = made;
        fitLines();
        return made;
    }

    /** What a screen reader calls the body. */
    void setAccessibleName(String name) {
        accessibleName = name;
        if (area != null) area.setAccessibleText(name);
    }

    /**
     * Keeps the body's lines at most {@code chars} characters wide (0: as wide as the reader) at a text size of
     * {@code pixels}: the space to the right of the text grows instead.
     */
    void limitLineWidth(javafx.beans.value.ObservableIntegerValue chars, javafx.beans.value.ObservableIntegerValue pixels) {
        this.lineChars = chars;
        this.textPixels = pixels;
        chars.addListener((obs, old, now) -> fitLines());
        pixels.addListener((obs, old, now) -> fitLines());
        holder.widthProperty().addListener((obs, old, now) -> fitLines());
        fitLines();
    }

    private void fitLines() {
        if (area == null || lineChars == null) return;
        double left = 8;
        double right = 8;
        if (lineChars.get() > 0) {
            double line = lineChars.get() * TextSize.CHARACTER_EM * textPixels.get() * 1.08; // the body is 1.08em
            right = Math.max(right, holder.getWidth() - left - line - 16); // 16: the scroll bar
        }
        area.setPadding(new javafx.geometry.Insets(4, right, 4, left));
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

    /**
     * A new article opens at its top, its lede visible, whatever an earlier one was scrolled to; the same one shown
     * again (after a star or a note) keeps its place.
     */
    private void show(ArticleDetails d) {
        if (d == null && area == null) return;
        area(); // the first article: the area is made now
        String body = d == null ? "" : d.article().body();
        if (!body.equals(area.getText())) {
            area.replaceText(body);
            area.moveTo(0);
            area.showParagraphAtTop(0);
            area.scrollYToPixel(0);
            opening = true;
        }
        restyle();
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

    /**
     * Scrolls to the current hit so that the line before it stays in sight (not at the very top edge); when
     * {@code onlyIfHidden}, only if the hit is not in sight already.
     */
    private void revealCurrentHit(boolean onlyIfHidden) {
        int current = vm.currentHitProperty().get();
        if (area == null || current < 0 || current >= vm.hits().size()) return;
        HitFinder.Range r = vm.hits().get(current);
        if (r.end() > area.getLength()) return;
        area.moveTo(r.start());
        long mine = ++reveals;
        // after the pulse that lays out the new text: before it, nothing of it is measured yet
        Platform.runLater(() -> {
            if (mine == reveals && r.end() <= area.getLength()) scrollTo(r, onlyIfHidden);
        });
    }

    private void scrollTo(HitFinder.Range r, boolean onlyIfHidden) {
        if (onlyIfHidden && inSight(r)) return;
        var position = area.offsetToPosition(r.start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        int paragraph = position.getMajor();
        area.showParagraphAtTop(paragraph);
        area.layout();
        int line = area.lineIndex(paragraph, position.getMinor());
        // on a paragraph's first line, the line before is the blank one between paragraphs: the text above it too
        int back = line == 0 && paragraph > 1 && area.getParagraph(paragraph - 1).length() == 0 ? 2 : 1;
        area.scrollYBy((line - back) * lineHeight(paragraph));
    }

    /** Whether the span shows whole in the reader's viewport. */
    boolean inSight(HitFinder.Range r) {
        var hit = area.getCharacterBoundsOnScreen(r.start(), r.end());
        javafx.geometry.Bounds view = area.localToScreen(area.getLayoutBounds());
        return hit.isPresent() && view != null && hit.get().getMinY() >= view.getMinY() - 0.5
                && hit.get().getMaxY() <= view.getMaxY() + 0.5;
    }

    private double lineHeight(int paragraph) {
        int lines = area.getParagraphLinesCount(paragraph);
        return area.getParagraphBoundsOnScreen(paragraph).map(b -> b.getHeight() / Math.max(1, lines))
                .filter(h -> h > 0).orElse(20.0);
    }
}
