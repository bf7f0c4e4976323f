package org.kliping.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Removes Indonesian thousands separators so that {@code 14.000} and {@code 14000} are the same term
 * (in Indonesian the dot groups thousands and the comma marks decimals). Only well-formed groups of three
 * digits are touched: {@code 3.5} and version-like {@code 1.2.3} stay as they are.
 */
final class NumberFormatFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    NumberFormatFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (isGroupedNumber(term)) removeDots();
        return true;
    }

    /** Digits in groups: 1 to 3 digits, then one or more ".ddd" groups (letters before the number are allowed: Rp14.000). */
    static boolean isGroupedNumber(CharSequence s) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isLetter(s.charAt(i))) i++;
        int lead = 0;
        while (i < n && isDigit(s.charAt(i))) { i++; lead++; }
        if (lead < 1 || lead > 3 || i == n) return false;
        while (i < n) {
            if (s.charAt(i) != '.' || i + 4 > n) return false;
            for (int k = 1; k <= 3; k++) if (!isDigit(s.charAt(i + k))) return false;
            i += 4;
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void removeDots() {
        char[] buf = term.buffer();
        int len = term.length();
        int w = 0;
        for (int r = 0; r < len; r++) if (buf[r] != '.') buf[w++] = buf[r];
        term.setLength(w);
    }
}
