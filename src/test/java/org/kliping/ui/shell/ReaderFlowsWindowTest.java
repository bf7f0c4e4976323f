package org.kliping.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kliping.ui.common.ArticleItem;
import org.kliping.ui.reader.HitFinder;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's flows around a search: hit marks that go with their query, where an article opens, hit counts. */
public class ReaderFlowsWindowTest extends WindowTestSupport {

    @Test
    void hitMarksAndTheCounterGoWhenTheQueryIsClearedWithEsc() throws Exception {
        openFirstResultOf("Gerasimov");
        robot.clickOn("#searchField").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil("the list is back", () -> !app.viewModel().list().searchingProperty().get() && table().getItems().size() == 5);
        assertNoHitsShown();
    }

    @Test
    void hitMarksAndTheCounterGoWithASearchWithoutResults() throws Exception {
        openFirstResultOf("Gerasimov");
        onFx(() -> searchField().setText("zzqqxx"));
        waitUntil("the search found nothing", () -> table().getItems().isEmpty() && !app.viewModel().list().loadingProperty().get()
                && "zzqqxx".equals(app.viewModel().list().queryProperty().get()));
        assertNoHitsShown();
    }

    @Test
    void aNewSearchMarksOnlyItsOwnWords() throws Exception {
        openFirstResultOf("Gerasimov");
        onFx(() -> searchField().setText("Putin"));
        waitUntil("the new results are shown", () -> app.viewModel().list().searchingProperty().get() && !table().getItems().isEmpty()
                && "Putin".equals(app.viewModel().list().queryProperty().get()) && !app.viewModel().list().loadingProperty().get());
        String body = fx(() -> reader().getText());
        List<HitFinder.Range> hits = fx(() -> List.copyOf(app.viewModel().reader().hits()));
        assertThat(hits).allSatisfy(h -> assertThat(body.substring(h.start(), h.end())).isEqualToIgnoringCase("putin"));
        if (hits.isEmpty()) assertNoHitsShown();
    }

    @Test
    void anArticleOpensAtItsTopAfterASearchScrolledTheReaderDown() throws Exception {
        long scrolled = openFirstResultOf("menyangkal"); // in the last paragraph of a long article
        waitUntil("the reader scrolled down to the hit", () -> reader().getEstimatedScrollY() > 50 && hitInSight());
        robot.clickOn("#searchField").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil("the list is back", () -> table().getItems().size() == 5 && !table().getItems().get(0).isPlaceholder());
        int other = fx(() -> table().getItems().get(0).id() == scrolled ? 1 : 0);
        long otherId = fx(() -> table().getItems().get(other).id());
        onFx(() -> table().getSelectionModel().clearAndSelect(other));
        waitUntil("the other article is shown", () -> app.viewModel().reader().detailsProperty().get() != null
                && app.viewModel().reader().detailsProperty().get().article().id() == otherId);
        waitForPulses();
        assertThat(fx(() -> reader().getEstimatedScrollY())).as("scrolled to the top").isZero();
        assertThat(fx(() -> reader().firstVisibleParToAllParIndex())).as("the lede is the first paragraph shown").isZero();
    }

    @Test
    void aHitIsShownWithTheLineBeforeItInSight() throws Exception {
        openFirstResultOf("menyangkal");
        waitUntil("the hit is in sight", this::hitInSight);
        waitForPulses();
        double[] gap = fx(() -> {
            HitFinder.Range hit = app.viewModel().reader().hits().get(0);
            var bounds = reader().getCharacterBoundsOnScreen(hit.start(), hit.end()).orElseThrow();
            var view = reader().localToScreen(reader().getLayoutBounds());
            return new double[]{bounds.getMinY() - view.getMinY(), bounds.getHeight()};
        });
        assertThat(gap[0]).as("room above the hit for a line of context").isGreaterThanOrEqualTo(gap[1] * 0.9);
    }

    @Test
    void aPhraseIsCountedAsOneHitPerOccurrence() throws Exception {
        openFirstResultOf("\"Korea Utara\"");
        String body = fx(() -> reader().getText()).toLowerCase(Locale.ROOT);
        // the search takes "Korut" for the phrase too (the snippet marks it): a hit of its own
        long phrases = Pattern.compile("\\b(korea\\W+utara|korut)\\b").matcher(body).results().count();
        long words = Pattern.compile("\\b(korea|utara|korut)\\b").matcher(body).results().count();
        assertThat(words).as("the test needs an article where the words outnumber the phrase").isGreaterThan(phrases);
        waitUntil("the counter counts phrases", () -> hitLabel().equals("1 / " + phrases));
        assertThat(fx(() -> app.viewModel().reader().hits().stream()
                .map(h -> body.substring(h.start(), h.end()).replaceAll("\\s+", " ")).distinct().toList()))
                .containsOnly("korea utara", "korut");
    }

    /** Searches, opens the first result, and waits until its hits are marked; the article's id. */
    private long openFirstResultOf(String query) throws Exception {
        // on a loaded machine a first search can run out of its time and list nothing: it is asked again
        for (int attempt = 0; attempt < 3; attempt++) {
            onFx(() -> searchField().setText(""));
            onFx(() -> searchField().setText(query));
            waitUntil("the search for " + query + " ends", () -> app.viewModel().list().searchingProperty().get()
                    && query.equals(app.viewModel().list().queryProperty().get()) && !app.viewModel().list().loadingProperty().get()
                    && (table().getItems().isEmpty() || table().getItems().get(0).snippet() != null));
            if (!fx(() -> table().getItems().isEmpty())) break;
        }
        waitUntil("results for " + query, () -> !table().getItems().isEmpty() && !table().getItems().get(0).isPlaceholder());
        long id = fx(() -> table().getItems().get(0).id());
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        waitUntil("the reader marks the hits", () -> app.viewModel().reader().detailsProperty().get() != null
                && app.viewModel().reader().detailsProperty().get().article().id() == id
                && !app.viewModel().reader().hits().isEmpty() && !hitLabel().isEmpty());
        return id;
    }

    private void assertNoHitsShown() throws Exception {
        waitUntil("the hit counter is empty", () -> hitLabel().isEmpty() && app.viewModel().reader().hits().isEmpty());
        String marked = fx(() -> {
            StringBuilder css = new StringBuilder();
            for (int i = 0; i < reader().getLength(); i++) css.append(reader().getStyleAtPosition(i + 1));
            return css.toString();
        });
        assertThat(marked).as("no hit marks left in the text").doesNotContain("#ffe082").doesNotContain("#ff9800");
    }

    private boolean hitInSight() {
        var hits = app.viewModel().reader().hits();
        if (hits.isEmpty()) return false;
        var bounds = reader().getCharacterBoundsOnScreen(hits.get(0).start(), hits.get(0).end());
        var view = reader().localToScreen(reader().getLayoutBounds());
        return bounds.isPresent() && bounds.get().getMinY() >= view.getMinY() && bounds.get().getMaxY() <= view.getMaxY();
    }

    private String hitLabel() {
        return ((Label) robot.lookup("#hitLabel").query()).getText();
    }

    private static void waitForPulses() throws Exception {
        for (int i = 0; i < 3; i++) onFx(() -> { });
        org.testfx.util.WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        onFx(() -> { });
    }
}
