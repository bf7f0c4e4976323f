package org.kliping.service;

import org.kliping.domain.ArchiveUnavailableException;
import org.kliping.domain.ArchiveUnavailableException.Reason;
import org.kliping.store.DamageStore;
import org.kliping.store.DamageStore.Part;
import org.kliping.store.DamageStore.StoredContent;
import org.kliping.store.Database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds bytes changed on disk that SQLite's checks cannot see (they check the pages' structure, not what a page
 * holds): every stored original against its SHA-256, every article's text fields (title, lede, body ...) against the checksum written with them. Opening runs it
 * when the database is not exactly as Kliping's last clean close left it, and refuses to write to a damaged archive;
 * {@code kliping check} runs it every time.
 */
final class StoredContentCheck {

    /** A part of an article whose bytes no longer match their checksum. */
    record Finding(long articleId, Part part) {
        String describe() {
            return (part == Part.ORIGINAL ? "the original of article #" : "the text (title, body ...) of article #") + articleId;
        }
    }

    private StoredContentCheck() {
    }

    /** Sees each stored article with what its checksums said. */
    @FunctionalInterface
    interface Visitor {
        void visit(StoredContent content, boolean originalIntact, boolean bodyIntact);
    }

    /** Every damaged part, in article order; {@code each} also sees every stored article (null: not needed). */
    static List<Finding> scan(DamageStore store, Visitor each) {
        List<Finding> found = new ArrayList<>();
        store.forEach(c -> {
            boolean original = c.original() != null
                    && ContentKeys.sha256(c.original()).equalsIgnoreCase(String.valueOf(c.originalSha256()));
            boolean body = c.textIntact();
            if (!original) found.add(new Finding(c.id(), Part.ORIGINAL));
            if (!body) found.add(new Finding(c.id(), Part.TEXT));
            if (each != null) each.visit(c, original, body);
        });
        return found;
    }

    /**
     * Refuses (exit 3, the file named, nothing written) an archive with damage {@code check --repair} has not noted
     * yet. Commands that only read then open it read-only ({@link Archive.Mode#READ}).
     */
    static void refuseWritingIfDamaged(Path file, Database db) {
        DamageStore store = new DamageStore(db);
        Map<Long, Set<Part>> known = store.known();
        List<Finding> found = scan(store, null).stream()
                .filter(f -> !known.getOrDefault(f.articleId(), Set.of()).contains(f.part())).toList();
        if (found.isEmpty()) return;
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < Math.min(5, found.size()); i++) what.append(i > 0 ? ", " : "").append(found.get(i).describe());
        if (found.size() > 5) what.append(" and ").append(found.size() - 5).append(" more");
        throw new ArchiveUnavailableException(file, Reason.DAMAGED, "The archive database " + file + " is damaged: "
                + what + (found.size() == 1 ? " no longer matches the checksum written with it"
                : " no longer match the checksums written with them") + " (bytes changed on disk); nothing was written to it."
                + " Commands that only read still work. Run 'kliping check' to list the damage and"
                + " 'kliping check --repair' to restore what can be restored (it makes a backup first),"
                + " or restore a backup made before the damage with 'kliping restore'.", null);
    }
}
