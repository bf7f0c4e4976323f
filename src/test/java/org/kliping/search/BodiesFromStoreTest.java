package org.kliping.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The index keeps no copy of the body: snippets, feedback and related articles read it from the store. */
class BodiesFromStoreTest {
    @TempDir
    Path dir;

    /** Stands in for the store: what it holds now, and every request it got. */
    final Map<Long, String> store = new ConcurrentHashMap<>();
    final List<Collection<Long>> requests = new ArrayList<>();
    ArticleIndex index;

    static final String SANDERA = "Pemerintah membebaskan tiga sandera di perbatasan. Pembebasan itu disambut keluarga.";

    @BeforeEach
    void open() {
        index = ArticleIndex.open(dir, SearchSettings.defaults(), ids -> {
            synchronized (requests) {
                requests.add(List.copyOf(ids));
            }
            Map<Long, String> out = new HashMap<>();
            for (Long id : ids) if (store.containsKey(id)) out.put(id, store.get(id));
            return out;
        });
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void put(long id, String title, String body) {
        store.put(id, body);
        index.upsert(new IndexEntry(SeedArticles.article(id, title, body, "Antara", null), List.of(), List.of(), List.of()));
    }

    private SearchHit onlyHit(String query) {
        List<SearchHit> hits = index.search(SearchRequest.of(query)).hits();
        assertThat(hits).hasSize(1);
        return hits.get(0);
    }

    @Test
    void snippetsComeFromTheStoreInOneRequestPerPage() {
        put(1, "Sandera dibebaskan", SANDERA);
        put(2, "Harga beras", "Harga beras naik menjelang lebaran, kata pedagang. Pembebasan bea masuk beras diminta.");
        index.commit(2);
        requests.clear();

        List<SearchHit> hits = index.search(SearchRequest.of("pembebasan")).hits();

        assertThat(hits).hasSize(2);
        assertThat(hits).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>Pembebasan</mark>"));
        assertThat(requests).as("one read of the store for the page").hasSize(1);
        assertThat(requests.get(0)).containsExactlyInAnyOrder(1L, 2L);
    }

    /**
     * Each commit is a segment until a merge: the snippets' offsets (derived from positions, decision 0015) must
     * come from each hit's own body whichever segment holds it.
     */
    @Test
    void hitsInEverySegmentMarkTheirOwnWords() throws Exception {
        for (int id = 1; id <= 6; id++) {
            String filler = "Kata pengantar nomor " + id + " ".repeat(id) + "berbeda panjangnya " + "dan ".repeat(id * 3) + ".";
            put(id, "Berita " + id, filler + " Polisi membebaskan sandera nomor " + id + " kemarin.");
            index.commit(id);
        }
        try (DirectoryReader reader = DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
            assertThat(reader.leaves()).as("one segment per commit").hasSizeGreaterThan(1);
        }

        List<SearchHit> hits = index.search(SearchRequest.of("sandera")).hits();

        assertThat(hits).hasSize(6);
        assertThat(hits).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>sandera</mark> nomor " + h.id()));
    }

    @Test
    void theIndexStoresNoBodyButTheTitle() throws Exception {
        put(1, "Sandera dibebaskan", SANDERA);
        index.commit(1);

        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            var doc = reader.storedFields().document(0);
            assertThat(doc.get(IndexFields.BODY)).isNull();
            assertThat(doc.get(IndexFields.TITLE)).isEqualTo("Sandera dibebaskan");
        }
    }

    @Test
    void aBodyEditedSinceItWasIndexedGetsNoSnippetUntilReindexed() {
        put(1, "Sandera dibebaskan", SANDERA);
        index.commit(1);
        // the store changed, the index has not applied it yet: its offsets would mark the wrong words
        store.put(1L, "Teks baru yang lain sama sekali, tanpa kata yang dicari.");

        SearchHit stale = onlyHit("sandera");
        assertThat(stale.title()).isEqualTo("Sandera dibebaskan");
        assertThat(stale.snippet()).isEmpty();

        put(1, "Sandera dibebaskan", "Tiga sandera akhirnya pulang ke rumah masing-masing.");
        index.commit(2);
        assertThat(onlyHit("sandera").snippet()).contains("<mark>sandera</mark>").contains("pulang");
    }

    @Test
    void anArticleGoneFromTheStoreStillListsWithoutSnippet() {
        put(1, "Sandera dibebaskan", SANDERA);
        index.commit(1);
        store.remove(1L);

        SearchHit hit = onlyHit("sandera");
        assertThat(hit.id()).isEqualTo(1);
        assertThat(hit.snippet()).isEmpty();
    }

    @Test
    void relatedArticlesUseTheStoredBodyForTheirTermsAndOpenings() {
        // titles share nothing: only the bodies (read from the store) can relate them
        put(1, "Kabar pagi", "Kapal tanker Pertamina kandas di Selat Malaka setelah mesin mati. Minyak mentah tumpah.");
        put(2, "Laporan siang", "Tanker Pertamina yang kandas di Selat Malaka mulai ditarik. Tumpahan minyak mentah dibersihkan.");
        put(3, "Berita sore", "Harga cabai di pasar induk turun karena panen raya di Jawa Tengah.");
        index.commit(3);

        List<SearchHit> related = index.related(1, 2);

        assertThat(related).isNotEmpty();
        assertThat(related.get(0).id()).isEqualTo(2);
        assertThat(related.get(0).snippet()).startsWith("Tanker Pertamina yang kandas");
    }

    @Test
    void anIndexWithoutAStoreRemembersWhatItIndexed() throws Exception {
        try (ArticleIndex alone = ArticleIndex.open(dir.resolve("alone"), SearchSettings.defaults())) {
            alone.upsert(new IndexEntry(SeedArticles.article(7, "Sandera", SANDERA, "Antara", null), List.of(), List.of(), List.of()));
            alone.commit(1);
            assertThat(alone.search(SearchRequest.of("bebas")).hits()).singleElement()
                    .satisfies(h -> assertThat(h.snippet()).contains("<mark>"));
            alone.delete(7);
            alone.upsert(new IndexEntry(SeedArticles.article(8, "Lain", "Tidak ada yang dicari di sini.", "Antara", null),
                    List.of(), List.of(), List.of()));
            alone.commit(2);
            assertThat(alone.search(SearchRequest.of("bebas")).total()).isZero();
        }
    }
}
