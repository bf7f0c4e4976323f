package org.kliping.ui.paper;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.WordBox;
import org.kliping.service.ArticleDetails;
import org.kliping.service.ArticleService;
import org.kliping.ui.common.HighlightColors;
import org.kliping.ui.common.WindowContext;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The page image beside the reader's text, for articles read from paper (a toggle in the reader shows or hides
 * it). It follows the article the reader shows through the window context: the highlights and the selection made
 * in the text light up their words on the image (the stored word boxes); a click on a word selects it in the text.
 * Words the engine was unsure of are outlined.
 */
public final class PaperPane {
    /** Share of the reader's width the page takes when shown. */
    private static final double WIDTH_SHARE = 0.5;
    private static final Color SELECTION = Color.rgb(9, 105, 218, 0.35);
    private static final Color UNSURE = Color.rgb(207, 34, 46, 0.7);

    private final WindowContext ctx;
    private final PaperViewModel vm;
    private Image image;
    private double scale = 1;

    @FXML VBox paperRoot;
    @FXML Button previousButton;
    @FXML Button nextButton;
    @FXML Label pageLabel;
    @FXML Label hintLabel;
    @FXML ScrollPane scroll;
    @FXML Pane pageLayer;
    @FXML ImageView pageView;
    @FXML Pane boxLayer;

    public PaperPane(WindowContext ctx, PaperViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    @FXML
    void initialize() {
        paperRoot.visibleProperty().bind(vm.articleProperty().isNotNull().and(ctx.pageShownProperty()));
        paperRoot.managedProperty().bind(paperRoot.visibleProperty());
        paperRoot.parentProperty().addListener((obs, old, parent) -> {
            paperRoot.prefWidthProperty().unbind();
            if (parent instanceof Region r) paperRoot.prefWidthProperty().bind(r.widthProperty().multiply(WIDTH_SHARE));
        });
        ctx.shownProperty().addListener((obs, old, d) -> vm.show(d));
        vm.imageProperty().addListener((obs, old, loaded) -> showImage(loaded));
        vm.articleProperty().addListener((obs, old, d) -> drawBoxes());
        vm.pageProperty().addListener((obs, old, p) -> updatePageLabel());
        vm.pagesProperty().addListener((obs, old, p) -> updatePageLabel());
        ctx.shownHighlights().addListener((ListChangeListener<Annotation>) c -> drawBoxes());
        ctx.textSelectionProperty().addListener((obs, old, span) -> {
            if (span != null) vm.reveal(span.start(), span.end());
            drawBoxes();
            revealSelection();
        });
        scroll.viewportBoundsProperty().addListener((obs, old, b) -> fit());
        boxLayer.setMouseTransparent(true);
        pageLayer.setCursor(Cursor.HAND);
        pageLayer.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        hintLabel.setMinWidth(0);
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);
        updatePageLabel();
    }

    @FXML
    void previousPage() {
        vm.previous();
    }

    @FXML
    void nextPage() {
        vm.next();
    }

    private void updatePageLabel() {
        int pages = vm.pagesProperty().get();
        pageLabel.setText(pages == 0 ? ctx.text().getString("paper.loading")
                : java.text.MessageFormat.format(ctx.text().getString("paper.pageOf"), vm.pageProperty().get() + 1, pages));
        previousButton.setDisable(vm.pageProperty().get() == 0);
        nextButton.setDisable(vm.pageProperty().get() + 1 >= pages);
        boolean several = pages > 1;
        for (javafx.scene.control.Control c : List.of(previousButton, nextButton, pageLabel)) {
            c.setVisible(several || (c == pageLabel && pages == 0));
            c.setManaged(c.isVisible());
        }
    }

    private void showImage(ArticleService.PageImage loaded) {
        image = loaded == null ? null : new Image(new ByteArrayInputStream(loaded.image()));
        scale = loaded == null ? 1 : loaded.scale();
        pageView.setImage(image);
        fit();
    }

    /** The page fills the pane's width; boxes are drawn at the same factor. */
    private void fit() {
        double width = Math.max(50, scroll.getViewportBounds().getWidth());
        pageView.setFitWidth(width);
        if (image != null && image.getWidth() > 0) pageLayer.setPrefHeight(image.getHeight() * width / image.getWidth());
        drawBoxes();
    }

    /** Pixels of the shown page per word-box unit. */
    private double factor() {
        if (image == null || image.getWidth() <= 0) return 0;
        return scale * pageView.getFitWidth() / image.getWidth();
    }

    private void drawBoxes() {
        boxLayer.getChildren().clear();
        double f = factor();
        ArticleDetails d = vm.articleProperty().get();
        if (f == 0 || d == null) return;
        int page = vm.pageProperty().get();
        List<WordBox> words = vm.words();
        for (WordBox w : words) {
            if (w.page() == page && w.unsure() && w.confidence() < 100) boxLayer.getChildren().add(outline(w, f));
        }
        for (Annotation a : ctx.shownHighlights()) {
            if (a.state() != AnchorState.ANCHORED) continue;
            Color color = Color.web(HighlightColors.COLORS.getOrDefault(a.color() == null ? "yellow" : a.color(),
                    HighlightColors.COLORS.get("yellow")), 0.5);
            for (WordBox w : PageWords.inSpan(words, page, a.start(), a.end())) boxLayer.getChildren().add(box(w, f, color, "paperHighlight"));
        }
        WindowContext.TextSpan span = ctx.textSelectionProperty().get();
        if (span != null && span.id() == d.article().id()) {
            for (WordBox w : PageWords.inSpan(words, page, span.start(), span.end())) {
                boxLayer.getChildren().add(box(w, f, SELECTION, "paperSelection"));
            }
        }
    }

    private static Rectangle box(WordBox w, double f, Color fill, String styleClass) {
        Rectangle r = new Rectangle(w.x() * f - 1, w.y() * f - 1, w.width() * f + 2, w.height() * f + 2);
        r.setFill(fill);
        r.getStyleClass().add(styleClass);
        return r;
    }

    private static Rectangle outline(WordBox w, double f) {
        Rectangle r = box(w, f, Color.TRANSPARENT, "paperUnsure");
        r.setStroke(UNSURE);
        r.getStrokeDashArray().setAll(3.0, 2.0);
        Tooltip.install(r, new Tooltip(w.text() + " (" + Math.round(w.confidence()) + "%)"));
        return r;
    }

    /** Scrolls the page so that the first selected word is in view. */
    private void revealSelection() {
        var marked = boxLayer.getChildren().stream().filter(n -> n.getStyleClass().contains("paperSelection")).findFirst();
        double height = pageLayer.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (marked.isEmpty() || height <= viewport) return;
        double y = ((Rectangle) marked.get()).getY();
        double top = scroll.getVvalue() * (height - viewport);
        if (y >= top && y <= top + viewport - 20) return;
        scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (height - viewport))));
    }

    private void clicked(MouseEvent e) {
        ArticleDetails d = vm.articleProperty().get();
        double f = factor();
        if (e.getButton() != MouseButton.PRIMARY || d == null || f == 0) return;
        PageWords.at(vm.words(), vm.pageProperty().get(), e.getX() / f, e.getY() / f, 6 / f)
                .filter(w -> w.start() >= 0)
                .ifPresent(w -> ctx.select(new WindowContext.TextSpan(d.article().id(), w.start(), w.end())));
    }
}
