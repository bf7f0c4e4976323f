package org.kliping.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How an article's original bytes travel in Kliping JSON: as readable text when they are valid
 * UTF-8 (nearly every import; decoding strictly and re-encoding gives back the same bytes), else as
 * base64. The {@code originalEncoding} marker says which, so a reader never guesses.
 *
 * @param encoding {@link #UTF_8}, {@link #BASE64}, or null when there is no original
 * @param text     the original as JSON text, or null
 */
record KlipingJsonOriginal(String encoding, String text) {

    static final String UTF_8 = "utf-8";
    static final String BASE64 = "base64";

    static KlipingJsonOriginal encode(byte[] original) {
        if (original == null) return new KlipingJsonOriginal(null, null);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(original)).toString();
            return new KlipingJsonOriginal(UTF_8, text);
        } catch (CharacterCodingException e) {
            // Not UTF-8 (a Windows-1252 file, say): base64 keeps it byte for byte.
            return new KlipingJsonOriginal(BASE64, Base64.getEncoder().encodeToString(original));
        }
    }

    /** @throws KlipingJsonException for an unknown marker, bad base64 or text without a marker */
    static byte[] decode(String encoding, String text) {
        if (text == null) return null;
        if (encoding == null) throw new KlipingJsonException("field 'original' has no 'originalEncoding'");
        return switch (encoding) {
            case UTF_8 -> text.getBytes(StandardCharsets.UTF_8);
            case BASE64 -> base64(text);
            default -> throw new KlipingJsonException("unknown originalEncoding '" + encoding + "'");
        };
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new KlipingJsonException("field 'original' is not valid base64", e);
        }
    }
}
