package org.kliping.search;

import java.util.List;

/** Field names of the index schema. Changing any of them, or how they are analysed, means bumping the schema version. */
final class IndexFields {
    static final String ID = "id";               // LongPoint + NumericDocValues + stored
    static final String ID_KEY = "id_key";       // StringField: the term updateDocument replaces by
    static final String EXTERNAL_ID = "external_id";
    static final String TITLE = "title";         // words + marked stems (StemMarks), stored; positions, no offsets
    static final String BODY = "body";           // words + marked stems, positions (snippets derive offsets: PositionOffsets); not stored (BodySource)
    static final String BODY_HASH = "body_hash"; // NumericDocValues: hash of the body indexed (IndexedBodies)
    static final String SOURCE = "source";       // stored display value
    static final String SOURCE_KEY = "source_key";   // folded keyword for source:
    static final String SOURCE_TEXT = "source_text";
    static final String PLACE = "place";
    static final String PLACE_KEY = "place_key";
    static final String PLACE_TEXT = "place_text";
    static final String TAG_KEY = "tag_key";     // folded keyword, one per tag and per ancestor
    static final String NOTES = "notes";         // article notes, highlight notes and quotes; words + marked stems
    static final String MENTIONS = "mentions";   // StringField: what the text mentions (date, number), for questions
    static final String PUBLISHED = "published";      // LongPoint epoch day
    static final String PUBLISHED_DV = "published_dv"; // NumericDocValues epoch day for sorting
    static final String PUBLISHED_STORED = "published_stored";

    static final String FACET_SOURCE = "source";
    static final String FACET_PLACE = "place";
    static final String FACET_TAG = "tag";
    static final String FACET_YEAR = "year";
    static final List<String> FACET_DIMS = List.of(FACET_SOURCE, FACET_PLACE, FACET_TAG, FACET_YEAR);

    /** Fields holding each word as written plus its marked stems at the same position (one field, one inversion). */
    static final List<String> MARKED_TEXT_FIELDS = List.of(TITLE, BODY, NOTES);

    private IndexFields() {
    }
}
