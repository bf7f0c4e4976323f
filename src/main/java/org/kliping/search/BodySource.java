package org.kliping.search;

import java.util.Collection;
import java.util.Map;

/**
 * Where searches read article bodies from (snippets, feedback terms, related articles): the store, which is the
 * truth. The index keeps no copy of the body; storing one cost a tenth of the indexing work and half the index's
 * size (decision 0012).
 */
@FunctionalInterface
public interface BodySource {

    /** The current body of each of these articles that still exists, by id. */
    Map<Long, String> bodies(Collection<Long> articleIds);
}
