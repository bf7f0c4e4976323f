package org.kliping.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Escaping for Markdown (CommonMark plus Obsidian's extras), YAML scalars and file names. */
final class MarkdownExportText {

    /** Characters that start inline markup in CommonMark or Obsidian ($ math, ~ strike, = highlight, | tables). */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>#|~$=])");
    private static final Pattern ENTITY = Pattern.compile("&(?=#|[A-Za-z]+;)");
    /** A line starting with - or + could be a list item, rule or heading underline; "1." an ordered list. */
    private static final Pattern BULLET = Pattern.compile("(?m)^([-+])");
    private static final Pattern ORDERED = Pattern.compile("(?m)^(\\d+)([.)])(?=\\s|$)");
    /** Four leading spaces would turn a paragraph into a code block. */
    private static final Pattern LEADING_SPACE = Pattern.compile("(?m)^[ \\t]+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>]+");
    private static final Pattern NOT_IN_FILE_NAME = Pattern.compile("[\\\\/:*?\"<>|#^\\[\\]\\p{Cntrl}]+");
    static final int MAX_FILE_NAME_CHARS = 100;
    /** ext4 and most file systems allow 255 bytes; stay well under for Indonesian text with emoji. */
    static final int MAX_FILE_NAME_BYTES = 200;

    private MarkdownExportText() {
    }

    /** Text shown as written: no character of it turns into markup, links, math or HTML. */
    static String escape(String text) {
        String escaped = LEADING_SPACE.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        escaped = INLINE.matcher(escaped).replaceAll("\\\\$1");
        escaped = ENTITY.matcher(escaped).replaceAll("\\\\&");
        escaped = BULLET.matcher(escaped).replaceAll("\\\\$1");
        return ORDERED.matcher(escaped).replaceAll("$1\\\\$2");
    }

    /** An autolink for a plain http(s) URL; anything else is shown as escaped text. */
    static String url(String url) {
        return URL.matcher(url).matches() ? "<" + url + ">" : escape(url);
    }

    /** A YAML double-quoted scalar: safe for any text, including ': ', '#' and line breaks. */
    static String yaml(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) sb.append(String.format("\\x%02x", c));
                    else sb.appendCodePoint(c);
                }
            }
        });
        return sb.append('"').toString();
    }

    /**
     * A file name from the title and id: no path or reserved characters, no leading dot, at most
     * {@value #MAX_FILE_NAME_CHARS} characters and {@value #MAX_FILE_NAME_BYTES} UTF-8 bytes. The id keeps
     * names unique even when titles repeat or differ only in case.
     */
    static String fileName(String title, long id, String extension) {
        String suffix = " (" + id + ")." + extension;
        String cleaned = NOT_IN_FILE_NAME.matcher(title).replaceAll(" ").replaceAll("\\s+", " ").strip();
        cleaned = cleaned.replaceFirst("^[.\\s]+", "");
        String stem = truncate(cleaned, MAX_FILE_NAME_CHARS - suffix.length(),
                MAX_FILE_NAME_BYTES - suffix.getBytes(StandardCharsets.UTF_8).length).strip();
        return (stem.isEmpty() ? "artikel" : stem) + suffix;
    }

    /** Cuts at a code point boundary so that neither limit is passed and no surrogate pair is split. */
    private static String truncate(String text, int maxChars, int maxBytes) {
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int charCount = Character.charCount(c);
            int byteCount = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (sb.length() + charCount > maxChars || bytes + byteCount > maxBytes) break;
            sb.appendCodePoint(c);
            bytes += byteCount;
            i += charCount;
        }
        return sb.toString();
    }
}
