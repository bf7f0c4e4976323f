package org.kliping.story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of the year an article's text mentions ("Senin (28/4)", "24 April"), used to keep apart undated
 * articles about one club or person in different weeks. Years are rarely written next to them, so
 * days are compared around the calendar (30 December is 3 days from 2 January).
 */
final class MentionedDays {
    private static final Pattern DAY_SLASH_MONTH = Pattern.compile("\\((?:\\p{L}+,?\\s*)?(\\d{1,2})/(\\d{1,2})(?:/\\d{2,4})?\\)");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "\\b(\\d{1,2})\\s+(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("februari", 2),
            Map.entry("maret", 3), Map.entry("april", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("agustus", 8), Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("desember", 12));
    private static final int DAYS_IN_YEAR = 365;
    /** A non-leap year to turn day and month into a day of the year. */
    private static final int ANY_YEAR = 2001;

    private MentionedDays() {
    }

    static List<Integer> in(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher slash = DAY_SLASH_MONTH.matcher(text);
        while (slash.find()) add(out, Integer.parseInt(slash.group(1)), Integer.parseInt(slash.group(2)));
        Matcher named = DAY_MONTH_NAME.matcher(text);
        while (named.find()) add(out, Integer.parseInt(named.group(1)), MONTHS.get(named.group(2).toLowerCase(Locale.ROOT)));
        return out;
    }

    /** Fewest days between any day of {@code a} and any of {@code b}, around the calendar. */
    static int closest(List<Integer> a, List<Integer> b) {
        int best = DAYS_IN_YEAR;
        for (int x : a) {
            for (int y : b) {
                int d = Math.abs(x - y);
                best = Math.min(best, Math.min(d, DAYS_IN_YEAR - d));
            }
        }
        return best;
    }

    private static void add(List<Integer> out, int day, int month) {
        try {
            out.add(LocalDate.of(ANY_YEAR, month, day).getDayOfYear());
        } catch (DateTimeException e) {
            // "(12/34)" is a score or a ratio, not a date: nothing to add
        }
    }
}
