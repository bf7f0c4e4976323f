package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ArticleListing;
import org.kliping.domain.Tag;
import org.kliping.service.Archive;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sidebar's counts and tag operations, and tagging a selection through the main view model. */
public class SidebarAndTaggingViewModelTest {

    @TempDir
    Path dir;

    private Archive archive;
    private final QueuedBackground background = new QueuedBackground();
    private ShellViewModel vm;
    private List<Long> ids;

    @BeforeEach
    void open() throws Exception {
        archive = ArchiveFixture.withSeeds(dir);
        vm = new ShellViewModel(archive.services(), background);
        vm.errorProperty().addListener((obs, old, e) -> {
            throw new AssertionError(e);
        });
        vm.start();
        background.runAll();
        ids = vm.list().rowsProperty().get().stream().map(ArticleItem::id).toList();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void countsEveryArticleAsUnreadAtFirst() {
        assertThat(vm.sidebar().allCountProperty().get()).isEqualTo(5);
        assertThat(vm.sidebar().unreadCountProperty().get()).isEqualTo(5);
        assertThat(vm.sidebar().starredCountProperty().get()).isZero();
        assertThat(vm.sidebar().orphans()).isEmpty();
    }

    @Test
    void taggingASelectionAddsAndRemovesTagsOnEveryArticle() {
        java.util.Map<Long, List<String>> after = new java.util.HashMap<>();
        vm.applyTags(ids.subList(0, 3), List.of(), List.of("korea-utara", "militer"), after::putAll);
        background.runAll();
        assertThat(after).containsOnlyKeys(ids.subList(0, 3))
                .allSatisfy((id, tags) -> assertThat(tags).containsExactlyInAnyOrder("korea-utara", "militer"));
        vm.sidebar().refresh();
        background.runAll();
        assertThat(vm.sidebar().tags()).extracting(Tag::name, Tag::count)
                .contains(org.assertj.core.groups.Tuple.tuple("korea-utara", 3L));

        vm.applyTags(ids.subList(0, 2), List.of("korea-utara", "militer"), List.of("Korea-Utara"), now -> { });
        background.runAll();
        assertThat(archive.services().tags().tagsOf(ids.get(0))).containsExactly("korea-utara");
        assertThat(archive.services().tags().tagsOf(ids.get(2))).containsExactlyInAnyOrder("korea-utara", "militer");
    }

    @Test
    void renamingMergingColouringAndDeletingTags() {
        archive.services().tags().tag(ids.subList(0, 2), List.of("perang"), List.of());
        archive.services().tags().tag(ids.subList(2, 3), List.of("konflik"), List.of());
        vm.sidebar().renameTag("perang", "konflik/rusia-ukraina");
        background.runAll();
        assertThat(vm.sidebar().tagNames()).containsExactlyInAnyOrder("konflik", "konflik/rusia-ukraina");

        vm.sidebar().mergeTag("konflik/rusia-ukraina", "konflik");
        vm.sidebar().setTagColor("konflik", "#d73a49");
        background.runAll();
        assertThat(vm.sidebar().tags()).singleElement()
                .satisfies(t -> assertThat(t.count()).isEqualTo(3))
                .satisfies(t -> assertThat(t.color()).isEqualTo("#d73a49"));

        vm.sidebar().deleteTag("konflik");
        background.runAll();
        assertThat(vm.sidebar().tags()).isEmpty();
        assertThat(archive.services().articles().count(ArticleListing.all())).isEqualTo(5);
    }

    @Test
    void aSavedSearchAppearsInTheSidebar() {
        vm.sidebar().saveSearch("Kursk", "Kursk Gerasimov");
        background.runAll();
        assertThat(vm.sidebar().savedSearches()).extracting(s -> s.query()).containsExactly("Kursk Gerasimov");
    }

    @Test
    void refreshesAskedForWhileOneRunsBecomeOneMore() {
        vm.sidebar().refresh();
        vm.sidebar().refresh();
        vm.sidebar().refresh();
        assertThat(background.pending()).isEqualTo(1);
        archive.services().articles().markRead(ids.get(0), true);
        background.runAll();
        assertThat(vm.sidebar().unreadCountProperty().get()).isEqualTo(4);
        assertThat(background.pending()).isZero();
    }

    @Test
    void tagDifferencesIgnoreCase() {
        assertThat(ShellViewModel.minus(List.of("Perang", "militer"), List.of("perang"))).containsExactly("militer");
    }
}
