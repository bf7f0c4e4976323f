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
        String text = Normalizer.normalize(title + "\n" + body, Normalizer.Form.NFKC)
                .replace('\u00A0', ' ')
                .replaceAll("\\s+", " ")
                .strip();
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
