package org.kliping.search;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Question words say what kind of answer is wanted: "kapan" (when) asks for a date, "berapa" (how many/much)
 * for a number. Articles are marked at index time with what they mention; a question then prefers articles
 * that mention the kind of thing asked for. Plain keyword queries are unaffected.
 */
final class QuestionHints {
    enum Mention { DATE, NUMBER;
        String term() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern DATE = Pattern.compile(
            "\\b(1[0-9]{3}|20[0-9]{2})\\b|\\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
                    + "|november|desember|abad)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(ratus|ribu|juta|miliar|triliun)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> ASKS_DATE = Set.of("kapan", "kapankah", "bilamana", "bilakah");
    private static final Set<String> ASKS_NUMBER = Set.of("berapa", "berapakah");

    private static final Set<String> QUESTION_WORDS = Set.of("apa", "apakah", "siapa", "siapakah", "kapan",
            "kapankah", "berapa", "berapakah", "dimana", "dimanakah", "manakah", "bagaimana", "bagaimanakah",
            "mengapa", "kenapa", "bilamana", "kemana", "darimana");

    private static final Set<String> FRAME_WORDS = Set.of("dimaksud", "maksud", "maksudnya", "pengertian", "definisi",
            "arti", "artinya", "nama", "namanya", "sebutan", "disebut");

    private QuestionHints() {
    }

    /** What a text mentions, for the index. */
    static Set<Mention> mentions(String text) {
        Set<Mention> out = EnumSet.noneOf(Mention.class);
        if (DATE.matcher(text).find()) out.add(Mention.DATE);
        if (NUMBER.matcher(text).find()) out.add(Mention.NUMBER);
        return out;
    }

    /** True when the words contain a question word: then the query is a sentence, not a list of required words. */
    static boolean isQuestion(Collection<String> words) {
        for (String w : words) {
            if (QUESTION_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("\\p{Punct}+$", ""))) return true;
        }
        return false;
    }

    /**
     * Words that frame a question rather than name its subject ("apa yang dimaksud dengan X", "pengertian X",
     * "siapa nama ..."): the answer rarely repeats them, and a text that happens to contain them is no better.
     */
    static boolean isQuestionFrame(String word) {
        return FRAME_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\p{Punct}+$", ""));
    }

    /** What the words of a query ask for ("tahun berapa" asks for a date). */
    static Set<Mention> asked(Collection<String> words) {
        Set<Mention> out = EnumSet.noneOf(Mention.class);
        boolean year = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("\\p{Punct}+$", "");
            if (ASKS_DATE.contains(lower)) out.add(Mention.DATE);
            if (ASKS_NUMBER.contains(lower)) out.add(Mention.NUMBER);
            if (lower.equals("tahun")) year = true;
        }
        if (year && out.contains(Mention.NUMBER)) out.add(Mention.DATE);
        return out;
    }
}
