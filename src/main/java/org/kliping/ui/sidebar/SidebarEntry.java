package org.kliping.ui.sidebar;

import org.kliping.ui.common.*;

import org.kliping.domain.SavedSearch;
import org.kliping.domain.Tag;

/** One line of the sidebar tree. */
public sealed interface SidebarEntry {

    /** A section title (Sources, Tags, ...); selecting it does nothing. */
    record Header(String label) implements SidebarEntry {
    }

    /** All, Unread, Starred, or one source. */
    record Filter(String label, long count, ListFilter filter) implements SidebarEntry {
    }

    /** A tag: {@code segment} is the last part of its name, shown nested under its parent. */
    record TagEntry(String segment, Tag tag) implements SidebarEntry {
    }

    record Saved(SavedSearch search) implements SidebarEntry {
    }

    record Orphans(String label, long count) implements SidebarEntry {
    }

    /** Every highlight and note of the archive. */
    record Annotations(String label) implements SidebarEntry {
    }

    /** The stories: articles grouped by event, compared figure by figure. */
    record Stories(String label) implements SidebarEntry {
    }

    /** A facet value of the current search; a click narrows the query. */
    record Facet(String facet, String value, long count) implements SidebarEntry {
    }
}
