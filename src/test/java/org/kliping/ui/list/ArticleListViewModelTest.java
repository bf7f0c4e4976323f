package org.kliping.ui.list;

import org.kliping.ui.common.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;
import org.kliping.ui.shell.*;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ArticleListing;
import org.kliping.service.Archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class ArticleListViewModelTest {

    @TempDir
    Path dir;

    private Archive archive;
    private final QueuedBackground background = new QueuedBackground();
    private final List<Throwable> errors = new ArrayList<>();
    private ArticleListViewModel vm;

    @BeforeEach
    void open() throws Exception {
        archive = ArchiveFixture.withSeeds(dir);
        vm = new ArticleListViewModel(archive.services(), background, errors::add);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void listsEverySeedNewestImportFirst() {
        vm.reload();
        background.runAll();
        PagedRows rows = vm.rowsProperty().get();
        assertThat(rows).hasSize(5);
        assertThat(vm.totalProperty().get()).isEqualTo(5);
        assertThat(vm.searchingProperty().get()).isFalse();
        assertThat(rows.get(0).id()).isGreaterThan(rows.get(4).id());
        assertThat(errors).isEmpty();
    }

    @Test
    void aSoftlyRankedSearchCountsTheArticlesWithEveryWord() {
        vm.queryProperty().set("Gerasimov ranjau pasukan");
        vm.reload();
        background.runAll();
        long withAll = vm.totalAllWordsProperty().get();
        assertThat(vm.totalProperty().get()).isEqualTo(5);
        assertThat(withAll).isBetween(0L, 1L);
        vm.queryProperty().set("Gerasimov");
        vm.reload();
        background.runAll();
        assertThat(vm.totalAllWordsProperty().get()).as("one word: every result has it").isEqualTo(vm.totalProperty().get());
    }

    @Test
    void aQueryListsOnlyTheMatchingArticles() {
        vm.queryProperty().set("Gerasimov");
        vm.reload();
        background.runAll();
        assertThat(vm.searchingProperty().get()).isTrue();
        assertThat(vm.rowsProperty().get()).hasSize(2)
                .allSatisfy(item -> assertThat(item.title()).isNotBlank());
    }

    @Test
    void theLatestReloadWinsWhenAnswersArriveOutOfOrder() {
        vm.queryProperty().set("Gerasimov");
        vm.reload();
        vm.queryProperty().set("");
        vm.reload();
        List<Runnable> jobs = background.drain();
        Collections.reverse(jobs);
        jobs.forEach(Runnable::run);
        assertThat(vm.searchingProperty().get()).isFalse();
        assertThat(vm.rowsProperty().get()).hasSize(5);
    }

    @Test
    void searchResultsSortedByDateFollowTheDirectionAsked() {
        List<Long> ids = archive.services().articles().list(ArticleListing.all()).stream().map(l -> l.article().id()).toList();
        String[] dates = {"2025-04-02", "2024-12-31", "2025-05-20", "2023-01-15", "2025-01-09"};
        for (int i = 0; i < ids.size(); i++) {
            archive.services().articles().edit(ids.get(i), new org.kliping.service.ArticleEdit(null, null, null, dates[i], null, null));
        }
        vm.queryProperty().set("Korea");

        vm.sortBy(ArticleListing.Sort.PUBLISHED, false);
        background.runAll();
        List<String> oldestFirst = vm.rowsProperty().get().stream().map(ArticleItem::displayDate).toList();
        vm.sortBy(ArticleListing.Sort.PUBLISHED, true);
        background.runAll();
        List<String> newestFirst = vm.rowsProperty().get().stream().map(ArticleItem::displayDate).toList();

        assertThat(vm.searchingProperty().get()).isTrue();
        assertThat(oldestFirst).hasSizeGreaterThan(2).isSorted();
        List<String> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        assertThat(newestFirst).isEqualTo(reversed);
    }

    @Test
    void sortingByTitleIsDoneByTheStore() {
        vm.sortBy(ArticleListing.Sort.TITLE, false);
        background.runAll();
        List<String> titles = vm.rowsProperty().get().stream().map(ArticleItem::title).toList();
        assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void aTagFilterListsOnlyTaggedArticles() {
        long id = archive.services().articles().list(ArticleListing.all()).get(0).article().id();
        archive.services().tags().tag(List.of(id), List.of("konflik/rusia-ukraina"), List.of());
        vm.filterProperty().set(ListFilter.tag("konflik"));
        vm.reload();
        background.runAll();
        assertThat(vm.rowsProperty().get()).extracting(ArticleItem::id).containsExactly(id);
    }

    @Test
    void theSidebarFilterNarrowsASearchAsAQueryClause() {
        vm.queryProperty().set("korea utara");
        vm.filterProperty().set(ListFilter.source("Kompas TV"));
        assertThat(vm.effectiveQuery()).isEqualTo("(korea utara) source:\"Kompas TV\"");
        vm.filterProperty().set(ListFilter.UNREAD);
        assertThat(vm.effectiveQuery()).isEqualTo("korea utara");
    }

    @Test
    void aFacetClickAddsItsClauseOnce() {
        vm.queryProperty().set("pasukan");
        vm.narrowByFacet("source", "Kompas TV");
        vm.narrowByFacet("source", "Kompas TV");
        vm.narrowByFacet("year", "2025");
        assertThat(vm.queryProperty().get()).isEqualTo("pasukan source:\"Kompas TV\" date:2025");
    }

    @Test
    void unreadAndStarredNarrowASearchToThoseArticles() {
        vm.queryProperty().set("Gerasimov");
        vm.reload();
        background.runAll();
        List<Long> both = vm.rowsProperty().get().stream().map(ArticleItem::id).toList();
        assertThat(both).hasSize(2);
        archive.services().articles().markRead(both.get(0), true);
        archive.services().articles().setStarred(both.get(0), true);

        vm.filterProperty().set(ListFilter.UNREAD);
        vm.reload();
        background.runAll();
        assertThat(vm.rowsProperty().get()).extracting(ArticleItem::id).containsExactly(both.get(1));
        assertThat(vm.totalProperty().get()).isEqualTo(1);
        assertThat(vm.rowsProperty().get().get(0).snippet()).contains("<mark>");

        vm.filterProperty().set(ListFilter.STARRED);
        vm.reload();
        background.runAll();
        assertThat(vm.rowsProperty().get()).extracting(ArticleItem::id).containsExactly(both.get(0));
        assertThat(vm.searchingProperty().get()).isTrue();
    }
}
