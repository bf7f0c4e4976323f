package org.kliping.search;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.util.List;
import java.util.Optional;

import static org.kliping.search.IndexFields.*;

/** Queries of the {@code field:value} parts: {@code title:}, {@code note:}, {@code source:}, {@code place:}, {@code tag:}, {@code date:}. */
final class FieldedQueries {
    private final QueryBuilder builder;
    private final QueryBuilder stemBuilder;
    private final List<String> notices;

    /** @param builder words as written; {@code stemBuilder}: stems with their marked twins (see {@link WordQueries}) */
    FieldedQueries(QueryBuilder builder, QueryBuilder stemBuilder, List<String> notices) {
        this.builder = builder;
        this.stemBuilder = stemBuilder;
        this.notices = notices;
    }

    /** The query of {@code field:value}, or null when the value is unusable (a notice says why, for dates). */
    Query query(QueryNode.Fielded f) {
        String v = f.value().strip();
        return switch (f.field()) {
            case "title" -> textIn(v, f.phrase(), TITLE);
            case "note" -> textIn(v, f.phrase(), NOTES);
            case "source" -> keywordOrText(SOURCE_KEY, SOURCE_TEXT, v);
            case "place" -> keywordOrText(PLACE_KEY, PLACE_TEXT, v);
            case "tag" -> tag(v);
            case "date" -> date(v);
            default -> throw new IllegalStateException("unknown field " + f.field());
        };
    }

    private Query textIn(String value, boolean phrase, String field) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int added = phrase ? 0 : WordQueries.add(b, stemBuilder.createPhraseQuery(field, value), 1f);
        added += WordQueries.add(b, builder.createPhraseQuery(field, value), 1f);
        return added == 0 ? null : b.build();
    }

    private Query keywordOrText(String keyField, String textField, String value) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(keyField, TextAnalysis.fold(value))), Occur.SHOULD);
        WordQueries.add(b, builder.createPhraseQuery(textField, value), 1f);
        return b.build();
    }

    private Query tag(String value) {
        String key = TextAnalysis.fold(value.replaceAll("/+$", "").strip());
        if (key.isEmpty()) return null;
        return new TermQuery(new Term(TAG_KEY, key));
    }

    private Query date(String value) {
        Optional<DateRange> range = DateRange.parse(value);
        if (range.isEmpty()) {
            notices.add("Not a date: '" + value + "' (use date:2025, date:2025-04, date:2025-04-28 or date:2025-04..2025-05); ignored.");
            return null;
        }
        return LongPoint.newRangeQuery(PUBLISHED, range.get().fromDay(), range.get().toDay());
    }
}
