package org.kliping.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code prefix*} with bounded cost: a prefix expands to at most {@code maxExpansions} index terms (the most
 * frequent ones, scored as one blended term), and prefixes shorter than two characters are refused. Either
 * limit is reported in the notices.
 */
final class PrefixExpansion {
    static final int MIN_PREFIX_CHARS = 2;
    /** Index terms all prefixes of one query may expand to together: keeps the query under Lucene's clause limit. */
    static final int QUERY_EXPANSION_BUDGET = 512;

    private final IndexReader reader;
    private final int maxExpansions;
    private final List<String> notices;
    private int budget = QUERY_EXPANSION_BUDGET;

    PrefixExpansion(IndexReader reader, int maxExpansions, List<String> notices) {
        this.reader = reader;
        this.maxExpansions = maxExpansions;
        this.notices = notices;
    }

    Query query(String field, String prefix) {
        if (prefix.length() < MIN_PREFIX_CHARS) {
            String notice = "A prefix needs at least " + MIN_PREFIX_CHARS + " letters before '*': '" + prefix + "*' was ignored.";
            if (!notices.contains(notice)) notices.add(notice);
            return null;
        }
        int allowed = Math.min(maxExpansions, budget);
        if (allowed == 0) {
            String notice = "The query has too many prefixes; '" + prefix + "*' and later ones were ignored.";
            if (notices.stream().noneMatch(n -> n.startsWith("The query has too many prefixes"))) notices.add(notice);
            return null;
        }
        int found = countTerms(field, prefix, allowed);
        if (found == 0) return null;
        if (found > allowed) {
            String notice = "'" + prefix + "*' matches many words; only the " + allowed + " most frequent were searched.";
            if (!notices.contains(notice)) notices.add(notice);
        }
        budget -= Math.min(found, allowed);
        return new PrefixQuery(new Term(field, prefix), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(allowed));
    }

    /** Counts terms with the prefix, stopping one past the limit. */
    private int countTerms(String field, String prefix, int limit) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) return 0;
            TermsEnum te = terms.iterator();
            BytesRef p = new BytesRef(prefix);
            if (te.seekCeil(p) == TermsEnum.SeekStatus.END) return 0;
            int count = 0;
            for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, p); t = te.next()) {
                if (++count > limit) break;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read terms of " + field, e);
        }
    }
}
