package org.kliping.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kliping.domain.Article;
import org.kliping.domain.NameKind;
import org.kliping.domain.NameMention;

class NameExtractorTest {
    private final NameExtractor extractor = new NameExtractor(Aliases.bundled());

    @Test
    void aliasesAreReportedUnderTheirCanonicalName() {
        List<NameMention> seed002 = extractor.extract(SeedArticles.byId(2));
        assertThat(surface(SeedArticles.byId(2), seed002, "Korea Utara")).contains("Korut", "Korea Utara");
        List<NameMention> seed001 = extractor.extract(SeedArticles.byId(1));
        assertThat(surface(SeedArticles.byId(1), seed001, "Kim Jong Un")).containsOnly("Kim Jong-un");
        List<NameMention> seed004 = extractor.extract(SeedArticles.byId(4));
        assertThat(surface(SeedArticles.byId(4), seed004, "Amerika Serikat")).contains("AS");
    }

    @Test
    void titlesMarkPeople() {
        List<NameMention> names = extractor.extract(SeedArticles.byId(0));
        assertThat(names).extracting(NameMention::name, NameMention::kind)
                .contains(tuple("Valery Gerasimov", NameKind.PERSON), tuple("Maria Zakharova", NameKind.PERSON),
                        tuple("Vladimir Putin", NameKind.PERSON));
    }

    @Test
    void surnameAloneStandsForTheFullNameMetInTheArticle() {
        Article seed = SeedArticles.byId(0);
        List<String> gerasimov = surface(seed, extractor.extract(seed), "Valery Gerasimov");
        assertThat(gerasimov).contains("Valery Gerasimov", "Gerasimov");
    }

    @Test
    void headWordsMakeOrganisationsAndKeepThePlaceNamed() {
        Article seed = SeedArticles.byId(4);
        List<NameMention> names = extractor.extract(seed);
        assertThat(names).extracting(NameMention::name, NameMention::kind)
                .contains(tuple("Kementerian Luar Negeri Amerika Serikat", NameKind.ORGANISATION),
                        tuple("Pasukan Operasi Khusus Ukraina", NameKind.ORGANISATION),
                        tuple("Partai Pekerja Korea", NameKind.ORGANISATION));
        assertThat(surface(seed, names, "Ukraina")).isNotEmpty();
    }

    @Test
    void sentenceInitialCapitalIsNotANameByItself() {
        Article a = SeedArticles.article(9, "t", "Pengumuman itu disampaikan kemarin. Keputusan diambil di Sumy oleh Presiden Vladimir Putin.", "x");
        assertThat(extractor.extract(a)).extracting(NameMention::name).containsExactly("Sumy", "Vladimir Putin");
    }

    @Test
    void sentenceInitialWordConfirmedElsewhereIsKept() {
        Article a = SeedArticles.article(9, "t", "Bolshesoldatsky masih tertutup. Warga meninggalkan Bolshesoldatsky pekan lalu.", "x");
        assertThat(extractor.extract(a)).extracting(NameMention::name).containsExactly("Bolshesoldatsky", "Bolshesoldatsky");
    }

    @Test
    void lowerCaseWordsAndDatesAreNotNames() {
        Article a = SeedArticles.article(9, "t", "Pada Senin (28/4) as roda patah. Pasal 51 dibahas pada April.", "x");
        assertThat(extractor.extract(a)).isEmpty();
    }

    @Test
    void fullNameLaterShortenedIsAPerson() {
        Article a = SeedArticles.article(9, "t", "Pertemuan dihadiri Zulkifli Hasan dan warga. Kemudian Zulkifli menilai aturan itu perlu.", "x");
        assertThat(extractor.extract(a)).extracting(NameMention::name, NameMention::kind)
                .containsExactly(tuple("Zulkifli Hasan", NameKind.PERSON), tuple("Zulkifli Hasan", NameKind.PERSON));
    }

    @Test
    void userAliasIsUsed() {
        NameExtractor mine = new NameExtractor(Aliases.bundled().with("Negeri Ginseng", "Korea Selatan"));
        Article a = SeedArticles.article(9, "t", "Pejabat dari Negeri Ginseng datang ke Jakarta.", "x");
        assertThat(mine.extract(a)).extracting(NameMention::name, NameMention::kind)
                .containsExactly(tuple("Korea Selatan", NameKind.PLACE), tuple("Jakarta", NameKind.PLACE));
    }

    @Test
    void everySpanPointsAtCapitalisedTextOfThatArticle() {
        for (Article a : SeedArticles.all()) {
            for (NameMention m : extractor.extract(a)) {
                assertThat(m.articleId()).isEqualTo(a.id());
                assertThat(a.body().substring(m.start(), m.end())).matches("^\\p{Lu}.*");
            }
        }
    }

    private static List<String> surface(Article a, List<NameMention> names, String canonical) {
        return names.stream().filter(m -> m.name().equals(canonical)).map(m -> a.body().substring(m.start(), m.end())).toList();
    }
}
