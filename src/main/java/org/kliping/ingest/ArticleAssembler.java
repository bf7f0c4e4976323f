package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The steps every format shares once it has raw paragraphs: headline or derived title, boilerplate and
 * dateline rules, the publication date, and the draft with the original kept byte for byte.
 */
final class ArticleAssembler {
    static final String DATE_NOT_RESOLVED = "date not resolved";
    /** The publication date is looked for in the opening paragraphs only; later dates are events. */
    private static final int DATE_PARAGRAPHS = 3;
    /** "Diterbitkan: Senin, 28 September 2025 10:15 WIB" fits; longer lines are prose. */
    private static final int DATE_LINE_MAX_CHARS = 80;
    /** What may surround a date on a line of its own: punctuation, "Diterbitkan", "Dipublikasikan", "|". */
    private static final Pattern DATE_LINE_REST = Pattern.compile(
            "(?i)[\\s\\p{Punct}\u2013\u2014]*(?:(?:diterbitkan|dipublikasikan|diperbarui|published|updated)\\b[\\s:]*)?[\\s\\p{Punct}\u2013\u2014]*");

    private final CleaningRules rules;

    ArticleAssembler(CleaningRules rules) {
        this.rules = rules;
    }

    /** The original as read, with the text it decoded to and any doubts met while decoding. */
    record Original(Where where, byte[] bytes, String text, List<String> warnings) {
    }

    /**
     * @param headlineAllowed whether the first paragraph may be the headline (plain text); formats with a title
     *                        field pass false and derive from the lede when the field is missing
     */
    ArticleDraft assemble(List<String> rawParagraphs, KnownFields known, boolean headlineAllowed, Original original) {
        return assemble(rawParagraphs, known, headlineAllowed, original, true);
    }

    /**
     * @param eventDatesAllowed whether a date in the lede written as an event's day ("Jumat (12/2/2016)") may be
     *                          taken as the publication date: not for web pages, whose publication date is in their
     *                          markup or dateline and whose lede dates the event reported
     */
    ArticleDraft assemble(List<String> rawParagraphs, KnownFields known, boolean headlineAllowed, Original original,
                          boolean eventDatesAllowed) {
        List<String> paragraphs = new ArrayList<>(rawParagraphs);
        String headline = null;
        if (known.title() == null && headlineAllowed && paragraphs.size() >= 2 && isHeadline(paragraphs.get(0))) {
            headline = paragraphs.remove(0);
        }
        String dateLine = takeDateLine(paragraphs);
        CleaningRules.Cleaned cleaned = rules.apply(paragraphs);
        if (cleaned.paragraphs().isEmpty()) throw new UnreadableArticleException("no article text found");
        List<String> body = cleaned.paragraphs();
        String title = firstNonBlank(known.title(), headline);
        boolean derived = title == null;
        if (derived) title = Titles.deriveFromLede(body.get(0));

        List<String> warnings = new ArrayList<>(original.warnings());
        DateResult date = date(known.dateText() == null && dateLine != null ? known.withDate(dateLine) : known, body,
                warnings, eventDatesAllowed);
        return new ArticleDraft(known.externalId(), title.strip(), derived, body.get(0), body,
                firstNonBlank(known.source(), cleaned.source()), firstNonBlank(known.place(), cleaned.place()),
                date.published(), date.text(), known.url(), known.language(), original.where().originName(),
                original.bytes(), original.text(), warnings);
    }

    /**
     * Removes a line that is only a date ("Diterbitkan: Senin, 28 April 2025 10:15 WIB" under a pasted headline)
     * and returns the date as written: it is the publication date, not the lede.
     */
    private static String takeDateLine(List<String> paragraphs) {
        for (int i = 0; i < Math.min(DATE_PARAGRAPHS, paragraphs.size()); i++) {
            String paragraph = paragraphs.get(i);
            if (paragraph.length() > DATE_LINE_MAX_CHARS) continue;
            Optional<IndonesianDates.Mention> mention = IndonesianDates.find(paragraph, null);
            if (mention.isPresent() && DATE_LINE_REST.matcher(paragraph.replace(mention.get().text(), "")).matches()) {
                paragraphs.remove(i);
                return mention.get().text();
            }
        }
        return null;
    }

    private boolean isHeadline(String paragraph) {
        // "JAKARTA - Presiden ..." opens the body even when short
        if (!Titles.isHeadline(paragraph)) return false;
        CleaningRules.Cleaned alone = rules.apply(List.of(paragraph));
        return alone.place() == null && alone.source() == null;
    }

    private record DateResult(LocalDate published, String text) {
    }

    /** "Jumat (12/2/2016)", "Senin (28/4)": the day of the event reported, written in the lede. */
    private static final Pattern EVENT_DATE = Pattern.compile("(?i)^\\p{L}+,?\\s*\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\)$");

    private static DateResult date(KnownFields known, List<String> body, List<String> warnings, boolean eventDatesAllowed) {
        if (known.dateText() != null && !known.dateText().isBlank()) {
            Optional<LocalDate> parsed = IndonesianDates.parse(known.dateText(), known.referenceYear());
            if (parsed.isEmpty()) warnings.add(DATE_NOT_RESOLVED);
            return new DateResult(parsed.orElse(null), known.dateText().strip());
        }
        String opening = String.join("\n", body.subList(0, Math.min(DATE_PARAGRAPHS, body.size())));
        Optional<IndonesianDates.Mention> mention = IndonesianDates.find(opening, known.referenceYear());
        if (mention.isEmpty()) return new DateResult(null, null);
        if (!eventDatesAllowed && EVENT_DATE.matcher(mention.get().text().strip()).matches()) return new DateResult(null, null);
        if (mention.get().date().isEmpty()) warnings.add(DATE_NOT_RESOLVED);
        return new DateResult(mention.get().date().orElse(null), mention.get().text());
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) return first.strip();
        if (second != null && !second.isBlank()) return second.strip();
        return null;
    }
}
