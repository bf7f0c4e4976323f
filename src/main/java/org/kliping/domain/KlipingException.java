package org.kliping.domain;

/**
 * Base of every error Kliping reports to a user. The CLI maps the subtype to an exit code; the window
 * shows the message. Messages name the file, id or query involved.
 */
public class KlipingException extends RuntimeException {
    public KlipingException(String message) {
        super(message);
    }

    public KlipingException(String message, Throwable cause) {
        super(message, cause);
    }
}
