package org.kliping.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/** A stream of one word, set before each reset: runs a chain of filters over a single token. */
final class OneWordStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] chars = new char[32];
    private int length;
    private boolean done;

    void set(char[] buffer, int len) {
        if (len > chars.length) chars = new char[Math.max(len, chars.length * 2)];
        System.arraycopy(buffer, 0, chars, 0, len);
        length = len;
    }

    @Override
    public boolean incrementToken() {
        if (done) return false;
        clearAttributes();
        term.copyBuffer(chars, 0, length);
        done = true;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        done = false;
    }
}
