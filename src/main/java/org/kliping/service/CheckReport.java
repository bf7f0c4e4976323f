package org.kliping.service;

import org.kliping.domain.Annotation;

import java.util.List;

/**
 * What {@code kliping check} found: database integrity, store and index agreement, highlights whose
 * anchor no longer matches the text, and the orphaned highlights (a normal state, listed, not a problem).
 * Stored content: originals and bodies whose bytes no longer match their checksums (damage), bodies corrected by hand
 * (not compared with their originals: editedArticles), bodies intact but unlike a fresh reading of their original (read by an earlier
 * version, or taken from an export: listed, not a problem), how many bodies were compared, and the damage an earlier
 * repair noted. {@code backup}: the backup a repair made before changing anything, or null.
 */
public record CheckReport(String integrity, long articles, long indexed, List<Long> missingFromIndex,
                          List<Long> extraInIndex, List<Long> driftedHighlights, List<Annotation> orphans,
                          List<Long> damagedOriginals, List<String> problems, List<String> repairs,
                          List<Long> garbledBodies, List<Long> editedArticles, List<Long> bodiesUnlikeOriginal,
                          int bodiesCompared, List<Long> knownDamage, java.nio.file.Path backup) {

    public CheckReport {
        missingFromIndex = List.copyOf(missingFromIndex);
        extraInIndex = List.copyOf(extraInIndex);
        driftedHighlights = List.copyOf(driftedHighlights);
        orphans = List.copyOf(orphans);
        damagedOriginals = List.copyOf(damagedOriginals);
        problems = List.copyOf(problems);
        repairs = List.copyOf(repairs);
        garbledBodies = List.copyOf(garbledBodies);
        editedArticles = List.copyOf(editedArticles);
        bodiesUnlikeOriginal = List.copyOf(bodiesUnlikeOriginal);
        knownDamage = List.copyOf(knownDamage);
    }

    public boolean consistent() {
        return problems.isEmpty();
    }
}
