package org.kliping.ingest;

/**
 * A Kliping JSON element that cannot become a domain record (a missing field, a bad date). The
 * reader turns it into a {@link ReadOutcome.Rejected} for that element and goes on.
 */
public final class KlipingJsonException extends IllegalArgumentException {

    public KlipingJsonException(String message) {
        super(message);
    }

    public KlipingJsonException(String message, Throwable cause) {
        super(message, cause);
    }

    static <T> T required(T value, String field) {
        if (value == null) throw new KlipingJsonException("missing field '" + field + "'");
        return value;
    }

    static java.time.Instant instant(String text, String field) {
        if (text == null) return null;
        try {
            return java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new KlipingJsonException("field '" + field + "' is not an ISO instant: '" + text + "'", e);
        }
    }

    static java.time.LocalDate date(String text, String field) {
        if (text == null) return null;
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new KlipingJsonException("field '" + field + "' is not a YYYY-MM-DD date: '" + text + "'", e);
        }
    }
}
