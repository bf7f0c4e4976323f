package org.kliping.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.IndexEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.kliping.search.IndexFields.*;

/** Turns an {@link IndexEntry} into the Lucene document of the index schema. */
final class ArticleDocuments {
    private static final int MAX_KEYWORD_CHARS = 1000;

    private final FacetsConfig facetsConfig;

    ArticleDocuments(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : FACET_DIMS) {
            config.setMultiValued(dim, true);
            // facets are counted from doc values and narrowed with the *_key fields: no drill-down terms
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }

    /**
     * The article's document. Title, body and notes are each one field of words and marked stems
     * ({@link MarkedStemFilter}, analysed by the writer's analyzer): one inversion per text.
     */
    Document toDocument(IndexEntry entry) {
        Article a = entry.article();
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ID, a.id()));
        doc.add(new StoredField(ID, a.id()));
        doc.add(new StringField(ID_KEY, Long.toString(a.id()), Field.Store.NO));
        if (a.externalId() != null) doc.add(new StoredField(EXTERNAL_ID, a.externalId()));
        doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
        String body = a.body();
        // positions without offsets: snippets derive the offsets from the positions (PositionOffsets, decision 0015)
        doc.add(new TextField(BODY, body, Field.Store.NO));
        doc.add(new NumericDocValuesField(BODY_HASH, IndexedBodies.hash(body)));
        addKeywordFacet(doc, a.source(), SOURCE, SOURCE_KEY, SOURCE_TEXT, FACET_SOURCE);
        addKeywordFacet(doc, a.place(), PLACE, PLACE_KEY, PLACE_TEXT, FACET_PLACE);
        addTags(doc, entry);
        addNotes(doc, entry);
        addPublished(doc, a);
        for (QuestionHints.Mention m : QuestionHints.mentions(body.isEmpty() ? a.title() : body)) {
            doc.add(new StringField(MENTIONS, m.term(), Field.Store.NO));
        }
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build facets of article " + a.id(), e);
        }
    }

    private static void addKeywordFacet(Document doc, String value, String stored, String key, String text, String dim) {
        if (value == null || value.isBlank()) return;
        // Lucene refuses facet paths over 8191 chars and keywords over 32766 bytes, and one refused article
        // would fail every open's catch-up; no real source, place or tag is this long (see clamp)
        String v = clamp(value.strip());
        doc.add(new StoredField(stored, v));
        doc.add(new StringField(key, TextAnalysis.fold(v), Field.Store.NO));
        doc.add(new TextField(text, v, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(dim, v));
    }

    /** Every tag adds itself and its ancestors, so {@code tag:konflik} finds {@code konflik/rusia-ukraina}. */
    private static void addTags(Document doc, IndexEntry entry) {
        Set<String> paths = new LinkedHashSet<>();
        for (String tag : entry.tags()) {
            String[] parts = tag.split("/");
            StringBuilder path = new StringBuilder();
            for (String part : parts) {
                if (part.isBlank()) continue;
                if (path.length() > 0) path.append('/');
                path.append(part.strip());
                paths.add(path.toString());
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String path : paths) {
            String p = clamp(path);
            if (keys.add(TextAnalysis.fold(p))) {
                doc.add(new StringField(TAG_KEY, TextAnalysis.fold(p), Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(FACET_TAG, p));
            }
        }
    }

    private static String clamp(String keyword) {
        return keyword.length() <= MAX_KEYWORD_CHARS ? keyword : keyword.substring(0, MAX_KEYWORD_CHARS);
    }

    private static void addNotes(Document doc, IndexEntry entry) {
        StringBuilder notes = new StringBuilder();
        for (String note : entry.notes()) notes.append(note).append("\n\n");
        for (Annotation an : entry.annotations()) {
            notes.append(an.quote()).append("\n\n");
            if (an.note() != null && !an.note().isBlank()) notes.append(an.note()).append("\n\n");
        }
        if (notes.length() == 0) return;
        doc.add(new TextField(NOTES, notes.toString(), Field.Store.NO));
    }

    private static void addPublished(Document doc, Article a) {
        if (a.published() == null) return;
        long day = a.published().toEpochDay();
        doc.add(new LongPoint(PUBLISHED, day));
        doc.add(new NumericDocValuesField(PUBLISHED_DV, day));
        doc.add(new StoredField(PUBLISHED_STORED, day));
        doc.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(a.published().getYear())));
    }
}
