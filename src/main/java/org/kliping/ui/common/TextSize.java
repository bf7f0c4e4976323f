package org.kliping.ui.common;

import javafx.scene.Parent;

import java.util.List;

/**
 * The size of the window's text and the width of the reader's lines, the user's own settings (the same for every
 * archive). Every size in the window's stylesheets is in em of the root's font size, so setting that one size scales
 * the menus, lists and reader alike.
 */
public final class TextSize {

    /** The text sizes offered, in pixels; the themes' own is {@link #NORMAL}. */
    public static final List<Integer> SIZES = List.of(12, 14, 16, 18, 20, 24);
    public static final int NORMAL = 14;
    /** The reader's line widths offered, in characters; 0 is the reader's full width. */
    public static final List<Integer> LINE_WIDTHS = List.of(0, 60, 75, 90);
    /** About how wide a character of the reader's text is, in em (Indonesian prose in the themes' sans-serif font). */
    public static final double CHARACTER_EM = 0.5;

    private TextSize() {
    }

    /** The user's text size in pixels ({@link #NORMAL} when unset or unreadable). */
    public static int of(UiPreferences prefs) {
        int size = (int) prefs.getDouble(UiPreferences.TEXT_SIZE, NORMAL);
        return size >= 8 && size <= 48 ? size : NORMAL;
    }

    /** The reader's line width in characters (0: as wide as the reader). */
    public static int lineWidthOf(UiPreferences prefs) {
        int chars = (int) prefs.getDouble(UiPreferences.READER_LINE_WIDTH, 0);
        return chars >= 20 && chars <= 400 ? chars : 0;
    }

    /** Sets the root's font size, which every em in the stylesheets follows. */
    public static void applyTo(Parent root, UiPreferences prefs) {
        applyTo(root, of(prefs));
    }

    public static void applyTo(Parent root, int pixels) {
        root.setStyle("-fx-font-size: " + pixels + "px;");
    }
}
