package org.kliping.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kliping.domain.NameKind;

/**
 * Names known in advance with their kind ({@code gazetteer.txt}: a {@code [PLACE]} style header, then
 * one canonical name a line). Looked up by {@link Aliases#key}, so case and hyphens do not matter.
 */
final class Gazetteer {
    static final String RESOURCE = "gazetteer.txt";
    /** Longest name in words the extractor tries to match; "Perjanjian Kemitraan Strategis Komprehensif" is 4. */
    static final int MAX_WORDS = 6;

    private final Map<String, Entry> byKey;

    record Entry(String name, NameKind kind) {
    }

    private Gazetteer(Map<String, Entry> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    static Gazetteer bundled() {
        Map<String, Entry> byKey = new HashMap<>();
        NameKind kind = null;
        for (String line : BundledList.lines(RESOURCE)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                kind = NameKind.valueOf(line.substring(1, line.length() - 1));
            } else if (kind == null) {
                throw new IllegalArgumentException("gazetteer name before any [KIND] header: " + line);
            } else {
                byKey.put(Aliases.key(line), new Entry(line, kind));
            }
        }
        return new Gazetteer(byKey);
    }

    Optional<Entry> find(String name) {
        return Optional.ofNullable(byKey.get(Aliases.key(name)));
    }
}
