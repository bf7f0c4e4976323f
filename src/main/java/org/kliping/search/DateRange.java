package org.kliping.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A {@code date:} value as an inclusive range of epoch days: {@code 2025}, {@code 2025-04},
 * {@code 2025-04-28}, and ranges {@code 2025-04..2025-05} (either side may be left open).
 */
record DateRange(long fromDay, long toDay) {

    static Optional<DateRange> parse(String value) {
        String v = value.strip();
        int dots = v.indexOf("..");
        try {
            if (dots < 0) {
                return Optional.of(new DateRange(start(v), end(v)));
            }
            String from = v.substring(0, dots).strip();
            String to = v.substring(dots + 2).strip();
            long f = from.isEmpty() ? Long.MIN_VALUE : start(from);
            long t = to.isEmpty() ? Long.MAX_VALUE : end(to);
            if (from.isEmpty() && to.isEmpty()) return Optional.empty();
            return f <= t ? Optional.of(new DateRange(f, t)) : Optional.of(new DateRange(t, f));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static long start(String s) {
        return switch (granularity(s)) {
            case 1 -> LocalDate.of(Integer.parseInt(s), 1, 1).toEpochDay();
            case 2 -> YearMonth.parse(s).atDay(1).toEpochDay();
            default -> LocalDate.parse(s).toEpochDay();
        };
    }

    private static long end(String s) {
        return switch (granularity(s)) {
            case 1 -> LocalDate.of(Integer.parseInt(s), 12, 31).toEpochDay();
            case 2 -> YearMonth.parse(s).atEndOfMonth().toEpochDay();
            default -> LocalDate.parse(s).toEpochDay();
        };
    }

    private static int granularity(String s) {
        if (s.matches("\\d{4}")) return 1;
        if (s.matches("\\d{4}-\\d{2}")) return 2;
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return 3;
        throw new IllegalArgumentException("not a date: " + s);
    }
}
