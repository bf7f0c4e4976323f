package org.kliping.search;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

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

    /** Words that date a text (besides a year 1000–2099), lowercase ASCII. */
    private static final Set<String> DATE_WORDS = Set.of("januari", "februari", "maret", "april", "mei", "juni",
            "juli", "agustus", "september", "oktober", "november", "desember", "abad");
    private static final Set<String> NUMBER_WORDS = Set.of("ratus", "ribu", "juta", "miliar", "triliun");
    /** The same words by length, compared in place: a lookup per word of the body must not allocate (JFR). */
    private static final String[][] DATE_WORDS_BY_LENGTH = byLength(DATE_WORDS);
    private static final String[][] NUMBER_WORDS_BY_LENGTH = byLength(NUMBER_WORDS);
    private static final Set<String> ASKS_DATE = Set.of("kapan", "kapankah", "bilamana", "bilakah");
    private static final Set<String> ASKS_NUMBER = Set.of("berapa", "berapakah");

    private static final Set<String> QUESTION_WORDS = Set.of("apa", "apakah", "siapa", "siapakah", "kapan",
            "kapankah", "berapa", "berapakah", "dimana", "dimanakah", "manakah", "bagaimana", "bagaimanakah",
            "mengapa", "kenapa", "bilamana", "kemana", "darimana");

    private static final Set<String> FRAME_WORDS = Set.of("dimaksud", "maksud", "maksudnya", "pengertian", "definisi",
            "arti", "artinya", "nama", "namanya", "sebutan", "disebut");

    private QuestionHints() {
    }

    /**
     * What a text mentions, for the index: a date (a year 1000–2099, a month name, "abad") and a number (any
     * digit, or ratus/ribu/juta/miliar/triliun). One pass over the words, where the equivalent regular
     * expressions cost a noticeable share of indexing: words are runs of letters, digits and '_' (regex {@code \b}),
     * compared ignoring ASCII case.
     */
    static Set<Mention> mentions(String text) {
        boolean date = false;
        boolean number = false;
        int n = text.length();
        int i = 0;
        while (i < n && !(date && number)) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean afterLetterOrDigit = false;
            while (i < n) {
                cp = text.codePointAt(i);
                if (isWordChar(cp)) {
                    // (the regex looks back one char at a time, so it never sees a supplementary base letter)
                    afterLetterOrDigit = cp != '_' && !Character.isSupplementaryCodePoint(cp);
                } else if (!(afterLetterOrDigit && Character.getType(cp) == Character.NON_SPACING_MARK)) {
                    break; // a combining mark belongs to the word only after a letter or digit, as for {@code \b}
                }
                if (isAsciiDigit(cp)) number = true;
                i += Character.charCount(cp);
            }
            if (!date && (isYear(text, start, i) || isOneOf(text, start, i, DATE_WORDS_BY_LENGTH))) date = true;
            if (!number && isOneOf(text, start, i, NUMBER_WORDS_BY_LENGTH)) number = true;
        }
        Set<Mention> out = EnumSet.noneOf(Mention.class);
        if (date) out.add(Mention.DATE);
        if (number) out.add(Mention.NUMBER);
        return out;
    }

    /** A word character as Java's {@code \b} sees one; ASCII, most of every text, without the type tables. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9' || cp == '_';
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isYear(String text, int start, int end) {
        if (end - start != 4) return false;
        for (int k = start; k < end; k++) {
            if (!isAsciiDigit(text.charAt(k))) return false;
        }
        char a = text.charAt(start);
        return a == '1' || (a == '2' && text.charAt(start + 1) == '0');
    }

    /** Whether text[start, end) is one of the words, ignoring ASCII case (the words are lowercase ASCII). */
    private static boolean isOneOf(String text, int start, int end, String[][] wordsByLength) {
        int len = end - start;
        if (len >= wordsByLength.length) return false;
        for (String word : wordsByLength[len]) {
            if (equalsIgnoringAsciiCase(text, start, word)) return true;
        }
        return false;
    }

    private static boolean equalsIgnoringAsciiCase(String text, int start, String lowerAscii) {
        for (int k = 0; k < lowerAscii.length(); k++) {
            char c = text.charAt(start + k);
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (c != lowerAscii.charAt(k)) return false;
        }
        return true;
    }

    private static String[][] byLength(Set<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String[][] out = new String[longest + 1][];
        for (int len = 0; len <= longest; len++) {
            int l = len;
            out[len] = words.stream().filter(w -> w.length() == l).sorted().toArray(String[]::new);
        }
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
