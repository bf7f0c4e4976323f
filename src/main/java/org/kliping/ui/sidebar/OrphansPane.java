package org.kliping.ui.sidebar;

import org.kliping.ui.common.*;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.kliping.domain.Annotation;
import org.kliping.ui.common.Dialogs;
import org.kliping.ui.common.WindowContext;

/** The orphaned highlights of the whole archive, with their quote and note; a double click opens the article. */
public final class OrphansPane {

    private final WindowContext ctx;
    private final SidebarViewModel vm;

    @FXML ListView<SidebarViewModel.Orphan> orphanList;

    public OrphansPane(WindowContext ctx, SidebarViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    @FXML
    void initialize() {
        orphanList.setPlaceholder(new Label(ctx.dialogs().t("orphans.none")));
        orphanList.setItems(vm.orphans());
        orphanList.setCellFactory(l -> new ListCell<>() {
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
        orphanList.setOnMouseClicked(e -> {
            SidebarViewModel.Orphan o = orphanList.getSelectionModel().getSelectedItem();
            if (o != null && e.getClickCount() == 2) ctx.open(WindowContext.OpenRequest.of(o.annotation().articleId()));
        });
    }
}
