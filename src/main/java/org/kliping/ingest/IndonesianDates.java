package org.kliping.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Indonesian news writes them: "28 April 2025", "Senin, 28 April 2025 10:15 WIB", "Senin (28/4)",
 * "28/04/2025", "28-04-2025", "Agt 2017" abbreviations, English month names, ISO timestamps and "20170523".
 * Day and month come before the year (Indonesian order). A date without a year resolves only against a
 * reference year; with a day name the year whose calendar matches it is preferred.
 */
public final class IndonesianDates {

    /** A date found in text: as written, and resolved when the year was known. */
    public record Mention(String text, Optional<LocalDate> date) {
    }

    // month and day names are ASCII, so plain CASE_INSENSITIVE suffices (and is much faster than UNICODE_CASE)
    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, DayOfWeek> DAYS = days();
    private static final String MONTH = "(?<month>" + alternation(MONTHS) + ")\\b\\.?";
    private static final String DAY_NAME = "(?<dayname>" + alternation(DAYS) + ")(?![\\p{L}'])";

    private static final Pattern ISO = Pattern.compile(
            "\\b(?<year>\\d{4})-(?<mon>\\d{2})-(?<day>\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:" + DAY_NAME + ",?\\s+)?\\b(?<day>\\d{1,2})\\s+" + MONTH + "\\s+(?<year>\\d{4})\\b"
                    + "(?:,?\\s+(?:pukul\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:WIB|WITA|WIT))?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(?<day>\\d{1,2}),?\\s+(?<year>\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(?<day>\\d{1,2})([/.-])(?<mon>\\d{1,2})\\2(?<year>\\d{4})\\b");
    private static final Pattern YEAR_FIRST_SLASH = Pattern.compile("\\b(?<year>\\d{4})/(?<mon>\\d{1,2})/(?<day>\\d{1,2})\\b");
    private static final Pattern DAY_NAME_SHORT = Pattern.compile(
            "\\b" + DAY_NAME + "\\s*\\((?<day>\\d{1,2})/(?<mon>\\d{1,2})(?:/(?<year>\\d{2}|\\d{4}))?\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_NAME_DAY_MONTH = Pattern.compile(
            "\\b" + DAY_NAME + ",?\\s+(?<day>\\d{1,2})\\s+" + MONTH + "(?!\\s+\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?<day>\\d{1,2})\\s+" + MONTH + "(?!\\s*\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile("^\\s*(?<year>\\d{4})(?<mon>\\d{2})(?<day>\\d{2})\\s*$");

    /** Patterns that find a publication date in running text, where bare "24 April" is more often an event. */
    private static final Pattern[] IN_TEXT = {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, YEAR_FIRST_SLASH,
            DAY_NAME_SHORT, DAY_NAME_DAY_MONTH};
    /** Patterns for a field that holds a date and nothing else, where "24 April" is the date. */
    private static final Pattern[] IN_FIELD = {COMPACT, ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, YEAR_FIRST_SLASH,
            DAY_NAME_SHORT, DAY_NAME_DAY_MONTH, DAY_MONTH};

    private IndonesianDates() {
    }

    /** The date a field or string holds; empty when there is none or its year is unknown and not given. */
    public static Optional<LocalDate> parse(String text, Integer referenceYear) {
        if (text == null || text.isBlank()) return Optional.empty();
        for (Pattern pattern : IN_FIELD) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Optional<Optional<LocalDate>> resolved = resolve(m, referenceYear);
                if (resolved.isPresent()) return resolved.get();
            }
        }
        return Optional.empty();
    }

    /** The earliest plausible publication date written in a text (the opening lines of an article). */
    public static Optional<Mention> find(String text, Integer referenceYear) {
        Mention best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern pattern : IN_TEXT) {
            Matcher m = pattern.matcher(text);
            while (m.find() && m.start() < bestStart) {
                Optional<Optional<LocalDate>> resolved = resolve(m, referenceYear);
                if (resolved.isPresent()) {
                    best = new Mention(m.group().strip(), resolved.get());
                    bestStart = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Empty when the match is no valid date (31/2); an empty inner value when the year is unknown. */
    private static Optional<Optional<LocalDate>> resolve(Matcher m, Integer referenceYear) {
        int day = Integer.parseInt(m.group("day"));
        Integer month = month(m);
        if (month == null || day < 1 || day > 31 || month < 1 || month > 12) return Optional.empty();
        String yearText = group(m, "year");
        DayOfWeek dayName = dayName(m);
        if (yearText != null) {
            int year = Integer.parseInt(yearText);
            if (yearText.length() == 2) year += 2000;
            return valid(year, month, day).map(Optional::of);
        }
        if (valid(2000, month, day).isEmpty()) return Optional.empty();
        if (referenceYear == null) return Optional.of(Optional.empty());
        return Optional.of(Optional.of(inferYear(referenceYear, month, day, dayName)));
    }

    /** The reference year, or the year before when only that one puts the day on the named weekday. */
    private static LocalDate inferYear(int referenceYear, int month, int day, DayOfWeek dayName) {
        for (int year = referenceYear; dayName != null && year >= referenceYear - 1; year--) {
            Optional<LocalDate> candidate = valid(year, month, day);
            if (candidate.isPresent() && candidate.get().getDayOfWeek() == dayName) return candidate.get();
        }
        return valid(referenceYear, month, day).orElseGet(() -> LocalDate.of(referenceYear, month, 28));
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        if (year < 1800 || year > 2200) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    private static Integer month(Matcher m) {
        String numeric = group(m, "mon");
        if (numeric != null) return Integer.parseInt(numeric);
        String name = group(m, "month");
        return name == null ? null : MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static DayOfWeek dayName(Matcher m) {
        String name = group(m, "dayname");
        return name == null ? null : DAYS.get(name.toLowerCase(Locale.ROOT));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static String alternation(Map<String, ?> names) {
        // longest first, so "Agustus" wins over "Agu"
        return names.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"januari", "jan", "january"}, {"februari", "pebruari", "feb", "peb", "february"},
                {"maret", "mar", "march"}, {"april", "apr"}, {"mei", "may"}, {"juni", "jun", "june"},
                {"juli", "jul", "july"}, {"agustus", "agu", "agt", "agust", "agus", "aug", "august"},
                {"september", "sep", "sept"}, {"oktober", "okt", "oct", "october"},
                {"november", "nov", "nop", "nopember"}, {"desember", "des", "dec", "december"}};
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) months.put(name, i + 1);
        }
        return Map.copyOf(months);
    }

    private static Map<String, DayOfWeek> days() {
        return Map.ofEntries(Map.entry("senin", DayOfWeek.MONDAY), Map.entry("selasa", DayOfWeek.TUESDAY),
                Map.entry("rabu", DayOfWeek.WEDNESDAY), Map.entry("kamis", DayOfWeek.THURSDAY),
                Map.entry("jumat", DayOfWeek.FRIDAY), Map.entry("jum'at", DayOfWeek.FRIDAY),
                Map.entry("sabtu", DayOfWeek.SATURDAY), Map.entry("minggu", DayOfWeek.SUNDAY),
                Map.entry("ahad", DayOfWeek.SUNDAY), Map.entry("monday", DayOfWeek.MONDAY),
                Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
                Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
                Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));
    }
}
