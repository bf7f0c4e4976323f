package org.kliping.ui.stories;

import org.kliping.ui.common.*;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kliping.domain.Article;
import org.kliping.domain.ComparisonRow;
import org.kliping.domain.FigureClaim;
import org.kliping.domain.Story;
import org.kliping.service.StoryDetails;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Stories pane: the list of stories, and for the one selected its names as chips, the comparison
 * table (a click opens the claim's sentence in the reader), a timeline of its articles, and the edits.
 */
public final class StoriesView {

    /** One claim of a comparison row; the row's label shows on its first claim only. */
    public record ClaimLine(ComparisonRow row, FigureClaim claim, boolean first) {
    }

    private static final PseudoClass DISAGREEMENT = PseudoClass.getPseudoClass("disagreement");

    private final WindowContext ctx;
    private final StoriesViewModel vm;
    final VBox pane = new VBox(6);
    final ListView<Story> storyList = new ListView<>();
    final TableView<ClaimLine> table = new TableView<>();
    final ListView<Article> timeline = new ListView<>();
    private final Label title = new Label();
    private final Label outlets = new Label();
    private final FlowPane names = new FlowPane(4, 4);

    StoriesView(WindowContext ctx, StoriesViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        pane.setId("storiesPane");
        pane.getStyleClass().add("stories-pane");
        pane.setPadding(new Insets(0));
        storyList.setId("storyList");
        storyList.setPrefHeight(76);
        storyList.setMinHeight(60);
        storyList.setItems(vm.stories());
        // the first story opens by itself: the pane is for comparing, not for an empty table
        vm.stories().addListener((javafx.collections.ListChangeListener<Story>) c -> {
            if (storyList.getSelectionModel().isEmpty() && !vm.stories().isEmpty()) storyList.getSelectionModel().select(0);
        });
        storyList.setCellFactory(l -> new StoryCell());
        storyList.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) vm.open(s.id());
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .then(ctx.text().getString("stories.loading")).otherwise(ctx.text().getString("stories.none")));
        storyList.setPlaceholder(placeholder);
        title.getStyleClass().add("story-title");
        title.setWrapText(true);
        outlets.getStyleClass().add("story-outlets");
        outlets.setWrapText(true);
        configureTable();
        configureTimeline();
        Button md = new Button(ctx.text().getString("stories.exportMarkdown"));
        md.setOnAction(e -> exportTable("markdown", "story.md"));
        Button csv = new Button(ctx.text().getString("stories.exportCsv"));
        csv.setOnAction(e -> exportTable("csv", "story.csv"));
        HBox buttons = new HBox(6, md, csv);
        VBox.setVgrow(table, Priority.ALWAYS);
        // at 1024x700 the timeline's default height left the figures table one and a half rows: the table comes first
        table.setMinHeight(170);
        timeline.setPrefHeight(120);
        timeline.setMinHeight(72);
        pane.getChildren().setAll(storyList, title, names, table, outlets, timeline, buttons);
        vm.currentProperty().addListener((obs, old, d) -> show(d));
        show(null);
    }

    void activate() {
        vm.refresh();
    }

    private void configureTable() {
        table.setId("comparisonTable");
        table.setPlaceholder(new Label(ctx.text().getString("stories.noFigures")));
        table.getColumns().setAll(List.of(
                column("stories.counted", l -> !l.first() ? "" : l.row().counted() + (l.row().disagreement()
                        ? "\n⚠ " + ctx.text().getString("stories.differs") : "")),
                column("stories.value", l -> l.claim().valueText()
                        + (blank(l.claim().qualifier()) ? "" : " (" + l.claim().qualifier() + ")")),
                column("stories.according", l -> blank(l.claim().attributedTo()) ? "—" : l.claim().attributedTo()),
                column("stories.outlet", l -> org.kliping.story.StoryComparison.UNKNOWN_OUTLET.equals(l.claim().outlet())
                        ? unknownOutlet() : l.claim().outlet())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> {
            TableRow<ClaimLine> row = new TableRow<>() {
                @Override
                protected void updateItem(ClaimLine item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(DISAGREEMENT, !empty && item != null && item.row().disagreement());
                }
            };
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) openClaim(row.getItem().claim());
            });
            return row;
        });
    }

    private TableColumn<ClaimLine, String> column(String key, Function<ClaimLine, String> value) {
        TableColumn<ClaimLine, String> c = new TableColumn<>(ctx.text().getString(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setSortable(false);
        c.setCellFactory(col -> new WrappingCell());
        return c;
    }

    private void configureTimeline() {
        timeline.setId("storyTimeline");
        timeline.setPrefHeight(150);
        timeline.setMinHeight(110);
        timeline.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        timeline.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Article a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : timelineLine(a));
            }
        });
        timeline.setOnMouseClicked(e -> {
            Article a = timeline.getSelectionModel().getSelectedItem();
            if (a != null && e.getClickCount() == 2) ctx.open(new WindowContext.OpenRequest(a.id(), 0, 0, java.util.Set.of()));
        });
        MenuItem move = new MenuItem(ctx.text().getString("stories.move"));
        move.setOnAction(e -> moveSelected());
        MenuItem split = new MenuItem(ctx.text().getString("stories.split"));
        split.setOnAction(e -> splitSelected());
        timeline.setContextMenu(new ContextMenu(move, split));
    }

    /** Selects the next (or previous) article of the timeline and opens it in the reader. */
    void moveInTimeline(int step) {
        int size = timeline.getItems().size();
        if (size == 0) return;
        int at = timeline.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(size - 1, at < 0 ? 0 : at + step));
        timeline.getSelectionModel().clearAndSelect(next);
        timeline.scrollTo(Math.max(0, next - 1));
        ctx.open(new WindowContext.OpenRequest(timeline.getItems().get(next).id(), 0, 0, java.util.Set.of()));
    }

    private String timelineLine(Article a) {
        String when = a.published() != null ? ctx.dialogs().date(a.published())
                : ctx.dialogs().t("stories.undated") + (blank(a.publishedText()) ? ""
                : " (" + ctx.dialogs().t("date.asWritten", a.publishedText().strip()) + ")");
        return when + " · " + StoryTimeline.outlet(a, unknownOutlet()) + " — " + a.title();
    }

    private String unknownOutlet() {
        return ctx.text().getString("outlet.unknown");
    }

    private void show(StoryDetails d) {
        nameFilter = null;
        render(d);
    }

    /**
     * Names are a facet of the story: a click on a name narrows the table and the timeline to the articles
     * that name it; a second click shows the whole story again.
     */
    private void toggleName(StoryDetails full, String name) {
        nameFilter = name.equals(nameFilter) ? null : name;
        render(full);
    }

    private void render(StoryDetails full) {
        boolean none = full == null;
        title.setText(none ? ctx.text().getString("stories.pick") : full.story().title());
        names.getChildren().clear();
        table.getItems().clear();
        timeline.getItems().clear();
        outlets.setText("");
        if (none) return;
        full.names().stream().limit(12).forEach(n -> {
            Label chip = new Label(n.name() + " · " + n.articles());
            chip.getStyleClass().add("name-chip");
            if (n.name().equals(nameFilter)) chip.getStyleClass().add("name-chip-selected");
            chip.setOnMouseClicked(e -> toggleName(full, n.name()));
            chip.setCursor(javafx.scene.Cursor.HAND);
            names.getChildren().add(chip);
        });
        StoryDetails d = nameFilter == null ? full : full.onlyNaming(nameFilter);
        List<ClaimLine> lines = new ArrayList<>();
        for (ComparisonRow row : d.comparison().rows()) {
            for (int i = 0; i < row.claims().size(); i++) lines.add(new ClaimLine(row, row.claims().get(i), i == 0));
        }
        table.getItems().setAll(lines);
        List<Article> ordered = StoryTimeline.ordered(d.articles());
        timeline.getItems().setAll(ordered);
        outlets.setText(ctx.dialogs().t("stories.coveredBy", String.join(", ", StoryTimeline.outlets(ordered, unknownOutlet()))));
    }

    /** The name the story is narrowed to, or null for the whole story. */
    private String nameFilter;

    private void openClaim(FigureClaim c) {
        ctx.open(new WindowContext.OpenRequest(c.articleId(), c.sentenceStart(), c.sentenceEnd(), java.util.Set.of()));
    }

    private void exportTable(String format, String suggested) {
        StoryDetails d = vm.currentProperty().get();
        if (d == null) return;
        ctx.saveAs().apply(suggested).ifPresent((Path out) -> vm.exportComparison(d.story().id(), format, out,
                () -> ctx.notice(ctx.dialogs().t("stories.exported", out))));
    }

    private void moveSelected() {
        StoryDetails d = vm.currentProperty().get();
        List<Long> ids = timeline.getSelectionModel().getSelectedItems().stream().map(Article::id).toList();
        if (d == null || ids.isEmpty()) return;
        pickOtherStory(d.story(), "stories.move").ifPresent(target -> vm.move(ids, target.id()));
    }

    private void splitSelected() {
        StoryDetails d = vm.currentProperty().get();
        List<Long> ids = timeline.getSelectionModel().getSelectedItems().stream().map(Article::id).toList();
        if (d == null || ids.isEmpty()) return;
        ctx.dialogs().askLine("stories.split", ctx.text().getString("stories.splitHeader"), d.story().title())
                .ifPresent(name -> vm.split(ids, name));
    }

    private java.util.Optional<Story> pickOtherStory(Story current, String titleKey) {
        List<Story> others = vm.stories().stream().filter(s -> s.id() != current.id()).toList();
        if (others.isEmpty()) return java.util.Optional.empty();
        List<String> labels = others.stream().map(s -> s.id() + ": " + s.title()).toList();
        return ctx.dialogs().choose(titleKey, labels).map(labels::indexOf).filter(i -> i >= 0).map(others::get);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Wraps long values (attributions, outlets) instead of clipping them. */
    private static final class WrappingCell extends javafx.scene.control.TableCell<ClaimLine, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.getStyleClass().add("text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.fillProperty().bind(textFillProperty());
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.setText(empty || value == null ? "" : value);
            setGraphic(empty ? null : text);
        }
    }

    private final class StoryCell extends ListCell<Story> {
        @Override
        protected void updateItem(Story s, boolean empty) {
            super.updateItem(s, empty);
            setContextMenu(null);
            if (empty || s == null) {
                setText(null);
                return;
            }
            setText(s.title() + "  (" + s.articleIds().size() + ")");
            MenuItem rename = new MenuItem(ctx.text().getString("stories.rename"));
            rename.setOnAction(e -> ctx.dialogs().askLine("stories.rename", s.title(), s.title())
                    .ifPresent(t -> vm.rename(s.id(), t)));
            MenuItem merge = new MenuItem(ctx.text().getString("stories.merge"));
            merge.setOnAction(e -> pickOtherStory(s, "stories.merge").ifPresent(other -> vm.merge(s.id(), other.id())));
            setContextMenu(new ContextMenu(rename, merge));
        }
    }
}
