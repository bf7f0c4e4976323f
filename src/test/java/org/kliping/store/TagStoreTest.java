package org.kliping.store;

import org.kliping.domain.InvalidInputException;
import org.kliping.domain.NotFoundException;
import org.kliping.domain.Tag;
import org.kliping.domain.ArticleListing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagStoreTest {

    @TempDir
    Path dir;
    Database db;
    ArticleStore articles;
    TagStore tags;
    long a;
    long b;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("k.db"));
        articles = new ArticleStore(db);
        tags = new TagStore(db);
        a = articles.insert(StoreFixtures.article("A", "X", "a."));
        b = articles.insert(StoreFixtures.article("B", "X", "b."));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long count(String name) {
        return tags.all().stream().filter(t -> t.name().equals(name)).findFirst().map(Tag::count).orElse(-1L);
    }

    @Test
    void tagsAreUniqueRegardlessOfCaseAndKeepTheirFirstCase() {
        tags.add(List.of(a), List.of("Korut"));
        tags.add(List.of(b), List.of("korut"));
        assertThat(tags.all()).extracting(Tag::name).containsExactly("Korut");
        assertThat(count("Korut")).isEqualTo(2);
        assertThat(tags.tagsOf(b)).containsExactly("Korut");
    }

    @Test
    void addAndRemoveStampArticlesForTheIndex() {
        long seq = articles.currentSequence();
        assertThat(tags.add(List.of(a, b), List.of("perang"))).isEqualTo(2);
        assertThat(articles.changedSince(seq)).containsExactlyInAnyOrder(a, b);
        seq = articles.currentSequence();
        assertThat(tags.remove(List.of(a), List.of("PERANG"))).isEqualTo(1);
        assertThat(tags.tagsOf(a)).isEmpty();
        assertThat(articles.changedSince(seq)).containsExactly(a);
    }

    @Test
    void taggingAMissingArticleFailsWithItsId() {
        assertThatThrownBy(() -> tags.add(List.of(999L), List.of("x"))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("999");
        assertThat(tags.all()).isEmpty();
    }

    @Test
    void parentCountsIncludeChildrenAndListingFiltersByParent() {
        tags.add(List.of(a), List.of("konflik/rusia-ukraina"));
        tags.add(List.of(b), List.of("konflik"));
        assertThat(count("konflik")).isEqualTo(2);
        assertThat(count("konflik/rusia-ukraina")).isEqualTo(1);
        var byParent = new ArticleListing("Konflik", null, false, false, null, false, 0, 0);
        assertThat(articles.list(byParent)).hasSize(2);
        var byChild = new ArticleListing("konflik/rusia-ukraina", null, false, false, null, false, 0, 0);
        assertThat(articles.list(byChild)).extracting(x -> x.id()).containsExactly(a);
    }

    @Test
    void renameMovesChildrenAndMergesOntoAnExistingTag() {
        tags.add(List.of(a), List.of("perang", "perang/kursk"));
        tags.add(List.of(b), List.of("konflik"));
        tags.rename("perang", "Konflik");
        assertThat(tags.all()).extracting(Tag::name).containsExactly("konflik", "Konflik/kursk");
        assertThat(count("konflik")).isEqualTo(2);
        assertThat(tags.tagsOf(a)).containsExactlyInAnyOrder("konflik", "Konflik/kursk");
    }

    @Test
    void renameChangesCaseAndRefusesMovingATagIntoItself() {
        tags.add(List.of(a), List.of("korut"));
        tags.rename("korut", "Korut");
        assertThat(tags.all()).extracting(Tag::name).containsExactly("Korut");
        assertThatThrownBy(() -> tags.rename("korut", "korut/x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tags.rename("nope", "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteRemovesTheTagFromEveryArticleAndColourIsKept() {
        tags.add(List.of(a, b), List.of("x"));
        tags.setColor("X", "#ff0000");
        assertThat(tags.find("x")).get().extracting(Tag::color).isEqualTo("#ff0000");
        assertThat(tags.delete("x")).containsExactlyInAnyOrder(a, b);
        assertThat(tags.tagsOf(a)).isEmpty();
        assertThat(tags.all()).isEmpty();
    }

    @Test
    void tagsOfManyArticles() {
        tags.add(List.of(a), List.of("x", "y"));
        assertThat(tags.tagsOf(List.of(a, b))).containsOnlyKeys(a).containsEntry(a, List.of("x", "y"));
        assertThat(tags.tagObjectsOf(a)).extracting(Tag::name).containsExactly("x", "y");
        assertThat(tags.ensure("X")).isEqualTo(tags.ensure("x"));
    }

    @Test
    void deletingAnArticleRemovesItsTagLinks() {
        tags.add(List.of(a), List.of("x"));
        articles.delete(a);
        assertThat(count("x")).isZero();
    }
}
