package org.kliping.ui;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;

import java.util.List;

/**
 * The search box and what follows it: the query runs after typing pauses, Enter/Down go to the results,
 * the result count and notices under the box, and the sidebar rebuilt when facets or counts change.
 */
final class SearchBox {

    private final MainView v;
    private final PauseTransition debounce = new PauseTransition(MainView.SEARCH_DEBOUNCE);

    SearchBox(MainView v) {
        this.v = v;
    }

    void bind() {
        debounce.setOnFinished(e -> v.vm.list().reload());
        v.searchField.setId("searchField");
        v.searchField.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN || e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                goToResults();
                e.consume();
            }
        });
        v.searchField.textProperty().bindBidirectional(v.vm.list().queryProperty());
        v.vm.list().queryProperty().addListener((obs, old, now) -> debounce.playFromStart());
        v.queryErrorLabel.textProperty().bind(v.vm.list().queryErrorProperty());
        v.queryErrorLabel.visibleProperty().bind(v.vm.list().queryErrorProperty().isNotEmpty());
        v.queryErrorLabel.managedProperty().bind(v.queryErrorLabel.visibleProperty());
        v.resultLabel.textProperty().bind(Bindings.createStringBinding(() -> resultText(),
                v.vm.list().totalProperty(), v.vm.list().totalAllWordsProperty(), v.vm.list().searchingProperty(),
                v.vm.list().noticesProperty()));
        v.vm.list().facetsProperty().addListener((obs, old, now) -> v.sidebarView.rebuild(now));
        v.vm.sidebar().tags().addListener((javafx.collections.ListChangeListener<Object>) c -> rebuildSidebar());
        v.vm.sidebar().sources().addListener((javafx.collections.ListChangeListener<Object>) c -> rebuildSidebar());
        v.vm.sidebar().savedSearches().addListener((javafx.collections.ListChangeListener<Object>) c -> rebuildSidebar());
        v.vm.sidebar().orphans().addListener((javafx.collections.ListChangeListener<Object>) c -> rebuildSidebar());
        v.vm.sidebar().allCountProperty().addListener((obs, old, now) -> rebuildSidebar());
        v.vm.sidebar().unreadCountProperty().addListener((obs, old, now) -> rebuildSidebar());
        v.vm.sidebar().starredCountProperty().addListener((obs, old, now) -> rebuildSidebar());
    }

    /** Down or Enter in the search box: to the list, the first result selected. */
    private void goToResults() {
        v.table.requestFocus();
        if (debounce.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            debounce.stop();
            v.selectFirstWhenLoaded = true;
            v.vm.list().reload();
        } else if (v.table.getSelectionModel().isEmpty()) {
            WindowGestures.move(v.table, 1);
        }
    }

    private String resultText() {
        long total = v.vm.list().totalProperty().get();
        long allWords = v.vm.list().totalAllWordsProperty().get();
        String count = !v.vm.list().searchingProperty().get() ? v.dialogs.t("list.count", total)
                : allWords < total ? v.dialogs.t("search.resultsSoft", allWords, total)
                : v.dialogs.t("search.results", total);
        List<String> notices = v.vm.list().noticesProperty().get();
        return notices.isEmpty() ? count : count + " — " + String.join("; ", notices);
    }

    private void rebuildSidebar() {
        v.sidebarView.rebuild(v.vm.list().facetsProperty().get());
    }
}
