package org.kliping.ingest;

/** Text given outside an import (an edited body) decoded as a text file on import is. */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * BOM, else strict UTF-8, else Windows-1252; binary content refused.
     *
     * @throws IllegalArgumentException with the reason when the bytes are not text
     */
    public static String decode(byte[] bytes) {
        try {
            return TextDecoder.decode(bytes).text();
        } catch (UnreadableArticleException e) {
            throw new IllegalArgumentException(e.reason(), e);
        }
    }
}
