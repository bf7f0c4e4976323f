package org.kliping.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kliping.domain.Article;
import org.kliping.domain.Figure;

class FigureExtractorTest {
    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsIndonesianNumberFormat() {
        List<Figure> figures = extract("Layanan itu menjangkau 86.000 editor dan 3,5 juta desktop di 90 negara.");
        assertThat(figures).extracting(Figure::value, Figure::valueText, Figure::counted)
                .containsExactly(tuple(86000.0, "86.000", "editor"), tuple(3500000.0, "3,5 juta", "desktop"),
                        tuple(90.0, "90", "negara"));
    }

    @Test
    void troopWordsCountTheSameThing() {
        List<Figure> figures = extract("Korut mengirim 14.000 personel militernya. Ada 12.000 tentara dan 10.000 pasukan.");
        assertThat(figures).extracting(Figure::counted).containsOnly("tentara");
        assertThat(figures).extracting(Figure::unit).containsOnly("orang");
    }

    @Test
    void seedTroopFiguresCarryQualifierAndSource() {
        assertThat(extractor.extract(SeedArticles.byId(0)))
                .extracting(Figure::valueText, Figure::counted, Figure::qualifier, Figure::attributedTo)
                .contains(tuple("12.000", "tentara", "sekitar", "Amerika Serikat dan pendukung Kyiv lainnya"),
                        tuple("76.000", "korban jiwa", "lebih dari", "Gerasimov"),
                        tuple("90", "luas", "lebih dari", null));
        assertThat(extractor.extract(SeedArticles.byId(2)))
                .extracting(Figure::valueText, Figure::counted, Figure::attributedTo)
                .containsExactly(tuple("14.000", "tentara", "pemerintah Ukraina"),
                        tuple("3.000", "bala bantuan", "pemerintah Ukraina"));
        assertThat(extractor.extract(SeedArticles.byId(3)))
                .extracting(Figure::valueText, Figure::counted, Figure::qualifier, Figure::attributedTo)
                .contains(tuple("14.000", "tentara", "sekitar", "sumber-sumber Korea Selatan, Ukraina, dan Barat"),
                        tuple("6.000", "tentara tewas", "lebih dari", "sumber-sumber Korea Selatan, Ukraina, dan Barat"));
        assertThat(extractor.extract(SeedArticles.byId(4)))
                .extracting(Figure::valueText, Figure::counted, Figure::attributedTo)
                .containsExactly(tuple("14.000", "tentara", "Pejabat Ukraina"),
                        tuple("3.000", "bala bantuan", "Pejabat Ukraina"),
                        tuple("25", "tentara tewas", "Pasukan Operasi Khusus Ukraina"));
    }

    @Test
    void partOfAWholeIsOneFigure() {
        List<Figure> figures = extractor.extract(SeedArticles.byId(3));
        assertThat(figures).filteredOn(f -> f.counted().equals("permukiman"))
                .extracting(Figure::value, Figure::valueText).containsExactly(tuple(37.0, "37 dari 64"));
    }

    @Test
    void katanyaPointsBackToTheLastSourceNamed() {
        Figure f = extractor.extract(SeedArticles.byId(3)).stream().filter(x -> x.counted().equals("permukiman")).findFirst().orElseThrow();
        assertThat(f.attributedTo()).isEqualTo("Surat kabar militer Rusia Krasnaya Zvezda");
    }

    @Test
    void eachFigureIsTiedToItsSentence() {
        for (Article a : SeedArticles.all()) {
            for (Figure f : extractor.extract(a)) {
                assertThat(f.articleId()).isEqualTo(a.id());
                assertThat(a.body().substring(f.sentenceStart(), f.sentenceEnd())).isEqualTo(f.sentence());
                assertThat(f.sentence()).contains(f.valueText());
            }
        }
    }

    @Test
    void datesYearsAndClauseNumbersAreNotFigures() {
        List<Figure> figures = extract("Pada Senin (28/4) dan 24 April, sesuai Pasal 51, sejak Agustus 2024 dan tahun 2017 pukul 10.30 WIB.");
        assertThat(figures).isEmpty();
    }

    @Test
    void bareFourDigitYearIsNotACountEvenBeforeANoun() {
        assertThat(extract("Sejak 2016 kapal itu rusak, kini ada 2.016 kapal.")).extracting(Figure::value).containsExactly(2016.0);
    }

    @Test
    void datelineIsNotPartOfTheSource() {
        List<Figure> figures = extract("Jakarta, CNN Indonesia -- PT Pertamina (Persero) mengatakan ada 10 ribu barel minyak.");
        assertThat(figures).extracting(Figure::attributedTo, Figure::value).containsExactly(tuple("PT Pertamina", 10000.0));
    }

    @Test
    void bareNumbersWithoutACountedNounAreSkipped() {
        assertThat(extract("Skornya 3 banding 1 di menit akhir.")).isEmpty();
    }

    @Test
    void qualifiersAreNormalised() {
        List<Figure> figures = extract("Hampir 500 warga mengungsi, kurang dari 20 rumah rusak, sekira 7 desa terendam.");
        assertThat(figures).extracting(Figure::qualifier).containsExactly("hampir", "kurang dari", "sekitar");
        assertThat(figures.get(0).counted()).isEqualTo("warga mengungsi");
    }

    @Test
    void saidBySpeakerAfterAQuote() {
        List<Figure> figures = extract("\"Sebanyak 40 rumah terbakar,\" kata Kepala BPBD Joko Santoso kepada wartawan.");
        assertThat(figures).extracting(Figure::attributedTo).containsExactly("Kepala BPBD Joko Santoso");
    }

    @Test
    void moneyKeepsItsCurrencyAndWhatItPaysFor() {
        List<Figure> figures = extract("Kerugian negara sebesar Rp 2,3 triliun, sedangkan klub membayar 16 juta euro. Uang asli senilai Rp 200 ribu disita.");
        assertThat(figures).extracting(Figure::value, Figure::valueText, Figure::unit, Figure::counted)
                .containsExactly(tuple(2.3e12, "Rp 2,3 triliun", "rupiah", "kerugian negara"),
                        tuple(16e6, "16 juta euro", "euro", "klub membayar"),
                        tuple(200e3, "Rp 200 ribu", "rupiah", "uang asli"));
    }

    @Test
    void percentSignIsAUnit() {
        assertThat(extract("Ekonomi tumbuh 5,01% tahun ini.")).extracting(Figure::value, Figure::unit)
                .containsExactly(tuple(5.01, "persen"));
    }

    private List<Figure> extract(String body) {
        return extractor.extract(SeedArticles.article(7, "judul", body, "uji"));
    }
}
