package org.kliping.ui.reader;

import org.kliping.ui.common.*;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.InlineCssTextArea;
import org.kliping.domain.Annotation;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.SearchHit;
import org.kliping.service.ArticleDetails;
import org.kliping.ui.common.Background;
import org.kliping.ui.common.Dialogs;
import org.kliping.ui.common.WindowContext;

import java.util.List;
import java.util.Optional;

/**
 * The reader pane: the toolbar (star, edit, tag, highlight, note, hits), the title, source-place-date line and tags,
 * the body, and below it the open article's highlights and notes and related articles. It opens what the window
 * context asks to open, and tells the context what changed about the article.
 */
public final class ReaderPane {

    final WindowContext ctx;
    final ReaderViewModel vm;
    final Dialogs dialogs;
    ReaderView reader;

    @FXML SplitPane readerSplit;
    @FXML VBox readerBox;
    @FXML HBox readerToolbar;
    @FXML ToggleButton starButton;
    @FXML Button editButton;
    @FXML Button tagButton;
    @FXML MenuButton highlightButton;
    @FXML Button noteButton;
    @FXML Button previousHitButton;
    @FXML Button nextHitButton;
    @FXML Label hitLabel;
    @FXML Label titleLabel;
    @FXML Label metaLabel;
    @FXML Label tagsLabel;
    @FXML StackPane bodyHolder;
    @FXML TabPane readerTabs;
    @FXML ToggleButton notesToggle;
    /** Where the split between the article and its highlights and notes goes when they are shown. */
    private double notesDivider = 0.75;
    @FXML ListView<Object> annotationList;
    @FXML ListView<SearchHit> relatedList;

    public ReaderPane(WindowContext ctx, ReaderViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        this.dialogs = ctx.dialogs();
    }

    @FXML
    void initialize() {
        titleLabel.setId("readerTitle");
        metaLabel.setId("readerMeta");
        tagsLabel.setId("readerTags");
        bodyHolder.setId("readerBodyHolder");
        reader = new ReaderView(bodyHolder, vm, this::editAnnotation);
        reader.limitLineWidth(ctx.readerLineWidthProperty(), ctx.textSizeProperty());
        reader.setAccessibleName(dialogs.t("a11y.body"));
        ReaderHeader.configure(this);
        ReaderLists.configure(this);
        ctx.toOpenProperty().addListener((obs, old, r) -> {
            if (r == null) return;
            reader.selectWhenOpened(r.id(), r.start(), r.end());
            vm.open(r.id(), r.words());
        });
        vm.setOnArticleChanged(c -> ctx.articleChanged(new WindowContext.ArticleChange(c.id(), c.read(), c.starred(), null)));
        vm.setOnEdited(a -> ctx.articleChanged(new WindowContext.ArticleChange(a.id(), null, null, null,
                new WindowContext.RowDetails(a.title(), a.source(), a.place(), a.published(), a.publishedText()))));
        ctx.onArticleChanged(c -> {
            ArticleDetails d = vm.detailsProperty().get();
            if (c.tags() != null && d != null && d.article().id() == c.id()) vm.refresh();
        });
        ctx.onArchiveChanged(vm::refresh);
        configureNotesPane();
        ctx.queryProperty().addListener((obs, old, now) -> {
            if (!QueryWords.of(old).equals(QueryWords.of(now))) vm.clearHits();
        });
    }

    /** The split between the article and the lists under it. */
    public SplitPane split() {
        return readerSplit;
    }

    /**
     * The highlights and notes under the article fold away: until the user chooses (the toggle under the article,
     * remembered), they show only for an article that has some, so an empty pane takes none of the reader.
     */
    private void configureNotesPane() {
        notesToggle.setId("notesToggle");
        notesToggle.getStyleClass().addAll("small", "notes-toggle");
        notesToggle.setMaxWidth(Double.MAX_VALUE);
        Runnable auto = () -> {
            if (ctx.preferences().get(NOTES_PANE).filter(v -> !v.isEmpty()).isEmpty()) {
                showNotes(!vm.annotations().isEmpty() || !vm.notes().isEmpty());
            }
        };
        vm.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c -> auto.run());
        vm.notes().addListener((javafx.collections.ListChangeListener<ArticleNote>) c -> auto.run());
        showNotes(ctx.preferences().get(NOTES_PANE).map("shown"::equals).orElse(false));
    }

    /** The window setting that holds the user's choice: "shown" or "hidden" (none: shown when there are some). */
    static final String NOTES_PANE = "reader.notesPane";

    @FXML
    void toggleNotes() {
        boolean shown = notesToggle.isSelected();
        ctx.preferences().put(NOTES_PANE, shown ? "shown" : "hidden");
        showNotes(shown);
    }

    private void showNotes(boolean shown) {
        notesToggle.setSelected(shown);
        notesToggle.setText(dialogs.t(shown ? "reader.notesHide" : "reader.notesShow"));
        boolean now = readerSplit.getItems().contains(readerTabs);
        if (shown == now) return;
        if (shown) {
            readerSplit.getItems().add(readerTabs);
            readerSplit.setDividerPositions(notesDivider);
        } else {
            notesDivider = readerSplit.getDividerPositions()[0];
            readerSplit.getItems().remove(readerTabs);
        }
    }

    /** Whether the highlights and notes show under the article. */
    public boolean notesShown() {
        return readerSplit.getItems().contains(readerTabs);
    }

    /** Where the split between the article and its highlights and notes is, shown or not (remembered by the shell). */
    public double notesDivider() {
        return notesShown() ? readerSplit.getDividerPositions()[0] : notesDivider;
    }

    public void setNotesDivider(double position) {
        if (position <= 0.05 || position >= 0.98) return;
        notesDivider = position;
        if (notesShown()) readerSplit.setDividerPositions(position);
    }

    /** The article shown, if any. */
    public Optional<Long> openId() {
        ArticleDetails d = vm.detailsProperty().get();
        return d == null ? Optional.empty() : Optional.of(d.article().id());
    }

    /** Builds the body's text area off the FX thread once the window is up. */
    public void prepareInBackground(Background background) {
        reader.prepareInBackground(background);
    }

    /** The article shown was deleted or hidden: the reader goes empty. */
    public void closeIf(List<Long> ids) {
        openId().filter(ids::contains).ifPresent(id -> vm.close());
    }

    @FXML
    public void toggleStar() {
        vm.toggleStar();
    }

    @FXML
    public void editArticle() {
        ArticleDetails d = vm.detailsProperty().get();
        if (d != null) new ArticleEditDialog(ctx.stage(), ctx.text(), d.article()).showAndWait().ifPresent(vm::edit);
    }

    @FXML
    void tagArticle() {
        openId().ifPresent(id -> ctx.actions().tag(List.of(id)));
    }

    public void highlightSelection() {
        highlightSelectionIn("yellow");
    }

    void highlightSelectionIn(String color) {
        reader.selection().ifPresent(r -> vm.highlight(r.getStart(), r.getEnd(), color, null));
    }

    /** With a selection: a highlight carrying the note; without: a note on the article. */
    @FXML
    public void addNote() {
        if (vm.detailsProperty().get() == null) return;
        Optional<IndexRange> selection = reader.selection();
        if (selection.isPresent()) {
            IndexRange r = selection.get();
            String quote = reader.area().getText(r.getStart(), r.getEnd());
            dialogs.askNote(quote, null).ifPresent(note -> vm.highlight(r.getStart(), r.getEnd(), "yellow", note));
        } else {
            dialogs.askNote(null, null).ifPresent(vm::addNote);
        }
    }

    void editAnnotation(Annotation a) {
        dialogs.editAnnotation(a).ifPresent(choice -> {
            if (choice.delete()) vm.deleteAnnotation(a.id());
            else vm.updateAnnotation(a.id(), choice.note(), choice.color());
        });
    }

    void deleteNote(ArticleNote n) {
        if (dialogs.confirm(dialogs.t("noteDialog.confirmDelete"))) vm.deleteNote(n.id());
    }

    @FXML
    public void nextHit() {
        vm.nextHit();
    }

    @FXML
    public void previousHit() {
        vm.previousHit();
    }

    /** The body's text area (made on first use); for tests and screenshots. */
    public InlineCssTextArea area() {
        return reader.area();
    }
}
