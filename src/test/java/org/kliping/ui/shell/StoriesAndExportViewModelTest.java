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
import org.kliping.domain.Article;
import org.kliping.domain.ComparisonRow;
import org.kliping.domain.FigureClaim;
import org.kliping.domain.Story;
import org.kliping.service.Archive;
import org.kliping.service.ExportService;
import org.kliping.service.StoryDetails;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class StoriesAndExportViewModelTest {

    @TempDir
    Path dir;

    private Archive archive;
    private final QueuedBackground background = new QueuedBackground();
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        archive = ArchiveFixture.withSeeds(dir);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void theSeedStoryComparesTwelveAgainstFourteenThousandSoldiers() {
        StoriesViewModel vm = new StoriesViewModel(archive.services(), background, errors::add);
        vm.refresh();
        assertThat(vm.loadingProperty().get()).isTrue();
        background.runAll();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.stories()).isNotEmpty();
        Story story = vm.stories().get(0);
        vm.open(story.id());
        background.runAll();
        StoryDetails d = vm.currentProperty().get();
        List<String> values = d.comparison().rows().stream().filter(ComparisonRow::disagreement)
                .flatMap(r -> r.claims().stream()).map(FigureClaim::valueText).toList();
        assertThat(values).contains("12.000", "14.000");
        FigureClaim twelve = d.comparison().rows().stream().flatMap(r -> r.claims().stream())
                .filter(c -> c.valueText().equals("12.000")).findFirst().orElseThrow();
        Article source = d.articles().stream().filter(a -> a.id() == twelve.articleId()).findFirst().orElseThrow();
        assertThat(source.body().substring(twelve.sentenceStart(), twelve.sentenceEnd())).contains("12.000");
        assertThat(errors).isEmpty();
    }

    @Test
    void renamingAStoryReloadsTheListAndKeepsItOpen() {
        StoriesViewModel vm = new StoriesViewModel(archive.services(), background, errors::add);
        vm.refresh();
        background.runAll();
        long id = vm.stories().get(0).id();
        vm.rename(id, "Pasukan Korea Utara di Kursk");
        background.runAll();
        assertThat(vm.stories()).extracting(Story::title).contains("Pasukan Korea Utara di Kursk");
        assertThat(vm.currentProperty().get().story().title()).isEqualTo("Pasukan Korea Utara di Kursk");
    }

    @Test
    void splittingOpensTheNewStoryAndMergingBringsItsArticlesBack() {
        StoriesViewModel vm = new StoriesViewModel(archive.services(), background, errors::add);
        vm.refresh();
        background.runAll();
        Story original = vm.stories().get(0);
        List<Long> taken = original.articleIds().subList(0, 2);
        vm.split(taken, "Bagian kedua");
        background.runAll();
        assertThat(vm.stories()).extracting(Story::title).contains("Bagian kedua");
        Story split = vm.currentProperty().get().story();
        assertThat(split.title()).isEqualTo("Bagian kedua");
        assertThat(split.articleIds()).containsExactlyInAnyOrderElementsOf(taken);

        vm.merge(original.id(), split.id());
        background.runAll();
        Story merged = vm.stories().stream().filter(s -> s.id() == original.id()).findFirst().orElseThrow();
        assertThat(merged.articleIds()).containsAll(taken).hasSize(original.articleIds().size());
        assertThat(errors).isEmpty();
    }

    @Test
    void theComparisonIsWrittenAsCsv() throws Exception {
        StoriesViewModel vm = new StoriesViewModel(archive.services(), background, errors::add);
        vm.refresh();
        background.runAll();
        Path out = dir.resolve("story.csv");
        boolean[] done = {false};
        vm.exportComparison(vm.stories().get(0).id(), "csv", out, () -> done[0] = true);
        background.runAll();
        assertThat(done[0]).isTrue();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("14.000").contains("12.000");
    }

    @Test
    void timelinePutsDatedArticlesFirstAndNamesEachOutletOnce() {
        List<Article> all = archive.services().articles().list(org.kliping.domain.ArticleListing.all()).stream()
                .map(r -> r.article()).toList();
        List<Article> ordered = StoryTimeline.ordered(all);
        int firstUndated = 0;
        while (firstUndated < ordered.size() && ordered.get(firstUndated).published() != null) firstUndated++;
        assertThat(ordered.subList(firstUndated, ordered.size())).allSatisfy(a -> assertThat(a.published()).isNull());
        assertThat(StoryTimeline.outlets(ordered, "unknown outlet")).doesNotHaveDuplicates()
                .contains("Suarathailand", "SeaPRwire", "unknown outlet")
                .noneMatch(o -> o.endsWith(".txt")); // three seeds name no outlet: never their file names
    }

    @Test
    void exportingTheSelectionWritesOnlyThoseArticles() throws Exception {
        ExportViewModel vm = new ExportViewModel(archive.services(), dir.resolve("archive"), background, errors::add);
        long id = archive.services().articles().list(org.kliping.domain.ArticleListing.all()).get(0).article().id();
        Path out = dir.resolve("one.csv");
        int[] written = {-1};
        vm.export(new ExportViewModel.Choice(ExportService.Format.CSV, ExportViewModel.Scope.SELECTION), out,
                List.of(id), "ignored", "t", n -> written[0] = n);
        background.runAll();
        assertThat(written[0]).isEqualTo(1);
        assertThat(Files.readAllLines(out)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(errors).isEmpty();
    }

    @Test
    void anEmptySearchScopeExportsNothingInsteadOfTheWholeArchive() {
        ExportViewModel vm = new ExportViewModel(archive.services(), dir.resolve("archive"), background, errors::add);
        Path out = dir.resolve("none.json");
        int[] written = {-1};
        vm.export(new ExportViewModel.Choice(ExportService.Format.JSON, ExportViewModel.Scope.SEARCH), out,
                List.of(), " ", "t", n -> written[0] = n);
        background.runAll();
        assertThat(written[0]).isZero();
        assertThat(out).doesNotExist();
    }

    @Test
    void backupWritesADatabaseHoldingEveryArticle() {
        ExportViewModel vm = new ExportViewModel(archive.services(), dir.resolve("archive"), background, errors::add);
        Path out = dir.resolve("backup.db");
        long[] count = {-1};
        vm.backup(out, n -> count[0] = n);
        background.runAll();
        assertThat(count[0]).isEqualTo(5);
        assertThat(out).exists();
    }

    @Test
    void restoreWritesTheBackupIntoANewFolderButNeverOverTheOpenArchive() {
        ExportViewModel vm = new ExportViewModel(archive.services(), dir.resolve("archive"), background, errors::add);
        Path out = dir.resolve("backup.db");
        vm.backup(out, n -> { });
        background.runAll();
        long[] count = {-1};
        vm.restore(out, dir.resolve("restored"), n -> count[0] = n);
        background.runAll();
        assertThat(count[0]).isEqualTo(5);
        assertThat(dir.resolve("restored").resolve(org.kliping.service.Archive.DATABASE_FILE)).exists();
        assertThat(errors).isEmpty();

        vm.restore(out, dir.resolve("archive"), n -> count[0] = -2);
        background.runAll();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("not the open archive"));
        assertThat(count[0]).isEqualTo(5);
    }
}
