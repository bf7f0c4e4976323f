package org.kliping.paper;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Tests that need Tesseract with its Indonesian data skip, saying so, where it is not installed. */
final class OcrAvailable {
    private static final TesseractProgram ENGINE = TesseractProgram.fromEnvironment();

    private OcrAvailable() {
    }

    static TesseractProgram engine() {
        assumeTrue(ENGINE.unavailableReason().isEmpty(), () -> "skipped: " + ENGINE.unavailableReason().orElse(""));
        return ENGINE;
    }
}
