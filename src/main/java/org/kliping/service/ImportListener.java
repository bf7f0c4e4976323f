package org.kliping.service;

import org.kliping.domain.ProgressListener;

/** Hears each item of an import as it is decided; the CLI prints a line per file, the window counts. */
public interface ImportListener extends ProgressListener {

    enum Status { IMPORTED, DUPLICATE, REJECTED }

    /**
     * @param articleId the new article (IMPORTED) or the existing one (DUPLICATE), else 0
     * @param message   the reason for a rejection, or the title of an imported article
     */
    void item(String location, Status status, long articleId, String message);

    /**
     * A slow file (a PDF or image that may need OCR) is being read now; called on the reading thread, before
     * its items. {@code index} counts from 1.
     */
    default void reading(String location, long index, long total) {
    }

    ImportListener NONE = new ImportListener() {
        @Override
        public void item(String location, Status status, long articleId, String message) {
        }

        @Override
        public void progress(long done, long total, String message) {
        }
    };
}
