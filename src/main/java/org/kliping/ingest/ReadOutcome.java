package org.kliping.ingest;

import org.kliping.domain.ArticleBundle;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.PaperScan;
import org.kliping.domain.SavedSearch;

/** What a reader made of one item of a file: an article, a restored archive entry, or a rejection. */
public sealed interface ReadOutcome {

    /** Where the item came from: a path, {@code path:line} for a JSON line, {@code zip!entry} for a zip entry. */
    String location();

    /** A new article read from a file; {@code scan} is what a PDF or page image keeps beside it, else null. */
    record Parsed(String location, ArticleDraft draft, PaperScan scan) implements ReadOutcome {
        public Parsed(String location, ArticleDraft draft) {
            this(location, draft, null);
        }
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
