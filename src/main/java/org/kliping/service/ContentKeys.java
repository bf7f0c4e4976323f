package org.kliping.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
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
        byte[] plain = plainKeyText(title, body);
        if (plain != null) return sha256(plain);
        String text = collapseWhitespace(Normalizer.normalize(title + "\n" + body, Normalizer.Form.NFKC)
                .replace('\u00A0', ' '))
                .strip();
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #PLAIN}: the character needs the normaliser. */
    private static final char NEEDS_NORMALISER = '\uFFFF';

    /**
     * What NFKC makes of each character of ASCII, Latin-1 and General Punctuation on its own, when that is one
     * character of the same blocks (itself, or a space for the no-break and typographic spaces); else
     * {@link #NEEDS_NORMALISER}. None of these blocks holds a combining character or the second half of a
     * composition, so a text of such characters normalises character by character.
     */
    private static final char[] PLAIN = plainCharacters();

    private static char[] plainCharacters() {
        char[] table = new char[0x2070];
        for (char c = 0; c < table.length; c++) {
            String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            boolean plain = (c < 0x100 || c >= 0x2000) && n.length() == 1 && (n.charAt(0) < 0x100 || n.charAt(0) >= 0x2000);
            table[c] = plain ? n.charAt(0) : NEEDS_NORMALISER;
        }
        return table;
    }

    /**
     * The UTF-8 text {@link #contentKey} hashes, in one pass without the normaliser, or null when a character
     * needs it: each character normalised by {@link #PLAIN}, runs of {@code \s} collapsed as
     * {@link #collapseWhitespace} does, then stripped as {@link String#strip} does. Nearly every article takes
     * this path; the normaliser, the joined and collapsed copies and the encoder were a tenth of an import's
     * reading (perf). Same keys as the general path, tested.
     */
    static byte[] plainKeyText(String title, String body) {
        char[] text = new char[title.length() + 1 + body.length()];
        title.getChars(0, title.length(), text, 0);
        text[title.length()] = '\n';
        body.getChars(0, body.length(), text, title.length() + 1);
        int n = 0; // normalised and collapsed text is written over the text as it is read
        boolean inRun = false;
        for (char c : text) {
            char p = c < PLAIN.length ? PLAIN[c] : NEEDS_NORMALISER;
            if (p == NEEDS_NORMALISER) return null;
            if (isSpace(p)) {
                if (!inRun) text[n++] = ' ';
                inRun = true;
            } else {
                text[n++] = p;
                inRun = false;
            }
        }
        int from = 0;
        while (from < n && Character.isWhitespace(text[from])) from++;
        while (n > from && Character.isWhitespace(text[n - 1])) n--;
        byte[] utf8 = new byte[3 * (n - from)];
        int length = 0;
        for (int i = from; i < n; i++) {
            char c = text[i]; // no surrogates below U+2070
            if (c < 0x80) {
                utf8[length++] = (byte) c;
            } else if (c < 0x800) {
                utf8[length++] = (byte) (0xC0 | c >> 6);
                utf8[length++] = (byte) (0x80 | c & 0x3F);
            } else {
                utf8[length++] = (byte) (0xE0 | c >> 12);
                utf8[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                utf8[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return Arrays.copyOf(utf8, length);
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
