package org.kliping.ui.common;

import javafx.application.Application;

import java.util.Locale;
import java.util.Map;

/**
 * Light or dark (AtlantaFX Primer), chosen in the preferences or read from the desktop. The stylesheets
 * are taken from the AtlantaFX jar directly: its classes (2.1.0) are Java 21 bytecode and cannot load on
 * the Java 17 this app targets, while its CSS works with JavaFX 21.
 */
public enum UiTheme {
    LIGHT("primer-light.css"), DARK("primer-dark.css");

    private static final String THEME_FOLDER = "/atlantafx/base/theme/";

    private final String stylesheet;

    UiTheme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The stylesheet's URL, or null when AtlantaFX is not on the class path (JavaFX's Modena then). */
    public String stylesheetUrl() {
        java.net.URL url = UiTheme.class.getResource(THEME_FOLDER + stylesheet);
        return url == null ? null : url.toExternalForm();
    }

    public void apply() {
        Application.setUserAgentStylesheet(stylesheetUrl());
    }

    /** {@link #apply()}, and marks {@code root} with the style class {@code dark} for the window's own dark rules. */
    public void applyTo(javafx.scene.Parent root) {
        apply();
        root.getStyleClass().remove("dark");
        if (this == DARK) root.getStyleClass().add("dark");
    }

    /**
     * {@code preference} is "light", "dark" or "system"/null. The system is read from what the environment
     * tells without asking a desktop service: {@code KLIPING_THEME}, then a GTK theme name containing "dark".
     */
    public static UiTheme resolve(String preference, Map<String, String> env) {
        if ("dark".equals(preference)) return DARK;
        if ("light".equals(preference)) return LIGHT;
        String forced = env.getOrDefault("KLIPING_THEME", "");
        if (!forced.isBlank()) return forced.equalsIgnoreCase("dark") ? DARK : LIGHT;
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        return gtk.contains("dark") ? DARK : LIGHT;
    }
}
