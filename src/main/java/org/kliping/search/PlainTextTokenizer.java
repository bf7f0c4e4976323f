package org.kliping.search;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.CharArrayReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * {@link StandardTokenizer}'s tokens (text, offsets, positions, types), scanned directly when a text holds only
 * ASCII and the punctuation of news text ({@link #CLASS}); any other text is handed to {@code StandardTokenizer}
 * itself. For such text the Unicode word-break rules (UAX #29) come down to a few: letters and digits join; one
 * {@code :} {@code .} {@code '} {@code ’} {@code ‘} joins two letters, one {@code ,} {@code ;} {@code .} {@code '}
 * {@code ’} {@code ‘} joins two digits; runs of {@code _} join letters and digits and stick to a token's ends;
 * everything else separates. The index chain tokenizes every title and body with it: {@code StandardTokenizer}'s
 * generated scanner took about 65 ns a token, a tenth of an import's indexing (perf). The same tokens as
 * {@code StandardTokenizer}, tested on the IndoSum texts and on random text over every character it scans.
 */
final class PlainTextTokenizer extends Tokenizer {
    private static final byte BREAK = 0;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    /** Joins two letters: {@code :} (MidLetter). */
    private static final byte MID_LETTER = 3;
    /** Joins two digits: {@code ,} {@code ;} (MidNum). */
    private static final byte MID_NUM = 4;
    /** Joins two letters or two digits: {@code .} {@code '} {@code ‘} {@code ’} (MidNumLet, Single_Quote). */
    private static final byte MID_BOTH = 5;
    /** {@code _} (ExtendNumLet). */
    private static final byte JOINER = 6;
    /** A character this class does not scan: the text goes to {@code StandardTokenizer}. */
    private static final byte UNKNOWN = 8;
    private static final int UNKNOWN_BIT = UNKNOWN;
    /** Word-break class of every char ({@link #UNKNOWN} for those this class does not scan): 64 KB, no range test. */
    private static final byte[] CLASS = classes();
    /** 1 for a char that may be part of a token, 0 for a separator and for chars not scanned. */
    private static final byte[] JOINED = joined();
    /** StandardTokenizer's default: a longer run is left to it (it splits such tokens). */
    private static final int MAX_TOKEN = org.apache.lucene.analysis.standard.StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;
    private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private char[] text = new char[4096];
    private int length;
    private int at;
    /** Set when the text is not plain: it tokenizes the text, and its attributes are copied. */
    private StandardTokenizer other;
    private CharTermAttribute otherTerm;
    private OffsetAttribute otherOffset;
    private PositionIncrementAttribute otherPosInc;
    private TypeAttribute otherType;
    private boolean otherOpen;

    private static byte[] classes() {
        byte[] c = new byte[Character.MAX_VALUE + 1];
        Arrays.fill(c, UNKNOWN);
        for (char ch = 0; ch < 0x80; ch++) c[ch] = BREAK;
        for (char ch = 'a'; ch <= 'z'; ch++) c[ch] = LETTER;
        for (char ch = 'A'; ch <= 'Z'; ch++) c[ch] = LETTER;
        for (char ch = '0'; ch <= '9'; ch++) c[ch] = DIGIT;
        c[':'] = MID_LETTER;
        c[','] = MID_NUM;
        c[';'] = MID_NUM;
        c['.'] = MID_BOTH;
        c['\''] = MID_BOTH;
        c['\u2018'] = MID_BOTH;
        c['\u2019'] = MID_BOTH;
        c['_'] = JOINER;
        for (char ch : new char[] {'\u00A0', '\u2013', '\u2014', '\u201C', '\u201D'}) c[ch] = BREAK;
        return c;
    }

    private static byte[] joined() {
        byte[] j = new byte[CLASS.length];
        for (int ch = 0; ch < j.length; ch++) j[ch] = (byte) (CLASS[ch] == BREAK || CLASS[ch] == UNKNOWN ? 0 : 1);
        return j;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        for (int n; (n = input.read(text, length, text.length - length)) != -1; ) {
            length += n;
            if (length == text.length) text = Arrays.copyOf(text, text.length * 2);
        }
        at = 0;
        if (!isPlain()) {
            if (other == null) {
                other = new StandardTokenizer();
                otherTerm = other.getAttribute(CharTermAttribute.class);
                otherOffset = other.getAttribute(OffsetAttribute.class);
                otherPosInc = other.getAttribute(PositionIncrementAttribute.class);
                otherType = other.getAttribute(TypeAttribute.class);
            }
            other.setReader(new CharArrayReader(text, 0, length));
            other.reset();
            otherOpen = true;
        }
    }

    /** Only scanned characters, and no run of joined characters as long as a token may be (without branches). */
    private boolean isPlain() {
        int unknown = 0;
        int run = 0;
        int longest = 0;
        for (int i = 0; i < length; i++) {
            char ch = text[i];
            unknown |= CLASS[ch] & UNKNOWN_BIT;
            run = (run + 1) * JOINED[ch];
            longest = Math.max(longest, run);
        }
        return unknown == 0 && longest < MAX_TOKEN;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (otherOpen) return copyOthers();
        int start = -1;
        boolean letters = false;
        int last = BREAK; // class of the token's last letter or digit
        int i = at;
        while (i < length) {
            byte c = CLASS[text[i]];
            if (c == LETTER || c == DIGIT) {
                if (start < 0) start = i;
                letters |= c == LETTER;
                last = c;
                i++;
            } else if (c == JOINER) {
                int end = i + 1;
                while (end < length && CLASS[text[end]] == JOINER) end++;
                if (start < 0) {
                    // leading joiners belong to a token only when a letter or digit follows
                    if (end < length && isLetterOrDigit(CLASS[text[end]])) {
                        start = i;
                        i = end;
                        continue;
                    }
                    i = end;
                    continue;
                }
                i = end; // joiners join, and trail a token
                if (end >= length || !isLetterOrDigit(CLASS[text[end]])) break;
            } else if (start >= 0 && i + 1 < length && joins(c, last, CLASS[text[i + 1]])) {
                i += 2;
                last = CLASS[text[i - 1]];
                letters |= last == LETTER;
            } else if (start >= 0) {
                break;
            } else {
                i++;
            }
        }
        at = i;
        if (start < 0) return false;
        term.copyBuffer(text, start, i - start);
        offset.setOffset(correctOffset(start), correctOffset(i));
        posInc.setPositionIncrement(1);
        type.setType(letters ? ALPHANUM : NUM);
        return true;
    }

    private static boolean isLetterOrDigit(byte c) {
        return c == LETTER || c == DIGIT;
    }

    /** Whether a middle character {@code c} joins {@code before} and {@code after} (both letters or both digits). */
    private static boolean joins(byte c, int before, byte after) {
        if (before != after) return false;
        if (before == LETTER) return c == MID_LETTER || c == MID_BOTH;
        return before == DIGIT && (c == MID_NUM || c == MID_BOTH);
    }

    private boolean copyOthers() throws IOException {
        if (!other.incrementToken()) return false;
        term.copyBuffer(otherTerm.buffer(), 0, otherTerm.length());
        offset.setOffset(correctOffset(otherOffset.startOffset()), correctOffset(otherOffset.endOffset()));
        posInc.setPositionIncrement(otherPosInc.getPositionIncrement());
        type.setType(otherType.type());
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        if (otherOpen) {
            other.end();
            posInc.setPositionIncrement(otherPosInc.getPositionIncrement());
        }
        int end = correctOffset(length);
        offset.setOffset(end, end);
    }

    @Override
    public void close() throws IOException {
        try {
            if (otherOpen) other.close();
        } finally {
            otherOpen = false;
            super.close();
        }
    }
}
