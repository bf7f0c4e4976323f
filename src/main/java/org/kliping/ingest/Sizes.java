package org.kliping.ingest;

import java.util.Locale;

/** Byte counts written for people: "25.3 MB", "20 MB", "512 bytes". */
public final class Sizes {
    private static final double KB = 1024;
    private static final double MB = KB * 1024;
    private static final double GB = MB * 1024;

    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes >= GB) return scaled(bytes / GB, "GB");
        if (bytes >= MB) return scaled(bytes / MB, "MB");
        if (bytes >= KB) return scaled(bytes / KB, "KB");
        return bytes + " bytes";
    }

    static String overLimit(long bytes, long limit) {
        return "article is " + human(bytes) + ", over the " + human(limit) + " limit";
    }

    private static String scaled(double value, String unit) {
        String number = String.format(Locale.ROOT, "%.1f", value);
        return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + unit;
    }
}
