package org.kliping.domain;

/**
 * A tag as the user typed it; nesting uses '/' ({@code konflik/rusia-ukraina}). Names are unique
 * regardless of case and keep the case they were typed in.
 */
public record Tag(String name, String color, long count) {
    public Tag {
        name = normalise(name);
    }

    public Tag(String name) {
        this(name, null, 0);
    }

    /** Trims the name and each path segment; rejects empty names and empty segments. */
    public static String normalise(String name) {
        if (name == null) throw new IllegalArgumentException("empty tag");
        String[] parts = name.strip().split("/", -1);
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            String s = p.strip();
            if (s.isEmpty()) throw new IllegalArgumentException("empty tag or tag segment: '" + name + "'");
            if (sb.length() > 0) sb.append('/');
            sb.append(s);
        }
        return sb.toString();
    }

    /** Case-insensitive key used for uniqueness. */
    public String key() {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isSameOrChildOf(String parent) {
        String k = key();
        String p = normalise(parent).toLowerCase(java.util.Locale.ROOT);
        return k.equals(p) || k.startsWith(p + "/");
    }
}
