package org.kliping.search;

import org.kliping.domain.Article;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Abbreviation synonyms expand at query time only, so each form of a query finds the text using the other. */
class SynonymSearchTest {

    @TempDir
    Path dir;

    private static IndexEntry article(long id, String body) {
        return article(id, "Berita " + id, body);
    }

    private static IndexEntry article(long id, String title, String body) {
        Article a = new Article(id, null, title, false, "", body, "Tes", null, null, null, null, "id", "test",
                null, "", false, false);
        return new IndexEntry(a, List.of(), List.of(), List.of());
    }

    /**
     * An abbreviation is scored like any other word: a headline naming it does not outweigh the query's other,
     * rarer words (it did when an abbreviation was a sum of per-field scores with the title weighted on top).
     */
    @Test
    void aHeadlineNamingTheAbbreviationDoesNotOutweighTheOtherWords() {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            long id = 1;
            index.upsert(article(id++, "Gubernur dicegah", "Gubernur Jambi Zumi Zola dicegah bepergian ke luar negeri selama enam bulan."));
            for (int i = 0; i < 6; i++) {
                index.upsert(article(id++, "KPK periksa saksi " + i, "KPK memeriksa saksi kasus suap ke-" + i + ". Juru bicara KPK menyebut pemeriksaan berlanjut."));
            }
            for (int i = 0; i < 6; i++) index.upsert(article(id++, "Harga cabai naik " + i + " persen menjelang lebaran."));
            index.commit(id);

            assertThat(ids(index, "zumi zola kpk").get(0)).isEqualTo(1L);
            assertThat(ids(index, "kpk")).hasSize(6);
        }
    }

    @Test
    void abbreviationAndFullNameFindEachOther() {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            index.upsert(article(1, "Penyidik KPK memeriksa dua saksi pada hari Senin."));
            index.upsert(article(2, "Komisi Pemberantasan Korupsi menahan seorang bupati."));
            index.upsert(article(3, "Harga cabai naik menjelang lebaran."));
            index.commit(3);

            assertThat(ids(index, "KPK")).containsExactlyInAnyOrder(1L, 2L);
            assertThat(ids(index, "\"Komisi Pemberantasan Korupsi\"")).containsExactlyInAnyOrder(1L, 2L);
        }
    }

    private static List<Long> ids(ArticleIndex index, String query) {
        return index.search(SearchRequest.of(query)).hits().stream().map(h -> h.id()).toList();
    }
}
