package org.kliping.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the dates and instants the store wrote ({@code LocalDate.toString}, {@code Instant.toString}) as
 * {@code LocalDate.parse} and {@code Instant.parse} would, cheaply: a rebuild reads every article, and the
 * formatter's general parsing was a third of mapping a row (JFR). Every article of an import batch has the
 * same import instant, so the last one read is kept; a date of the usual form is read digit by digit.
 * Anything else goes to the JDK's parser, which also gives the same exception for a malformed value.
 */
final class StoredTimes {
    /** The last instant read, with its text; one immutable pair, so threads may share it. */
    private record Last(String text, Instant instant) {
    }

    private static volatile Last last = new Last(Instant.EPOCH.toString(), Instant.EPOCH);

    private StoredTimes() {
    }

    static Instant instant(String text) {
        Last known = last;
        if (known.text().equals(text)) return known.instant();
        Instant parsed = Instant.parse(text);
        last = new Last(text, parsed);
        return parsed;
    }

    /** {@code yyyy-MM-dd} with a valid day read directly; anything else as {@link LocalDate#parse} reads it. */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /**
     * As {@link #date}, but null for a value that is no date (another tool wrote it): a list row still shows, with the
     * text of the date as it was printed, while the article's own reading still refuses it (and {@code check} lists it).
     */
    static LocalDate dateOrNull(String text) {
        try {
            return date(text);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
