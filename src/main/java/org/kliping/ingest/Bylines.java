package org.kliping.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writers named in the text of a page that names none in its markup: a short line such as {@code Penulis: Ani
 * Rahma}, {@code Reporter: Budi | Editor: Citra} or {@code Oleh: Dedi} near the top or the end of the body. The
 * line stays for the cleaning rules to leave out; an {@code Editor:} is not an author.
 */
final class Bylines {
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(?:penulis|reporter|pewarta|oleh|ditulis oleh|by|kontributor|laporan wartawan [^,]{2,40},)\\s*:?\\s+(.{2,80})$");
    /** Lines looked at from each end of the body. */
    private static final int EDGE_LINES = 4;

    private Bylines() {
    }

    static List<String> take(List<String> paragraphs) {
        int n = paragraphs.size();
        for (int i = 0; i < n; i++) {
            if (i >= EDGE_LINES && i < n - EDGE_LINES) continue;
            String p = paragraphs.get(i);
            if (p.length() > 100) continue;
            Matcher m = BYLINE.matcher(p);
            if (m.matches()) {
                List<String> names = PageMetadata.splitNames(m.group(1));
                if (!names.isEmpty()) return names;
            }
        }
        return List.of();
    }
}
