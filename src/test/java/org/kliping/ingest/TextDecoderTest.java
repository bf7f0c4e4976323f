package org.kliping.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {
    private static final String TEXT = "Jakarta \u2013 \u201CBerita\u201D tentang kafe di Bogor, Rp 5.000";

    @Test
    void plainUtf8IsDecodedWithoutWarning() {
        TextDecoder.Decoded decoded = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void utf8BomIsRemoved() {
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(bytes).text()).isEqualTo(TEXT);
    }

    @Test
    void utf16WithBomInBothByteOrders() {
        byte[] le = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoder.decode(le).text()).isEqualTo(TEXT);
        assertThat(TextDecoder.decode(be).text()).isEqualTo(TEXT);
        assertThat(TextDecoder.decode(le).warnings()).isEmpty();
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithWarning() {
        byte[] cp1252 = TEXT.getBytes(TextDecoder.WINDOWS_1252);
        TextDecoder.Decoded decoded = TextDecoder.decode(cp1252);
        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.warnings()).containsExactly("encoding guessed: windows-1252");
    }

    @Test
    void latin1AccentsDecodeThroughTheWindows1252Fallback() {
        String french = "Caf\u00E9 cr\u00E8me \u00E0 Montr\u00E9al";
        assertThat(TextDecoder.decode(french.getBytes(StandardCharsets.ISO_8859_1)).text()).isEqualTo(french);
    }

    @Test
    void nulBytesAreBinary() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[]{'P', 'K', 3, 4, 0, 0, 'x'}))
                .isInstanceOf(UnreadableArticleException.class).hasMessage("binary content (NUL bytes)");
    }

    @Test
    void mostlyControlCharactersAreBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("binary content");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
