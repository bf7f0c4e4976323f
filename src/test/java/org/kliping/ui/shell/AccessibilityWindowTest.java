package org.kliping.ui.shell;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.kliping.ui.common.TextSize;
import org.kliping.ui.common.UiPreferences;
import org.kliping.ui.common.UiTheme;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24 item 7: the keyboard reaches and leaves every part, the focus shows, the selected row stands out, icon
 * buttons are named for screen readers; and the text size and line width the user chooses (issue 25).
 */
public class AccessibilityWindowTest extends WindowTestSupport {

    @Test
    void tabAndShiftTabLeaveTheReaderText() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        waitUntil("the article is shown", () -> reader() != null && reader().getLength() > 100);
        onFx(() -> reader().requestFocus());
        waitUntil("the reader has the focus", () -> reader().isFocused());
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        waitUntil("Tab moved the focus out of the reader", () -> !reader().isFocused()
                && stage.getScene().getFocusOwner() != null);
        assertThat(fx(() -> reader().getText().contains("\t"))).isFalse();

        onFx(() -> reader().requestFocus());
        waitUntil("the reader has the focus again", () -> reader().isFocused());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        waitUntil("Shift+Tab moved the focus out of the reader", () -> !reader().isFocused());
    }

    @Test
    void iconButtonsHaveAccessibleTextAndTooltips() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        waitUntil("the article is shown", () -> reader() != null && reader().getLength() > 100);
        List<String> unnamed = fx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : all(app.view().root)) {
                if (!(n instanceof ButtonBase b) || !n.isVisible()) continue;
                String shown = b.getText() == null ? "" : b.getText();
                boolean symbolOnly = shown.codePoints().noneMatch(Character::isLetter);
                if (symbolOnly && (b.getAccessibleText() == null || b.getAccessibleText().isBlank() || b.getTooltip() == null)) {
                    out.add(b.getId() + " '" + shown + "'");
                }
            }
            return out;
        });
        assertThat(unnamed).isEmpty();
        assertThat(fx(() -> robot.lookup("#starButton").queryAs(ButtonBase.class).getAccessibleText())).isEqualTo("Star this article");
        assertThat(fx(() -> robot.lookup("#nextHitButton").queryAs(ButtonBase.class).getAccessibleText())).isEqualTo("Next hit");
        assertThat(fx(() -> robot.lookup("#previousHitButton").queryAs(ButtonBase.class).getTooltip().getText()))
                .contains("Shift+F3");
        assertThat(fx(() -> table().getAccessibleText())).isEqualTo("Articles");
        assertThat(fx(() -> reader().getAccessibleText())).isEqualTo("Article text");
        assertThat(fx(() -> searchField().getAccessibleText())).isEqualTo("Search the archive");
    }

    @Test
    void theSelectedRowStandsOutByAtLeast45To1InBothThemesAndTheFocusedListShowsIt() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        waitUntil("the article is shown", () -> app.viewModel().reader().detailsProperty().get() != null);
        for (UiTheme theme : UiTheme.values()) {
            onFx(() -> theme.applyTo(app.view().root));
            onFx(() -> table().requestFocus());
            waitUntil("the table has the focus", () -> table().isFocused());
            checkSelectedRow(theme + ", focused");
            Paint focusedFrame = fx(() -> frame(table()));
            onFx(() -> searchField().requestFocus());
            waitUntil("the search field has the focus", () -> searchField().isFocused());
            checkSelectedRow(theme + ", not focused");
            Paint frame = fx(() -> frame(table()));
            assertThat(focusedFrame).as("the focused table's frame, " + theme).isNotEqualTo(frame);
            Color page = fx(() -> rowBackground(1));
            assertThat(contrast((Color) focusedFrame, page)).as("focus frame against the page, " + theme).isGreaterThanOrEqualTo(3.0);
        }
        onFx(() -> UiTheme.LIGHT.applyTo(app.view().root));
    }

    private void checkSelectedRow(String when) throws Exception {
        onFx(() -> app.view().root.applyCss());
        Color selected = fx(() -> rowBackground(0));
        Color other = fx(() -> rowBackground(1));
        Color text = fx(() -> cellText(0));
        Color title = fx(() -> titleText(0));
        assertThat(contrast(selected, other)).as("selected row against the others, " + when).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(text, selected)).as("text of the selected row, " + when).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(title, selected)).as("title of the selected row, " + when).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theTextSizeAndTheReadersLineWidthAreTheUsersAndApplyAtOnce() throws Exception {
        onFx(() -> table().getSelectionModel().clearAndSelect(0));
        waitUntil("the article is shown", () -> reader() != null && reader().getLength() > 100);
        UiPreferences prefs = fx(() -> app.view().context().preferences());
        try {
            changeTextSizeAndLineWidth(prefs);
        } finally {
            onFx(() -> { // the window saves them as it closes: the next test starts with the user's defaults
                prefs.put(UiPreferences.TEXT_SIZE, null);
                prefs.put(UiPreferences.READER_LINE_WIDTH, null);
            });
        }
    }

    private void changeTextSizeAndLineWidth(UiPreferences prefs) throws Exception {
        double before = fx(() -> { // the title's style applied first: a just-opened article's title may not have it yet
            app.view().root.applyCss();
            return robot.lookup("#readerTitle").queryAs(Labeled.class).getFont().getSize();
        });
        double paddingBefore = fx(() -> reader().getPadding().getRight());
        robot.clickOn("File").clickOn("Preferences…");
        waitUntil("the preferences show", () -> robot.lookup("#textSizeChoice").tryQuery().isPresent());
        onFx(() -> {
            robot.lookup("#textSizeChoice").<ComboBox<Integer>>query().setValue(18);
            robot.lookup("#lineWidthChoice").<ComboBox<Integer>>query().setValue(60);
        });
        robot.clickOn("OK");
        waitUntil("the reader's title grew", () -> robot.lookup("#readerTitle").queryAs(Labeled.class).getFont().getSize() > before);
        assertThat(fx(() -> robot.lookup("#readerTitle").queryAs(Labeled.class).getFont().getSize()))
                .isCloseTo(before * 18 / TextSize.NORMAL, org.assertj.core.data.Offset.offset(0.5));
        assertThat(prefs.get(UiPreferences.TEXT_SIZE)).contains("18");
        assertThat(prefs.get(UiPreferences.READER_LINE_WIDTH)).contains("60");
        assertThat(UiPreferences.USER_KEYS).contains(UiPreferences.TEXT_SIZE, UiPreferences.READER_LINE_WIDTH);
        // 60 characters of 18 px text are about 583 px: a reader wider than that keeps a margin on the right
        onFx(() -> {
            stage.setWidth(1600);
            robot.lookup("#mainSplit").queryAs(javafx.scene.control.SplitPane.class).setDividerPositions(0.1, 0.3);
        });
        waitUntil("the reader's lines are held to about 60 characters", () -> {
            double width = ((Region) robot.lookup("#readerBodyHolder").query()).getWidth();
            double right = reader().getPadding().getRight();
            return width > 700 && right > paddingBefore && width - right < 60 * 0.5 * 18 * 1.08 + 40;
        });
    }

    // ---- colours as drawn

    private TableRow<?> row(int index) {
        return table().lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getIndex() == index && !r.isEmpty()).findFirst().orElseThrow();
    }

    /** The colour the row is filled with (its last fill: the first is the line between rows). */
    private Color rowBackground(int index) {
        var fills = row(index).getBackground().getFills();
        return (Color) fills.get(fills.size() - 1).getFill();
    }

    /** The text colour of a plain cell of the row (the first with text, not the title's styled cell). */
    private Color cellText(int index) {
        return row(index).lookupAll(".table-cell").stream().map(n -> (Labeled) n)
                .filter(c -> c.getText() != null && !c.getText().isBlank()).map(c -> (Color) c.getTextFill())
                .findFirst().orElseThrow();
    }

    private Color titleText(int index) {
        return row(index).lookupAll(".title-cell").stream().map(n -> (Color) ((Labeled) n).getTextFill()).findFirst().orElseThrow();
    }

    private static Paint frame(Region r) {
        return r.getBorder() == null || r.getBorder().getStrokes().isEmpty() ? null
                : r.getBorder().getStrokes().get(0).getTopStroke();
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static List<Node> all(Parent p) {
        List<Node> out = new ArrayList<>();
        for (Node n : p.getChildrenUnmodifiable()) {
            out.add(n);
            if (n instanceof Parent q) out.addAll(all(q));
        }
        return out;
    }
}
