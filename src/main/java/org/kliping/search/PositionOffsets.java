package org.kliping.search;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The offsets of a page's body matches, derived from their positions: the body's postings keep positions but
 * not offsets (decision 0015), which were a tenth of indexing. Every filter of the index chain after
 * {@link StandardTokenizer} keeps its tokens' positions and offsets (stop words leave their position empty, a
 * marked stem takes its word's), so the position of an indexed term is the position of a tokenizer token, and
 * that token's offsets are the ones the postings would have held. Tokenizing a hit's body with the tokenizer
 * alone gives every position's offsets; the highlighter then reads the postings as if they had them
 * ({@link #strategy}), with the same snippets (tested against an index with offsets).
 */
final class PositionOffsets {
    /** Page documents (top-level ids) to their full bodies, as indexed. */
    private final Map<Integer, String> bodies;
    /** How far into a body the highlighter looks: a position past it gets offsets there, which ends the matches. */
    private final int limit;
    private final Map<Integer, int[]> tables = new HashMap<>();
    private StandardTokenizer tokenizer;

    PositionOffsets(Map<Integer, String> bodies, int limit) {
        this.bodies = bodies;
        this.limit = limit;
    }

    /**
     * Start and end offset of each position of a text as the index chain tokenizes it ({@code [2p]} and
     * {@code [2p + 1]}), up to the first token starting at or after {@code limit}; a position without a token
     * (a token too long to index) holds {@code -1}.
     */
    static int[] table(StandardTokenizer tokenizer, String text, int limit) {
        int[] table = new int[Math.max(16, text.length() / 3)];
        int used = 0;
        try {
            tokenizer.setReader(new StringReader(text));
            OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = tokenizer.getAttribute(PositionIncrementAttribute.class);
            tokenizer.reset();
            int position = -1;
            while (tokenizer.incrementToken()) {
                if (offset.startOffset() >= limit) break;
                position += increment.getPositionIncrement();
                if (2 * position + 2 > table.length) {
                    int from = table.length;
                    table = Arrays.copyOf(table, Math.max(2 * position + 2, 2 * table.length));
                    Arrays.fill(table, from, table.length, -1);
                }
                if (2 * position > used) Arrays.fill(table, used, 2 * position, -1);
                table[2 * position] = offset.startOffset();
                table[2 * position + 1] = offset.endOffset();
                used = 2 * position + 2;
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tokenize a body for its snippet", e); // a StringReader does not fail
        }
        return Arrays.copyOf(table, used);
    }

    /** The highlighter's strategy for the body: its postings, with offsets from positions. */
    FieldOffsetStrategy strategy(UHComponents components) {
        PostingsOffsetStrategy postings = new PostingsOffsetStrategy(components);
        return new FieldOffsetStrategy(components) {
            @Override
            public UnifiedHighlighter.OffsetSource getOffsetSource() {
                return UnifiedHighlighter.OffsetSource.POSTINGS;
            }

            @Override
            public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
                int[] table = tableOf(reader.getContext().docBase + docId);
                return postings.getOffsetsEnum(new WithOffsets(reader, components.getField(), table, limit), docId, content);
            }
        };
    }

    private int[] tableOf(int doc) {
        return tables.computeIfAbsent(doc, d -> {
            if (tokenizer == null) tokenizer = new StandardTokenizer();
            return table(tokenizer, bodies.getOrDefault(d, ""), limit);
        });
    }

    /** One document's view of a leaf whose field's postings answer offsets from the table. */
    private static final class WithOffsets extends FilterLeafReader {
        private final String field;
        private final int[] table;
        private final int limit;

        WithOffsets(LeafReader in, String field, int[] table, int limit) {
            super(in);
            this.field = field;
            this.table = table;
            this.limit = limit;
        }

        @Override
        public Terms terms(String name) throws IOException {
            Terms terms = super.terms(name);
            if (terms == null || !field.equals(name)) return terms;
            return new FilterTerms(terms) {
                @Override
                public TermsEnum iterator() throws IOException {
                    return new FilterTermsEnum(in.iterator()) {
                        @Override
                        public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
                            PostingsEnum postings = in.postings(null, flags);
                            return PostingsEnum.featureRequested(flags, PostingsEnum.OFFSETS)
                                    ? new Offsets(postings, table, limit) : postings;
                        }
                    };
                }

                @Override
                public boolean hasOffsets() {
                    return true;
                }
            };
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null; // a view for one highlight: nothing may cache by it
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    /** Postings of one document whose offsets come from its positions. */
    private static final class Offsets extends FilterLeafReader.FilterPostingsEnum {
        private final int[] table;
        private final int limit;
        private int position = -1;

        Offsets(PostingsEnum in, int[] table, int limit) {
            super(in);
            this.table = table;
            this.limit = limit;
        }

        @Override
        public int nextPosition() throws IOException {
            position = in.nextPosition();
            return position;
        }

        @Override
        public int startOffset() {
            return 2 * position + 1 < table.length ? table[2 * position] : limit;
        }

        @Override
        public int endOffset() {
            return 2 * position + 1 < table.length ? table[2 * position + 1] : limit;
        }
    }
}
