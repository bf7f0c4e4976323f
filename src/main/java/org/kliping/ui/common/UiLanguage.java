package org.kliping.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;

/** The UI language: Indonesian or English, from the preference or else the system language. */
public enum UiLanguage {
    INDONESIAN("id"), ENGLISH("en");

    private final String code;

    UiLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public ResourceBundle bundle() {
        return ResourceBundle.getBundle("org.kliping.ui.messages", locale(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code preference} is "id", "en" or "system"/null; Java may spell Indonesian "in". */
    public static UiLanguage resolve(String preference, Locale system) {
        String lang = preference == null || preference.equals("system") ? system.getLanguage() : preference;
        return lang.equals("id") || lang.equals("in") ? INDONESIAN : ENGLISH;
    }
}
