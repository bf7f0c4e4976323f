package org.kliping.capture;

import org.kliping.domain.KlipingException;

/**
 * A web address, feed or inbox file that could not be had, with a reason a user understands ("name not found",
 * "connection refused", "timeout", "404 Not Found", "too large", "not a web page"). The message names the address.
 */
public final class CaptureException extends KlipingException {
    private final String location;
    private final String reason;

    public CaptureException(String location, String reason) {
        this(location, reason, null);
    }

    public CaptureException(String location, String reason, Throwable cause) {
        super(location + ": " + reason, cause);
        this.location = location;
        this.reason = reason;
    }

    /** The address or file as the user gave it. */
    public String location() {
        return location;
    }

    /** What went wrong, without the address. */
    public String reason() {
        return reason;
    }
}
