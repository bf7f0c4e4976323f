package org.kliping.search;

import java.nio.file.Path;
import java.time.Duration;

/** Temporary placeholder until the search branch lands. */
public record SearchSettings(Path synonymsFile, int maxClauses, int maxQueryChars, Duration timeout) {
    public static SearchSettings defaults() {
        return new SearchSettings(null, 1024, 10_000, Duration.ofSeconds(1));
    }
}
