package org.kliping.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Hashes that identify content: of the original bytes, and of the normalised displayed text. */
final class ContentKeys {
    private ContentKeys() {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The duplicate key: the same article saved twice, with other whitespace, line endings, Unicode
     * composition or a non-breaking space, gets the same key.
     */
    static String contentKey(String title, String body) {
        String text = collapseWhitespace(Normalizer.normalize(title + "\n" + body, Normalizer.Form.NFKC)
                .replace('\u00A0', ' '))
                .strip();
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Each run of the regular expression {@code \s} characters ({@code [ \t\n\x0B\f\r]}) becomes one space:
     * what {@code replaceAll("\\s+", " ")} did, as a loop, since the regular expression cost a sixth of
     * an import's batch work (JFR). Keys already stored depend on it giving the same text.
     */
    static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0; // text before this index is in out
        int i = 0;
        while (i < text.length()) {
            if (!isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isSpace(text.charAt(end))) end++;
            if (end - i == 1 && text.charAt(i) == ' ') {
                i = end; // a single plain space stays as it is
                continue;
            }
            out.append(text, copied, i).append(' '); // runs of text are copied whole, not a character at a time
            copied = end;
            i = end;
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** {@code [ \t\n\x0B\f\r]}: the space and the range U+0009 to U+000D, so text above the space takes one test. */
    private static boolean isSpace(char c) {
        return c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r'));
    }
}
