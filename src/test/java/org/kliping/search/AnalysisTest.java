package org.kliping.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word/root pairs the analysis relies on. Pairs from Sastrawi's tests (MIT, github.com/sastrawi/sastrawi)
 * and from stack.md's list of Lucene stemmer faults.
 */
class AnalysisTest {
    private final AnalysisPreview preview = new AnalysisPreview(SearchSettings.defaults());

    @Test
    void nasalPrefixWordsShareTheRootWithDiForms() {
        assertThat(preview.stemmedTerms("menulis")).contains("tulis");
        assertThat(preview.stemmedTerms("ditulis")).contains("tulis");
        assertThat(preview.stemmedTerms("menumpas")).contains("tumpas");
        assertThat(preview.stemmedTerms("memilih")).contains("pilih");
        assertThat(preview.stemmedTerms("mengatakan")).contains("kata");
        assertThat(preview.stemmedTerms("menyatakan")).contains("nyata");
        assertThat(preview.stemmedTerms("pemukiman")).contains("mukim");
    }

    @Test
    void bebasFormsShareTheirRoot() {
        for (String w : new String[] {"membebaskan", "pembebasan", "dibebaskan", "bebas"}) {
            assertThat(preview.stemmedTerms(w)).as(w).contains("bebas");
        }
    }

    @Test
    void theBodyIndexesEachWordWithItsDifferingStemsMarked() {
        assertThat(preview.indexedTerms("Membebaskan Megawati, menulis")).containsExactly(
                "membebaskan", "#bebas", "megawati", "menulis", "#ulis", "#tulis", "#nulis");
    }

    @Test
    void protectedNamesAndLookalikeWordsAreNotStemmed() {
        assertThat(preview.stemmedTerms("Megawati")).containsExactly("megawati");
        assertThat(preview.stemmedTerms("Kediri")).containsExactly("kediri");
        assertThat(preview.stemmedTerms("berita")).containsExactly("berita");
        assertThat(preview.stemmedTerms("ketua")).containsExactly("ketua");
        assertThat(preview.stemmedTerms("menteri")).containsExactly("menteri");
    }

    @Test
    void diacriticsAreFoldedAndNumbersNormalised() {
        assertThat(preview.exactTerms("François Eugène")).containsExactly("francois", "eugene");
        assertThat(preview.exactTerms("14.000")).containsExactly("14000");
    }

    @Test
    void abbreviationsExpandToTheirFullForm() {
        assertThat(preview.exactTerms("Korut")).contains("korut", "korea", "utara");
        assertThat(preview.exactTerms("AS")).contains("amerika", "serikat");
    }

    @Test
    void questionWordsAreDropped() {
        assertThat(preview.exactTerms("dimanakah Douwes Dekker meninggal?")).containsExactly("douwes", "dekker", "meninggal");
    }

    @Test
    void reduplicationMatchesTheSingleWord() {
        assertThat(preview.stemmedTerms("negara-negara")).containsOnly("negara");
    }
}
