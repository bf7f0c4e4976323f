package org.kliping.service;

import java.util.Locale;
import java.util.Map;

/** The media type of an article's original, from the name it was imported under (the last zip entry's, if any). */
final class OriginMediaTypes {
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("txt", "text/plain"), Map.entry("text", "text/plain"), Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"), Map.entry("md", "text/markdown"), Map.entry("markdown", "text/markdown"),
            Map.entry("json", "application/json"), Map.entry("jsonl", "application/jsonl"),
            Map.entry("ndjson", "application/jsonl"), Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"), Map.entry("webp", "image/webp"));

    private OriginMediaTypes() {
    }

    /** The type, or null when the name says nothing known (an article restored without an origin name). */
    static String of(String originName) {
        if (originName == null) return null;
        String name = originName.substring(originName.lastIndexOf('!') + 1).replaceFirst(":\\d+$", "")
                .replaceFirst(" page \\d+$", "").replaceFirst("\\[\\d+]$", "");
        int dot = name.lastIndexOf('.');
        if (dot < 0) return null;
        return BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
