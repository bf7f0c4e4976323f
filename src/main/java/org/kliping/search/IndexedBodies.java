package org.kliping.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bodies of indexed articles, read from a {@link BodySource} by the hits' article ids. Each document records
 * the hash of the body it was indexed from ({@link IndexFields#BODY_HASH}); a body that changed since (an edit
 * the index has not applied yet) is left out, since its indexed positions would mark the wrong words.
 *
 * <p>An index opened without a store ({@link ArticleIndex#open(java.nio.file.Path, SearchSettings)}: tests and
 * evaluation tools) remembers the bodies it indexed, in memory.
 */
final class IndexedBodies {
    private final BodySource source;
    private final Map<Long, String> remembered;

    private IndexedBodies(BodySource source, Map<Long, String> remembered) {
        this.source = source;
        this.remembered = remembered;
    }

    static IndexedBodies from(BodySource source) {
        return new IndexedBodies(source, null);
    }

    /** Bodies kept in memory as they are indexed: for an index without a store. */
    static IndexedBodies remembering() {
        Map<Long, String> map = new ConcurrentHashMap<>();
        return new IndexedBodies(ids -> {
            Map<Long, String> out = new HashMap<>();
            for (Long id : ids) {
                String body = map.get(id);
                if (body != null) out.put(id, body);
            }
            return out;
        }, map);
    }

    /** The hash recorded with a document, compared when its body is read back. */
    static long hash(String body) {
        return body.hashCode();
    }

    void indexed(long id, String body) {
        if (remembered != null) remembered.put(id, body);
    }

    void removed(long id) {
        if (remembered != null) remembered.remove(id);
    }

    void cleared() {
        if (remembered != null) remembered.clear();
    }

    /** The bodies of these documents, by document; a missing or changed body is absent. */
    Map<Integer, String> of(IndexReader reader, int[] docs) throws IOException {
        Map<Integer, Long> ids = new HashMap<>();
        Map<Integer, Long> hashes = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            Long id = value(leaf.reader().getNumericDocValues(IndexFields.ID), local);
            if (id == null) continue;
            ids.put(doc, id);
            hashes.put(doc, value(leaf.reader().getNumericDocValues(IndexFields.BODY_HASH), local));
        }
        Map<Long, String> bodies = source.bodies(new ArrayList<>(ids.values()));
        Map<Integer, String> out = new HashMap<>();
        ids.forEach((doc, id) -> {
            String body = bodies.get(id);
            Long recorded = hashes.get(doc);
            if (body != null && recorded != null && recorded == hash(body)) out.put(doc, body);
        });
        return out;
    }

    /** Reads one document's value (doc values iterate forward, so each lookup gets a fresh iterator). */
    private static Long value(NumericDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.longValue() : null;
    }
}
