package org.kliping.store;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnotationNoteAndSavedSearchStoreTest {

    @TempDir
    Path dir;
    Database db;
    ArticleStore articles;
    AnnotationStore annotations;
    NoteStore notes;
    SavedSearchStore saved;
    SettingStore settings;
    long article;
    final Instant at = Instant.parse("2025-05-02T08:00:00Z");

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("k.db"));
        articles = new ArticleStore(db);
        annotations = new AnnotationStore(db);
        notes = new NoteStore(db);
        saved = new SavedSearchStore(db);
        settings = new SettingStore(db);
        article = articles.insert(StoreFixtures.article("A", "X", "Paragraf satu yang panjang.", "Dua."));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Annotation highlight(int start, int end, String quote) {
        return new Annotation(0, article, start, end, quote, "pre", "suf", "catatan", "yellow", List.of("penting"),
                AnchorState.ANCHORED, at);
    }

    @Test
    void annotationRoundTripsEveryField() {
        long seq = articles.currentSequence();
        Annotation a = annotations.insert(highlight(0, 8, "Paragraf"));
        assertThat(a.id()).isPositive();
        Annotation back = annotations.get(a.id());
        assertThat(back).isEqualTo(a);
        assertThat(articles.changedSince(seq)).containsExactly(article);
    }

    @Test
    void annotationUpdateDeleteAndOrphans() {
        Annotation a = annotations.insert(highlight(0, 8, "Paragraf"));
        Annotation b = annotations.insert(highlight(9, 13, "satu"));
        annotations.update(new Annotation(a.id(), article, 0, 8, "Paragraf", "", "", "baru", null, List.of(),
                AnchorState.ANCHORED, at));
        assertThat(annotations.get(a.id()).note()).isEqualTo("baru");
        assertThat(annotations.get(a.id()).color()).isNull();
        annotations.updateAll(List.of(new Annotation(b.id(), article, 20, 24, "satu", "p", "s", "catatan", "yellow",
                List.of("penting"), AnchorState.ORPHANED, at)));
        assertThat(annotations.orphans()).extracting(Annotation::id).containsExactly(b.id());
        assertThat(annotations.get(b.id()).start()).isEqualTo(20);
        assertThat(annotations.forArticle(article)).hasSize(2);
        annotations.delete(a.id());
        assertThat(annotations.all()).extracting(Annotation::id).containsExactly(b.id());
        assertThatThrownBy(() -> annotations.delete(a.id())).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("highlight " + a.id());
    }

    @Test
    void highlightsAndNotesOfManyArticlesAtOnce() {
        long other = articles.insert(StoreFixtures.article("B", "Y", "Lain."));
        Annotation a = annotations.insert(highlight(0, 8, "Paragraf"));
        notes.add(article, "satu", at);
        notes.add(other, "dua", at);
        assertThat(annotations.forArticles(List.of(article, other))).containsOnlyKeys(article)
                .containsEntry(article, List.of(a));
        var byArticle = notes.forArticles(List.of(article, other));
        assertThat(byArticle.get(article)).extracting(ArticleNote::text).containsExactly("satu");
        assertThat(byArticle.get(other)).extracting(ArticleNote::text).containsExactly("dua");
    }

    @Test
    void annotationInsertWithIdKeepsTheId() {
        annotations.insertWithId(new Annotation(55, article, 0, 8, "Paragraf", "", "", null, null, List.of(),
                AnchorState.ANCHORED, at));
        assertThat(annotations.find(55)).isPresent();
    }

    @Test
    void notesAddUpdateDeleteAndStampTheArticle() {
        long seq = articles.currentSequence();
        ArticleNote n = notes.add(article, "Bandingkan dengan Reuters.", at);
        assertThat(articles.changedSince(seq)).containsExactly(article);
        notes.update(n.id(), "Bandingkan dengan AP.");
        assertThat(notes.forArticle(article)).extracting(ArticleNote::text).containsExactly("Bandingkan dengan AP.");
        notes.insertWithId(new ArticleNote(40, article, "lain", at));
        assertThat(notes.forArticle(article)).hasSize(2);
        notes.delete(n.id());
        assertThat(notes.forArticle(article)).extracting(ArticleNote::id).containsExactly(40L);
        assertThatThrownBy(() -> notes.add(999, "x", at)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.delete(n.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void savedSearchesAreUniqueByNameAndReplaceTheirQuery() {
        saved.save("Kursk", "kursk korut");
        saved.save("kursk", "kursk tag:perang");
        assertThat(saved.all()).hasSize(1).first().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Kursk");
            assertThat(s.query()).isEqualTo("kursk tag:perang");
        });
        saved.delete("KURSK");
        assertThat(saved.all()).isEmpty();
        assertThatThrownBy(() -> saved.delete("x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void settingsPutAndGet() {
        assertThat(settings.get("seeds")).isEmpty();
        settings.put("seeds", "imported");
        settings.put("seeds", "again");
        assertThat(settings.get("seeds")).contains("again");
    }
}
