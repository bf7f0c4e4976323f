package org.kliping.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a text file into a string: a BOM decides (UTF-8, UTF-16 LE/BE), otherwise strict UTF-8,
 * and when that fails Windows-1252, the usual encoding of older Indonesian Windows files (ISO-8859-1 is its
 * subset for printable text). Binary content is refused rather than decoded into noise.
 */
final class TextDecoder {
    static final String GUESSED_WARNING = "encoding guessed: windows-1252";
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More control characters than this share of the text means it is not text (tabs and newlines excepted). */
    private static final double MAX_CONTROL_SHARE = 0.10;

    /** The decoded text, the charset used and any doubt about it. */
    record Decoded(String text, Charset charset, List<String> warnings) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        Decoded decoded = decodeByBomOrGuess(bytes);
        rejectBinary(decoded);
        return decoded;
    }

    /** Decodes with a charset a container declared (an HTML meta tag); a BOM still wins. */
    static Decoded decode(byte[] bytes, Charset declared) {
        Decoded decoded = hasBom(bytes) ? decodeByBomOrGuess(bytes) : new Decoded(new String(bytes, declared), declared, List.of());
        rejectBinary(decoded);
        return decoded;
    }

    /**
     * Decodes with the charset a server named, when there is no BOM and the bytes are valid in it; empty otherwise
     * (servers misname charsets often enough that a mismatch falls back to the page's own declaration).
     */
    static java.util.Optional<Decoded> decodeServed(byte[] bytes, Charset served) {
        if (hasBom(bytes)) return java.util.Optional.empty();
        try {
            String text = served.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            Decoded decoded = new Decoded(text, served, List.of());
            rejectBinary(decoded);
            return java.util.Optional.of(decoded);
        } catch (CharacterCodingException doesNotFit) {
            return java.util.Optional.empty();
        }
    }

    private static Decoded decodeByBomOrGuess(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return decoded(bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFF, 0xFE)) return decoded(bytes, 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return decoded(bytes, 2, StandardCharsets.UTF_16BE);
        if (containsNul(bytes)) throw new UnreadableArticleException("binary content (NUL bytes)");
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8, List.of());
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, List.of(GUESSED_WARNING));
        }
    }

    private static boolean hasBom(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    private static Decoded decoded(byte[] bytes, int bomLength, Charset charset) {
        return new Decoded(new String(bytes, bomLength, bytes.length - bomLength, charset), charset, List.of());
    }

    private static void rejectBinary(Decoded decoded) {
        String text = decoded.text();
        if (text.indexOf('\0') >= 0) throw new UnreadableArticleException("binary content (NUL bytes)");
        long controls = text.chars().filter(TextDecoder::isControl).count();
        if (!text.isEmpty() && controls > MAX_CONTROL_SHARE * text.length()) {
            throw new UnreadableArticleException("binary content (mostly control characters)");
        }
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == 0xFFFD;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
