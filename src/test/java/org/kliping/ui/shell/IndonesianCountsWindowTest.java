package org.kliping.ui.shell;

import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.Test;
import org.kliping.ui.common.UiLanguage;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 25 item 6: the sidebar's counts are written as the interface's language writes numbers, not the JVM's. */
public class IndonesianCountsWindowTest extends WindowTestSupport {

    @Override
    UiLanguage language() {
        return UiLanguage.INDONESIAN;
    }

    @Test
    void sidebarCountsUseIndonesianDigitGrouping() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US); // a system that writes 100,000
        try {
            onFx(() -> app.viewModel().sidebar().allCountProperty().set(100_000));
            waitUntil("the sidebar shows 100.000", () -> sidebar().lookupAll(".tree-cell").stream()
                    .map(n -> ((TreeCell<?>) n).getText()).anyMatch("Semua artikel  (100.000)"::equals));
            assertThat(fx(() -> sidebar().lookupAll(".tree-cell").stream().map(n -> ((TreeCell<?>) n).getText())
                    .noneMatch(t -> t != null && t.contains("100,000")))).isTrue();
        } finally {
            Locale.setDefault(before);
        }
    }
}
