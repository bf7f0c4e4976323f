package org.kliping.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.Annotation;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TagsNotesAndRelatedTest {
    @TempDir
    Path dir;
    ArticleIndex index;

    @BeforeEach
    void indexSeedsWithTagsAndNotes() {
        index = ArticleIndex.open(dir, SearchSettings.defaults());
        List<IndexEntry> entries = new ArrayList<>(SeedArticles.entries());
        entries.set(0, SeedArticles.withExtras(entries.get(0), List.of("konflik/rusia-ukraina", "Militer"),
                List.of("cek angka korban dengan sumber lain"), List.of()));
        entries.set(1, SeedArticles.withExtras(entries.get(1), List.of("konflik/korea"), List.of(),
                List.of(new Annotation(1, 2, 0, 10, "Korea Utara", "", "", "bandingkan dengan arsip kliping gajah",
                        null, List.of(), null, null))));
        entries.set(2, SeedArticles.withExtras(entries.get(2), List.of("konflik"), List.of(), List.of()));
        entries.forEach(index::upsert);
        // an unrelated article from another topic, to show related articles prefer the same event
        index.upsert(SeedArticles.entry(6, "Harga beras naik\nHarga beras di pasar induk naik menjelang lebaran, "
                + "kata pedagang di Jakarta. Pemerintah berjanji menambah pasokan beras.", "Antara", null, List.of()));
        index.commit(1);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void tagFindsItselfAndItsChildren() {
        assertThat(index.search(SearchRequest.of("tag:konflik")).total()).isEqualTo(3);
        assertThat(index.search(SearchRequest.of("tag:konflik/korea")).total()).isEqualTo(1);
        assertThat(index.search(SearchRequest.of("tag:militer")).total()).isEqualTo(1);
    }

    @Test
    void tagFacetCountsAncestors() {
        SearchResult result = index.search(SearchRequest.of(""));

        assertThat(result.facets().get("tag"))
                .containsEntry("konflik", 3L)
                .containsEntry("konflik/rusia-ukraina", 1L)
                .containsEntry("konflik/korea", 1L)
                .containsEntry("Militer", 1L);
    }

    @Test
    void notesAreSearchableByFieldAndByDefault() {
        assertThat(index.search(SearchRequest.of("note:korban")).hits()).extracting(SearchHit::id).containsExactly(1L);
        assertThat(index.search(SearchRequest.of("note:gajah")).hits()).extracting(SearchHit::id).containsExactly(2L);
        assertThat(index.search(SearchRequest.of("gajah")).hits()).extracting(SearchHit::id).containsExactly(2L);
    }

    @Test
    void relatedArticlesExcludeTheArticleAndTheUnrelated() {
        List<SearchHit> related = index.related(1, 10);

        assertThat(related).extracting(SearchHit::id).doesNotContain(1L).contains(2L, 3L, 4L, 5L);
        List<Long> ids = related.stream().map(SearchHit::id).toList();
        assertThat(ids.indexOf(6L)).isIn(-1, ids.size() - 1); // the rice-price article, if at all, comes last
    }

    @Test
    void relatedPrefersOtherOutlets() {
        index.upsert(SeedArticles.entry(7, SeedArticles.text(0), "Antara", null, List.of())); // same outlet, same text
        index.commit(2);

        List<SearchHit> related = index.related(1, 3);

        assertThat(related).hasSize(3);
        assertThat(related.get(0).source()).isNotEqualTo("Antara");
    }

    @Test
    void relatedOfUnknownIdIsEmpty() {
        assertThat(index.related(999, 5)).isEmpty();
    }
}
