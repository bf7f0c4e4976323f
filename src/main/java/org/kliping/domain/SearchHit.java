package org.kliping.domain;

import java.time.LocalDate;

/**
 * One ranked result. {@code snippet} is HTML-escaped text with matched words wrapped in
 * {@code <mark>...</mark>}.
 */
public record SearchHit(long id, String externalId, String title, String source, LocalDate published,
                        float score, String snippet) {
}
