package org.kliping.paper;

/** A page or file that cannot be read, with a reason a user understands (what to install, which page failed). */
public final class PaperException extends RuntimeException {
    public PaperException(String reason) {
        super(reason);
    }

    public PaperException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
