package org.kliping.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    @Test
    void numbersAbbreviationsAndInitialsDoNotEndSentences() {
        String text = "Sekitar 14.000 tentara dikirim. Dr. Budi dan H. Salim di Jl. Sudirman No. 5 hadir. Selesai!";
        assertThat(sentences(text)).containsExactly("Sekitar 14.000 tentara dikirim.",
                "Dr. Budi dan H. Salim di Jl. Sudirman No. 5 hadir.", "Selesai!");
    }

    @Test
    void lineBreakEndsASentenceAndClosingQuoteStaysWithIt() {
        String text = "\"Kami tidak akan lupa.\" Ujarnya kemudian\n\nParagraf baru tanpa titik";
        assertThat(sentences(text)).containsExactly("\"Kami tidak akan lupa.\"", "Ujarnya kemudian", "Paragraf baru tanpa titik");
    }

    @Test
    void fullStopBeforeLowerCaseWordIsNotAnEnd() {
        assertThat(sentences("Ada buah, sayur, dll. yang dijual.")).containsExactly("Ada buah, sayur, dll. yang dijual.");
    }

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.of(text)).toList();
    }
}
