package org.kliping.cli;

/**
 * Text from the archive or from file names, made safe for a terminal: control characters (escape sequences that
 * clear the screen or set the window title, carriage returns and newlines that forge lines) and bidirectional
 * overrides are shown escaped ({@code \e}, {@code \r}, {@code \u202E}). Human-readable output only; JSON is exact.
 */
final class Terminal {

    private Terminal() {
    }

    /** One line: every control character escaped, newlines included. */
    static String line(Object value) {
        return escape(value, false);
    }

    /** Several lines (a body, a comparison table): newlines and tabs kept, every other control escaped. */
    static String text(Object value) {
        return escape(value, true);
    }

    private static String escape(Object value, boolean keepLines) {
        if (value == null) return null;
        String s = value.toString();
        int i = 0;
        while (i < s.length() && !needsEscape(s.charAt(i), keepLines)) i++;
        if (i == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsEscape(c, keepLines)) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x1B -> sb.append("\\e");
                default -> sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(char c, boolean keepLines) {
        if (keepLines && (c == '\n' || c == '\t')) return false;
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
