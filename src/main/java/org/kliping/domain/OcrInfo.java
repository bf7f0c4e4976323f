package org.kliping.domain;

import java.util.List;
import java.util.Objects;

/**
 * How an article's text was recognised from an image.
 *
 * @param engine     the engine and its version ("tesseract 5.3.0")
 * @param languages  the language data used, in order ("ind", "eng")
 * @param confidence the mean word confidence, 0..100
 */
public record OcrInfo(String engine, List<String> languages, double confidence) {
    public OcrInfo {
        Objects.requireNonNull(engine, "engine");
        languages = List.copyOf(languages);
    }
}
