package org.kliping.ui.common;

import javafx.scene.paint.Color;

import java.util.List;
import java.util.Map;

/** Highlight colours by the name stored with a highlight, and tag colours as stored ({@code #rrggbb}). */
public final class HighlightColors {

    /** Highlight colours offered in the menu, by the name stored with the highlight. */
    public static final Map<String, String> COLORS = Map.of(
            "yellow", "#fff59d", "green", "#c5e1a5", "blue", "#90caf9", "pink", "#f8bbd0", "orange", "#ffcc80");
    public static final List<String> ORDER = List.of("yellow", "green", "blue", "pink", "orange");

    private HighlightColors() {
    }

    /** A stored tag colour; grey when none or unreadable. */
    public static Color colorOf(String css) {
        if (css == null || css.isBlank()) return Color.GRAY;
        try {
            return Color.web(css);
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }
}
