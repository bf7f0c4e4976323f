package org.kliping.domain;

import java.util.List;

/**
 * Everything about one article that search needs: the article itself and what the user added.
 * The service builds it from the store; the index never reads the store.
 */
public record IndexEntry(Article article, List<String> tags, List<Annotation> annotations, List<String> notes) {
    public IndexEntry {
        tags = List.copyOf(tags);
        annotations = List.copyOf(annotations);
        notes = List.copyOf(notes);
    }
}
