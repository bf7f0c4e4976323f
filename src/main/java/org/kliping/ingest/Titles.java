package org.kliping.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Recognises a headline line, and derives a title from a lede when the text has none. */
final class Titles {
    /** A headline is short; seed 000's, among the longest, has 11 words and 86 characters. */
    static final int HEADLINE_MAX_WORDS = 15;
    static final int HEADLINE_MAX_CHARS = 150;
    /** A derived title is about the length of a real one. */
    static final int DERIVED_MAX_WORDS = 10;
    static final int DERIVED_MAX_CHARS = 80;
    /** Upper-case words this short are acronyms (PBB, AS, DPR) and keep their case. */
    private static final int ACRONYM_MAX_LETTERS = 3;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201D']?)\\s+(?=[\"\u201C]?\\p{Lu})");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:!?\\-\u2013\u2014\"'\u201C\u201D(]+$");
    /** A title that stops on one of these reads cut off, so the cut goes one word earlier. */
    private static final Set<String> DANGLING_WORDS = Set.of("yang", "dan", "di", "ke", "dari", "untuk", "dengan",
            "bahwa", "atau", "pada", "oleh", "dalam", "serta", "akan", "para", "sang", "si", "the", "of", "and", "a");
    private static final Set<String> ACRONYMS = readAcronyms();

    private Titles() {
    }

    /** A short line without a sentence-final full stop reads as a headline (it may end in "!" or "?"). */
    static boolean isHeadline(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > HEADLINE_MAX_CHARS) return false;
        if (words(text).size() > HEADLINE_MAX_WORDS) return false;
        return !(text.endsWith(".") || text.endsWith(",") || text.endsWith(";") || text.endsWith(":"));
    }

    /** A title from the lede: its first sentence, cut at a word boundary, case of a shouted first word fixed. */
    static String deriveFromLede(String lede) {
        String sentence = SENTENCE_END.split(lede.strip(), 2)[0];
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String word : words(sentence)) {
            int next = length + (kept.isEmpty() ? 0 : 1) + word.length();
            if (kept.size() == DERIVED_MAX_WORDS || (next > DERIVED_MAX_CHARS && !kept.isEmpty())) break;
            kept.add(word);
            length = next;
        }
        boolean cut = kept.size() < words(sentence).size();
        while (cut && kept.size() > 3 && DANGLING_WORDS.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))) {
            kept.remove(kept.size() - 1);
        }
        String title = TRAILING_PUNCTUATION.matcher(String.join(" ", kept)).replaceAll("");
        return normaliseCase(title.isEmpty() ? sentence.strip() : title);
    }

    /** "KOREA Utara" becomes "Korea Utara": an upper-case opening word is newspaper style, not an acronym. */
    static String normaliseCase(String title) {
        List<String> words = new ArrayList<>(Arrays.asList(title.split(" ")));
        for (int i = 0; i < words.size() && isShouted(words.get(i)); i++) {
            words.set(i, capitaliseUnlessAcronym(words.get(i)));
        }
        return String.join(" ", words);
    }

    /**
     * Places are shown in title case: "MOSKOW" becomes "Moskow", "NEW YORK" becomes "New York"; only listed
     * acronyms stay ("DKI Jakarta"), since a dateline shouts every word, short ones too.
     */
    static String titleCasePlace(String place) {
        return Arrays.stream(place.strip().split("\\s+"))
                .map(word -> isShouted(word) && !isListedAcronym(word) ? capitalise(word) : word)
                .collect(Collectors.joining(" "));
    }

    private static String capitaliseUnlessAcronym(String word) {
        long letters = word.chars().filter(Character::isLetter).count();
        return letters <= ACRONYM_MAX_LETTERS || isListedAcronym(word) ? word : capitalise(word);
    }

    private static boolean isListedAcronym(String word) {
        return ACRONYMS.contains(word.replaceAll("\\P{L}", ""));
    }

    private static String capitalise(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean isShouted(String word) {
        boolean hasLetter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) return false;
            hasLetter |= Character.isLetter(c);
        }
        return hasLetter;
    }

    private static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(WHITESPACE.split(stripped));
    }

    private static Set<String> readAcronyms() {
        try (InputStream in = Objects.requireNonNull(Titles.class.getResourceAsStream("acronyms.txt"), "acronyms.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read acronyms.txt", e);
        }
    }
}
