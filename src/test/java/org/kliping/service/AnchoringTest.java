package org.kliping.service;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnchoringTest {

    static final String TEXT = "Pasukan Rusia merebut kembali Kursk.\n\nKorea Utara mengirim 14.000 tentara.\n\n"
            + "Ukraina membantah klaim tersebut.";

    private static Annotation on(String text, String quote) {
        int s = text.indexOf(quote);
        return Anchoring.create(1, text, s, s + quote.length(), "catatan", "yellow", List.of(), Instant.EPOCH);
    }

    @Test
    void unchangedTextKeepsOffsets() {
        Annotation a = on(TEXT, "Korea Utara mengirim 14.000 tentara.");
        Annotation r = Anchoring.reanchor(a, TEXT);
        assertThat(r.start()).isEqualTo(a.start());
        assertThat(r.state()).isEqualTo(AnchorState.ANCHORED);
    }

    @Test
    void paragraphInsertedBeforeMovesTheHighlightWithItsSentence() {
        Annotation a = on(TEXT, "Korea Utara mengirim 14.000 tentara.");
        String edited = "Paragraf baru di awal.\n\n" + TEXT;
        Annotation r = Anchoring.reanchor(a, edited);
        assertThat(r.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(edited.substring(r.start(), r.end())).isEqualTo("Korea Utara mengirim 14.000 tentara.");
        assertThat(r.note()).isEqualTo("catatan");
    }

    @Test
    void repeatedQuoteIsPlacedByItsContext() {
        String text = "Rusia menyerang. Ukraina bertahan. Rusia menyerang. Korea Utara membantu.";
        int second = text.lastIndexOf("Rusia menyerang.");
        Annotation a = Anchoring.create(1, text, second, second + 16, null, null, List.of(), Instant.EPOCH);
        String edited = "Awal. " + text.replace("Ukraina bertahan.", "Ukraina bertahan lama.");
        Annotation r = Anchoring.reanchor(a, edited);
        assertThat(r.start()).isEqualTo(edited.lastIndexOf("Rusia menyerang."));
    }

    @Test
    void typoFixStillAnchorsByFuzzyMatch() {
        Annotation a = on(TEXT, "Korea Utara mengirim 14.000 tentara.");
        String edited = TEXT.replace("mengirim 14.000 tentara", "mengirimkan 14.000 tentara");
        Annotation r = Anchoring.reanchor(a, edited);
        assertThat(r.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(edited.substring(r.start(), r.end())).contains("mengirimkan 14.000");
    }

    @Test
    void deletedSentenceBecomesAnOrphanWithQuoteAndNote() {
        Annotation a = on(TEXT, "Korea Utara mengirim 14.000 tentara.");
        String edited = TEXT.replace("Korea Utara mengirim 14.000 tentara.\n\n", "");
        Annotation r = Anchoring.reanchor(a, edited);
        assertThat(r.state()).isEqualTo(AnchorState.ORPHANED);
        assertThat(r.quote()).isEqualTo("Korea Utara mengirim 14.000 tentara.");
        assertThat(r.note()).isEqualTo("catatan");
    }

    @Test
    void aDifferentSentenceIsNeverTakenForTheQuote() {
        Annotation a = on(TEXT, "Ukraina membantah klaim tersebut.");
        String edited = TEXT.replace("Ukraina membantah klaim tersebut.", "Rusia mengakui serangan tersebut.");
        assertThat(Anchoring.reanchor(a, edited).state()).isEqualTo(AnchorState.ORPHANED);
    }
}
