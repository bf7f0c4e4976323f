package org.kliping.search;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
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
import java.util.List;
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
    /** The searcher's segments: the highlighter names a document by its segment's reader and its id there. */
    private final List<LeafReaderContext> leaves;
    /** How far into a body the highlighter looks: a position past it gets offsets there, which ends the matches. */
    private final int limit;
    private StandardTokenizer tokenizer;
    private Table current;

    PositionOffsets(Map<Integer, String> bodies, List<LeafReaderContext> leaves, int limit) {
        this.bodies = bodies;
        this.leaves = leaves;
        this.limit = limit;
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
                Table table = tableOf(docBase(reader) + docId);
                return postings.getOffsetsEnum(new WithOffsets(reader, components.getField(), table), docId, content);
            }
        };
    }

    /**
     * Where the segment's ids start among the searcher's: a leaf reader's own context starts at 0 whatever its
     * place, so the segment is found among the searcher's by identity.
     */
    private int docBase(LeafReader reader) {
        for (LeafReaderContext leaf : leaves) {
            if (leaf.reader() == reader) return leaf.docBase;
        }
        throw new IllegalStateException("the highlighter read a segment that is not the searcher's: " + reader);
    }

    /**
     * The highlighter takes one document at a time, all of its matches before the next: the document's table is
     * read only as far as its matches go, and the tokenizer then moves on to the next document.
     */
    private Table tableOf(int doc) {
        if (current != null) current.close();
        if (tokenizer == null) tokenizer = new StandardTokenizer();
        current = new Table(tokenizer, bodies.getOrDefault(doc, ""), limit);
        return current;
    }

    /** One text's position offsets, tokenized as far as asked. */
    static final class Table {
        private final StandardTokenizer tokenizer;
        private final OffsetAttribute offset;
        private final PositionIncrementAttribute increment;
        private final int limit;
        private int[] offsets;
        /** Positions read so far: {@code offsets[0 .. 2 * positions)} is valid. */
        private int positions;
        private int position = -1;
        private boolean open;

        Table(StandardTokenizer tokenizer, String text, int limit) {
            this.tokenizer = tokenizer;
            this.offset = tokenizer.getAttribute(OffsetAttribute.class);
            this.increment = tokenizer.getAttribute(PositionIncrementAttribute.class);
            this.limit = limit;
            this.offsets = new int[64];
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot tokenize a body for its snippet", e); // a StringReader does not fail
            }
            open = true;
        }

        int start(int p) {
            readTo(p);
            return p < positions ? offsets[2 * p] : limit;
        }

        int end(int p) {
            readTo(p);
            return p < positions ? offsets[2 * p + 1] : limit;
        }

        /** Reads tokens until position {@code p} is known or the text (up to the limit) ends. */
        void readTo(int p) {
            try {
                while (open && p >= positions) {
                    if (!tokenizer.incrementToken() || offset.startOffset() >= limit) {
                        close();
                        return;
                    }
                    position += increment.getPositionIncrement();
                    if (2 * position + 2 > offsets.length) {
                        offsets = Arrays.copyOf(offsets, Math.max(2 * position + 2, 2 * offsets.length));
                    }
                    Arrays.fill(offsets, 2 * positions, 2 * position, -1);
                    offsets[2 * position] = offset.startOffset();
                    offsets[2 * position + 1] = offset.endOffset();
                    positions = position + 1;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot tokenize a body for its snippet", e);
            }
        }

        void close() {
            if (!open) return;
            open = false;
            try {
                tokenizer.end();
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot tokenize a body for its snippet", e);
            }
        }
    }

    /** One document's view of a leaf whose field's postings answer offsets from the table. */
    private static final class WithOffsets extends FilterLeafReader {
        private final String field;
        private final Table table;

        WithOffsets(LeafReader in, String field, Table table) {
            super(in);
            this.field = field;
            this.table = table;
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
                                    ? new Offsets(postings, table) : postings;
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
        private final Table table;
        private int position = -1;

        Offsets(PostingsEnum in, Table table) {
            super(in);
            this.table = table;
        }

        @Override
        public int nextPosition() throws IOException {
            position = in.nextPosition();
            return position;
        }

        @Override
        public int startOffset() {
            return table.start(position);
        }

        @Override
        public int endOffset() {
            return table.end(position);
        }
    }
}
