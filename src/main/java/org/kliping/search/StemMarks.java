package org.kliping.search;

import org.apache.lucene.util.BytesRef;

/**
 * The mark of a stem in the text fields that hold both forms of a word ({@link IndexFields#MARKED_TEXT_FIELDS}):
 * every position holds the word as written ({@code membebaskan}) and, at the same position, each stem or
 * candidate root that differs from it, prefixed with {@link #MARK} ({@code #bebas}). A stemmed match of a typed
 * word with stem s is then the pair {s, #s}.
 *
 * <p>No word can be mistaken for a mark: {@code StandardTokenizer} drops '#' everywhere except in the keycap
 * emoji ({@code #️⃣}: '#', U+FE0F, U+20E3, tested), and no token starts with a combining character, so a term
 * is a mark exactly when a letter or digit follows the '#'.
 */
final class StemMarks {
    static final char MARK = '#';

    private StemMarks() {
    }

    static String mark(CharSequence stem) {
        return MARK + stem.toString();
    }

    static boolean isMarked(CharSequence term) {
        return term.length() > 1 && term.charAt(0) == MARK && Character.isLetterOrDigit(Character.codePointAt(term, 1));
    }

    static boolean isMarked(BytesRef term) {
        return term.length > 1 && term.bytes[term.offset] == MARK && isMarked(term.utf8ToString());
    }
}
