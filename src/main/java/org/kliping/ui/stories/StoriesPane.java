package org.kliping.ui.stories;

import org.kliping.ui.common.*;

import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;
import org.kliping.ui.common.WindowContext;

/**
 * The stories pane, shown when the window context's middle is the stories. Its tables are made when it first shows:
 * they are not part of the window's first frame.
 */
public final class StoriesPane {

    private final WindowContext ctx;
    private final StoriesViewModel vm;
    private StoriesView view;

    @FXML StackPane holder;

    public StoriesPane(WindowContext ctx, StoriesViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    @FXML
    void initialize() {
        holder.setId("storiesHolder");
        ctx.middleProperty().addListener((obs, old, now) -> {
            if (now == WindowContext.Middle.STORIES) view().activate();
        });
        ctx.onArchiveChanged(() -> {
            if (view != null && holder.isVisible()) view.activate();
        });
    }

    private StoriesView view() {
        if (view == null) {
            view = new StoriesView(ctx, vm);
            holder.getChildren().setAll(view.pane);
        }
        return view;
    }

    /** J/K over the stories: the next or previous article of the story's timeline. */
    public void moveInTimeline(int step) {
        view().moveInTimeline(step);
    }
}
