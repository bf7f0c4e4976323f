package org.kliping.ingest;

import org.kliping.domain.ArticleBundle;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.SavedSearch;

/** What a reader made of one item of a file: an article, a restored archive entry, or a rejection. */
public sealed interface ReadOutcome {

    /** Where the item came from: a path, {@code path:line} for a JSON line, {@code zip!entry} for a zip entry. */
    String location();

    /** A new article read from a file. */
    record Parsed(String location, ArticleDraft draft) implements ReadOutcome {
    }

    /** An article from a Kliping JSON export, with its ids, tags, highlights and notes. */
    record Restored(String location, ArticleBundle bundle) implements ReadOutcome {
    }

    /** A saved search from a Kliping JSON export. */
    record RestoredSearch(String location, SavedSearch savedSearch) implements ReadOutcome {
    }

    /** An item that could not be read, with a reason a user understands. */
    record Rejected(String location, String reason) implements ReadOutcome {
    }
}
