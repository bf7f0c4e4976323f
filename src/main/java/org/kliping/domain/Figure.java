package org.kliping.domain;

import java.util.Objects;

/**
 * A number an article reports, with what it counts and who the text says gives it.
 *
 * @param value         the number itself ({@code 14.000} gives 14000, {@code 3,5 juta} gives 3500000)
 * @param valueText     the number as written ({@code 14.000}, {@code 3,5 juta}, {@code 37 dari 64})
 * @param unit          the normalised measure ({@code orang}, {@code km²}, {@code persen}, {@code buah})
 * @param counted       the normalised thing counted ({@code tentara} for tentara/pasukan/personel)
 * @param qualifier     {@code sekitar}, {@code lebih dari}, {@code hampir}, ... or null when none is written
 * @param attributedTo  the source the sentence attributes the number to, as written, or null
 * @param sentenceStart offset of the sentence in {@link Article#body()}
 * @param sentenceEnd   offset after the sentence (exclusive)
 * @param sentence      the sentence text, {@code body.substring(sentenceStart, sentenceEnd)}
 */
public record Figure(long articleId, double value, String valueText, String unit, String counted,
                     String qualifier, String attributedTo, int sentenceStart, int sentenceEnd,
                     String sentence) {
    public Figure {
        Objects.requireNonNull(valueText, "valueText");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(sentence, "sentence");
        if (sentenceStart < 0 || sentenceEnd < sentenceStart) {
            throw new IllegalArgumentException("bad sentence span " + sentenceStart + ".." + sentenceEnd);
        }
    }
}
