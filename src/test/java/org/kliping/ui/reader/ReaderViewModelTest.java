package org.kliping.ui.reader;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;
import org.kliping.ui.shell.*;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.Annotation;
import org.kliping.domain.ArticleListing;
import org.kliping.service.Archive;
import org.kliping.service.ArticleEdit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

public class ReaderViewModelTest {

    @TempDir
    Path dir;

    private Archive archive;
    private final QueuedBackground background = new QueuedBackground();
    private final List<ReaderViewModel.ArticleItemChange> changes = new ArrayList<>();
    private ReaderViewModel vm;
    private long putin;

    @BeforeEach
    void open() throws Exception {
        archive = ArchiveFixture.withSeeds(dir);
        vm = new ReaderViewModel(archive.services(), background, e -> {
            throw new AssertionError(e);
        });
        vm.setOnArticleChanged(changes::add);
        putin = archive.services().articles().list(ArticleListing.all()).stream()
                .filter(r -> r.article().title().startsWith("Putin")).findFirst().orElseThrow().article().id();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void openingAnUnreadArticleMarksItRead() {
        vm.open(putin, Set.of());
        background.runAll();
        assertThat(vm.detailsProperty().get().article().read()).isTrue();
        assertThat(archive.services().articles().get(putin).read()).isTrue();
        assertThat(changes).containsExactly(new ReaderViewModel.ArticleItemChange(putin, true, false));
    }

    @Test
    void theSearchedWordsAreFoundAndNextHitWrapsAround() {
        vm.open(putin, Set.of("gerasimov"));
        background.runAll();
        String body = vm.detailsProperty().get().article().body();
        int count = vm.hits().size();
        assertThat(count).isGreaterThan(1);
        assertThat(vm.hits()).allSatisfy(r -> assertThat(body.substring(r.start(), r.end())).isEqualTo("Gerasimov"));
        assertThat(vm.currentHitProperty().get()).isZero();
        vm.previousHit();
        assertThat(vm.currentHitProperty().get()).isEqualTo(count - 1);
        vm.nextHit();
        assertThat(vm.currentHitProperty().get()).isZero();
    }

    @Test
    void aHighlightCanBeNotedRecolouredAndDeleted() {
        vm.open(putin, Set.of());
        background.runAll();
        vm.highlight(0, 20, "green", null);
        background.runAll();
        Annotation a = vm.annotations().get(0);
        assertThat(a.color()).isEqualTo("green");
        assertThat(vm.annotationAt(5)).contains(a);
        assertThat(vm.annotationAt(25)).isEmpty();

        vm.updateAnnotation(a.id(), "sumber: Kremlin", "blue");
        background.runAll();
        assertThat(vm.annotations()).singleElement()
                .satisfies(u -> assertThat(u.note()).isEqualTo("sumber: Kremlin"))
                .satisfies(u -> assertThat(u.color()).isEqualTo("blue"));

        vm.deleteAnnotation(a.id());
        background.runAll();
        assertThat(vm.annotations()).isEmpty();
    }

    @Test
    void notesStarsAndEditsAreStored() {
        vm.open(putin, Set.of());
        background.runAll();
        vm.addNote("bandingkan dengan laporan Kyiv");
        vm.toggleStar();
        background.runAll();
        vm.edit(new ArticleEdit(null, "Kompas", "Moskow", "2025-04-27", null, null));
        background.runAll();
        var article = vm.detailsProperty().get().article();
        assertThat(vm.notes()).extracting(n -> n.text()).containsExactly("bandingkan dengan laporan Kyiv");
        assertThat(article.starred()).isTrue();
        assertThat(article.source()).isEqualTo("Kompas");
        assertThat(article.published()).hasToString("2025-04-27");
        assertThat(changes).last().isEqualTo(new ReaderViewModel.ArticleItemChange(putin, true, true));
    }

    @Test
    void anAnswerForAnArticleNoLongerWantedIsDropped() {
        vm.open(putin, Set.of());
        vm.close();
        background.runAll();
        assertThat(vm.detailsProperty().get()).isNull();
    }
}
