package org.kliping.paper;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The OCR engine behind paper reading: one page image in, words with boxes out. Kept this small so the
 * engine can change (decision 0018 chose the {@code tesseract} program).
 */
public interface OcrEngine {

    /** "tesseract 5.3.0". */
    String name();

    /** The language data used, in order of preference ("ind", "eng"). */
    List<String> languages();

    /** Empty when the engine and its Indonesian data are installed; else what to install, for a user. */
    Optional<String> unavailableReason();

    /**
     * Recognises one page; a page that takes longer than {@code limit} is abandoned with a
     * {@link PaperException} saying so.
     */
    List<OcrWord> recognise(BufferedImage page, Duration limit);
}
