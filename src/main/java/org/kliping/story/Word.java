package org.kliping.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of a sentence with its offsets in the body. Hyphens and apostrophes inside a word keep it
 * whole ({@code Jong-un}, {@code sumber-sumber}); digits make their own words.
 */
record Word(String text, int start, int end) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*");

    static List<Word> in(String body, TextSpan span) {
        Matcher m = WORD.matcher(body).region(span.start(), span.end());
        List<Word> out = new ArrayList<>();
        while (m.find()) out.add(new Word(m.group(), m.start(), m.end()));
        return out;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
        return text.length() > 1 && text.chars().noneMatch(Character::isLowerCase)
                && text.chars().anyMatch(Character::isLetter);
    }

    boolean hasDigit() {
        return text.chars().anyMatch(Character::isDigit);
    }

    boolean numeric() {
        return Character.isDigit(text.charAt(0));
    }
}
