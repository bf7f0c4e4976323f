package org.kliping.store;

import org.kliping.domain.NotFoundException;
import org.kliping.domain.Story;
import org.kliping.domain.StoryCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryStoreTest {

    @TempDir
    Path dir;
    Database db;
    StoryStore stories;
    long a;
    long b;
    long c;
    long d;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("k.db"));
        ArticleStore articles = new ArticleStore(db);
        stories = new StoryStore(db);
        a = articles.insert(StoreFixtures.article("A", "X", "a."));
        b = articles.insert(StoreFixtures.article("B", "X", "b."));
        c = articles.insert(StoreFixtures.article("C", "X", "c."));
        d = articles.insert(StoreFixtures.article("D", "X", "d."));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void reclusteringKeepsIdsOfOverlappingStories() {
        List<Long> first = stories.replaceAutomatic(List.of(new StoryCluster("Kursk", List.of(a, b), List.of("Kursk"))));
        List<Long> second = stories.replaceAutomatic(List.of(new StoryCluster("Kursk lagi", List.of(a, b, c), List.of("Kursk")),
                new StoryCluster("Lain", List.of(d), List.of())));
        assertThat(second.get(0)).isEqualTo(first.get(0));
        assertThat(stories.get(second.get(0)).articleIds()).containsExactly(a, b, c);
        assertThat(stories.get(second.get(0)).title()).isEqualTo("Kursk lagi");
        assertThat(stories.all()).hasSize(2);
    }

    @Test
    void userEditsSurviveReclustering() {
        long s = stories.replaceAutomatic(List.of(new StoryCluster("Kursk", List.of(a, b, c), List.of()))).get(0);
        stories.rename(s, "Pasukan Korut di Kursk");
        long split = stories.split(List.of(c), "Ranjau");
        assertThat(stories.articlesInEditedStories()).containsExactlyInAnyOrder(a, b, c);
        stories.replaceAutomatic(List.of(new StoryCluster("Auto", List.of(d), List.of())));
        assertThat(stories.get(s).title()).isEqualTo("Pasukan Korut di Kursk");
        assertThat(stories.get(s).articleIds()).containsExactly(a, b);
        assertThat(stories.get(split).articleIds()).containsExactly(c);
        assertThat(stories.get(split).edited()).isTrue();
    }

    @Test
    void mergeAndMove() {
        List<Long> ids = stories.replaceAutomatic(List.of(new StoryCluster("S1", List.of(a, b), List.of()),
                new StoryCluster("S2", List.of(c, d), List.of())));
        stories.move(List.of(d), ids.get(0));
        assertThat(stories.get(ids.get(0)).articleIds()).containsExactly(a, b, d);
        stories.merge(ids.get(0), ids.get(1));
        Story merged = stories.get(ids.get(0));
        assertThat(merged.articleIds()).containsExactly(a, b, c, d);
        assertThat(merged.edited()).isTrue();
        assertThat(stories.find(ids.get(1))).isEmpty();
        assertThatThrownBy(() -> stories.merge(ids.get(0), 999)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stories.move(List.of(999L), ids.get(0))).isInstanceOf(NotFoundException.class);
    }
}
