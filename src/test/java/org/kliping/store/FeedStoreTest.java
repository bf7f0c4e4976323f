package org.kliping.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.Article;
import org.kliping.domain.Feed;
import org.kliping.domain.NotFoundException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feeds, their items, and the article lookups capture uses, on a real SQLite file. */
class FeedStoreTest {

    @TempDir
    Path dir;
    Database db;
    FeedStore feeds;
    ArticleStore articles;
    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("k.db"));
        feeds = new FeedStore(db);
        articles = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addsAFeedOnceWithItsTagsAndKeepsWhatTheServerSaid() {
        Feed f = feeds.add("https://b.example/rss", "Berita", List.of("terkini", "nasional/politik"), AT);
        assertThat(feeds.add("https://b.example/rss", "Lain", List.of(), AT).id()).isEqualTo(f.id());
        assertThat(f.tags()).containsExactly("terkini", "nasional/politik");
        assertThat(f.title()).isEqualTo("Berita");
        assertThat(f.lastFetched()).isNull();
        feeds.fetched(f.id(), null, new FeedStore.Validators("\"e1\"", "Mon, 07 Dec 2026 10:00:00 GMT"), AT);
        assertThat(feeds.validators(f.id())).isEqualTo(new FeedStore.Validators("\"e1\"", "Mon, 07 Dec 2026 10:00:00 GMT"));
        assertThat(feeds.get(f.id()).title()).isEqualTo("Berita"); // null keeps the title
        feeds.failed(f.id(), "the server answered 500 Internal Server Error", AT.plusSeconds(60));
        Feed failed = feeds.get(f.id());
        assertThat(failed.lastError()).isEqualTo("the server answered 500 Internal Server Error");
        assertThat(failed.lastFetched()).isEqualTo(AT.plusSeconds(60));
        assertThat(feeds.validators(f.id()).etag()).isEqualTo("\"e1\"");
        feeds.fetched(f.id(), "Berita Baru", new FeedStore.Validators(null, null), AT);
        assertThat(feeds.get(f.id()).lastError()).isNull();
        assertThat(feeds.findByUrl("https://b.example/rss")).map(Feed::title).contains("Berita Baru");
    }

    @Test
    void knowsItemsByGuidOrLinkAndCountsTheirArticlesAndUnread() {
        Feed f = feeds.add("https://b.example/rss", "Berita", List.of(), AT);
        Feed other = feeds.add("https://c.example/rss", "Lain", List.of(), AT);
        long a = articles.insert(StoreFixtures.article("Satu", "B", "isi satu"));
        long b = articles.insert(StoreFixtures.article("Dua", "B", "isi dua"));
        feeds.itemTaken(f.id(), "g1", "https://b.example/1", a);
        feeds.itemTaken(f.id(), "g2", "https://b.example/2", b);
        articles.setRead(b, true);
        assertThat(feeds.isKnown(f.id(), "g1", null)).isTrue();
        assertThat(feeds.isKnown(other.id(), "g1", "https://x.example/1")).isFalse(); // guids are per feed
        assertThat(feeds.isKnown(other.id(), "zz", "https://b.example/2")).isTrue(); // links are everyone's
        assertThat(feeds.isKnown(other.id(), "zz", articles.get(a).url())).isTrue(); // clipped by hand
        Feed counted = feeds.get(f.id());
        assertThat(counted.articles()).isEqualTo(2);
        assertThat(counted.unread()).isEqualTo(1);
        articles.delete(a);
        assertThat(feeds.get(f.id()).articles()).isEqualTo(1);
        assertThat(feeds.isKnown(f.id(), "g1", "https://b.example/1")).isTrue(); // deleted, still not fetched again
        feeds.delete(f.id());
        assertThat(feeds.all()).extracting(Feed::id).containsExactly(other.id());
        assertThat(articles.find(b)).isPresent();
        assertThatThrownBy(() -> feeds.get(f.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> feeds.delete(f.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aListingOfOneFeedShowsItsArticlesAndTheTrashLeavesItsCounts() {
        Feed f = feeds.add("https://b.example/rss", "Berita", List.of(), AT);
        long a = articles.insert(StoreFixtures.article("Satu", "B", "isi satu"));
        long b = articles.insert(StoreFixtures.article("Dua", "B", "isi dua"));
        long byHand = articles.insert(StoreFixtures.article("Tiga", "B", "isi tiga"));
        feeds.itemTaken(f.id(), "g1", "https://b.example/1", a);
        feeds.itemTaken(f.id(), "g2", "https://b.example/2", b);
        org.kliping.domain.ArticleListing ofFeed = org.kliping.domain.ArticleListing.all().ofFeed(f.id());
        assertThat(articles.list(ofFeed)).extracting(Article::id).containsExactlyInAnyOrder(a, b);
        assertThat(articles.count(ofFeed)).isEqualTo(2);
        assertThat(articles.count(org.kliping.domain.ArticleListing.all())).isEqualTo(3);
        assertThat(articles.list(ofFeed.page(1, 1))).hasSize(1); // the feed survives paging
        articles.trash(List.of(b), AT);
        assertThat(articles.count(ofFeed)).isEqualTo(1);
        assertThat(feeds.get(f.id()).articles()).isEqualTo(1);
        assertThat(feeds.get(f.id()).unread()).isEqualTo(1);
        assertThat(byHand).isNotIn(a, b);
    }

    @Test
    void findsArticlesByAnyOfTheirAddressesAndReplacesWhatReadingGave() {
        long id = articles.insert(StoreFixtures.article("Satu", "B", "isi satu"));
        Article before = articles.get(id);
        assertThat(articles.idByUrl(List.of("https://nope.example/", before.url()))).contains(id);
        assertThat(articles.idByUrl(List.of("https://nope.example/"))).isEmpty();
        ArticleStore.NewArticle fresh = StoreFixtures.article("Satu baru", "B", "isi baru", "paragraf dua");
        long seq = articles.currentSequence();
        articles.replaceReading(id, fresh);
        Article after = articles.get(id);
        assertThat(after.title()).isEqualTo("Satu baru");
        assertThat(after.body()).isEqualTo("isi baru\n\nparagraf dua");
        assertThat(after.importedAt()).isEqualTo(before.importedAt());
        assertThat(after.sha256()).isEqualTo("sha-Satu baru");
        assertThat(articles.idByContentKey("key-Satu baru")).contains(id);
        assertThat(new String(articles.original(id), java.nio.charset.StandardCharsets.UTF_8)).contains("paragraf dua");
        assertThat(articles.changedSince(seq)).containsExactly(id);
        assertThatThrownBy(() -> articles.replaceReading(999, fresh)).isInstanceOf(NotFoundException.class);
    }
}
