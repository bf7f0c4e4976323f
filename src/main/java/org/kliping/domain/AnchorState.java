package org.kliping.domain;

/** Whether a highlight is placed in its article's current text. */
public enum AnchorState {
    ANCHORED, ORPHANED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
