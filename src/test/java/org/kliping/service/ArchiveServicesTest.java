package org.kliping.service;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleListing;
import org.kliping.domain.ProgressListener;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The use cases end to end on a real archive folder: SQLite file and Lucene index. */
class ArchiveServicesTest {

    @TempDir
    Path dir;

    static final Path SEEDS = Path.of("seeds");

    private Archive open() {
        return Archive.open(dir, ProgressListener.NONE);
    }

    private static long idOfTitleStartingWith(Services s, String prefix) {
        return s.articles().list(ArticleListing.all()).stream().map(ArticleService.Row::article)
                .filter(a -> a.title().startsWith(prefix)).findFirst().orElseThrow().id();
    }

    @Test
    void firstOpenCreatesTheArchiveAndLaterOpensDoNot() {
        try (Archive a = open()) {
            assertThat(a.wasCreated()).isTrue();
        }
        try (Archive a = open()) {
            assertThat(a.wasCreated()).isFalse();
        }
    }

    @Test
    void tagsHighlightsAndNotesSurviveARestartAndReachTheIndex() {
        long id;
        try (Archive a = open()) {
            Services s = a.services();
            s.imports().importPaths(List.of(SEEDS), ImportListener.NONE);
            id = idOfTitleStartingWith(s, "Putin");
            s.tags().tag(List.of(id), List.of("konflik/rusia-ukraina"), List.of());
            s.annotations().highlightQuote(id, "76.000 korban jiwa", 1, "klaim Gerasimov", "yellow", List.of());
            s.articles().addNote(id, "Bandingkan dengan angka Ukraina.");
        }
        try (Archive a = open()) {
            Services s = a.services();
            ArticleDetails d = s.articles().details(id);
            assertThat(d.tags()).extracting(Tag::name).containsExactly("konflik/rusia-ukraina");
            assertThat(d.annotations()).singleElement().satisfies(an -> {
                assertThat(an.quote()).isEqualTo("76.000 korban jiwa");
                assertThat(an.note()).isEqualTo("klaim Gerasimov");
                assertThat(d.article().body().substring(an.start(), an.end())).isEqualTo("76.000 korban jiwa");
            });
            assertThat(d.notes()).extracting(n -> n.text()).containsExactly("Bandingkan dengan angka Ukraina.");
            assertThat(s.tags().all()).extracting(Tag::name).containsExactly("konflik/rusia-ukraina");
        }
    }

    @Test
    void bodyEditKeepsHighlightsOnTheirSentenceOrOrphansThem() {
        try (Archive a = open()) {
            Services s = a.services();
            s.imports().importPaths(List.of(SEEDS), ImportListener.NONE);
            long id = idOfTitleStartingWith(s, "Putin");
            Article before = s.articles().get(id);
            String sentence = "Hingga saat ini, belum ada komentar dari pihak Ukraina";
            Annotation kept = s.annotations().highlightQuote(id, sentence, 1, "tunggu reaksi Kyiv", null, List.of());
            Annotation lost = s.annotations().highlightQuote(id, "Maria Zakharova", 1, "jubir", null, List.of());

            String inserted = "Paragraf tambahan dari redaksi.\n\n" + before.body();
            s.articles().edit(id, new ArticleEdit(null, null, null, null, null, inserted));
            Annotation moved = s.annotations().forArticle(id).stream().filter(x -> x.id() == kept.id()).findFirst().orElseThrow();
            assertThat(moved.state()).isEqualTo(AnchorState.ANCHORED);
            assertThat(s.articles().get(id).body().substring(moved.start(), moved.end())).isEqualTo(sentence);

            String without = s.articles().get(id).body().replaceAll("\n\n[^\n]*Zakharova[^\n]*", "");
            s.articles().edit(id, new ArticleEdit(null, null, null, null, null, without));
            Annotation orphan = s.annotations().forArticle(id).stream().filter(x -> x.id() == lost.id()).findFirst().orElseThrow();
            assertThat(orphan.state()).isEqualTo(AnchorState.ORPHANED);
            assertThat(orphan.note()).isEqualTo("jubir");
            assertThat(s.annotations().orphans()).extracting(Annotation::id).containsExactly(lost.id());
            assertThat(s.articles().details(id).original()).contains("Maria Zakharova");
        }
    }

    @Test
    void deletingTheIndexLosesNothingTheNextOpenRebuildsIt() throws Exception {
        try (Archive a = open()) {
            a.services().imports().importPaths(List.of(SEEDS), ImportListener.NONE);
        }
        try (Stream<Path> files = Files.walk(dir.resolve(Archive.INDEX_FOLDER))) {
            files.sorted((x, y) -> y.compareTo(x)).forEach(p -> p.toFile().delete());
        }
        try (Archive a = open()) {
            assertThat(a.indexWasRebuiltOnOpen()).isTrue();
            assertThat(a.services().search().search(SearchRequest.of("Gerasimov")).total()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void tagRenameMergeKeepsCountsRight() {
        try (Archive a = open()) {
            Services s = a.services();
            s.imports().importPaths(List.of(SEEDS), ImportListener.NONE);
            List<Long> ids = s.articles().list(ArticleListing.all()).stream().map(r -> r.article().id()).toList();
            s.tags().tag(ids.subList(0, 2), List.of("Korut"), List.of());
            s.tags().tag(ids.subList(1, 4), List.of("korea-utara"), List.of());
            s.tags().rename("korea-utara", "korut");
            assertThat(s.tags().all()).singleElement().satisfies(t -> {
                assertThat(t.name()).isEqualTo("Korut");
                assertThat(t.count()).isEqualTo(4);
            });
        }
    }

    @Test
    void aLightlyEditedCopyIsImportedAndLinkedAsAlsoPublished() throws Exception {
        Path copies = Files.createDirectories(dir.resolve("copies"));
        writeSeedAndEditedCopy(copies.resolve("a.txt"), copies.resolve("b.txt"));
        try (Archive a = Archive.open(dir.resolve("archive"), ProgressListener.NONE)) {
            ImportReport r = a.services().imports().importPaths(List.of(copies, SEEDS), ImportListener.NONE);
            assertThat(r.imported()).isEqualTo(6);
            long first = r.ids().get(0);
            long second = r.ids().get(1);
            assertThat(a.services().articles().details(first).alsoPublishedAs()).extracting(Article::id).containsExactly(second);
            assertThat(a.services().articles().details(second).alsoPublishedAs()).extracting(Article::id).containsExactly(first);
            long other = r.ids().get(3);
            assertThat(a.services().articles().details(other).alsoPublishedAs()).isEmpty();
        }
    }

    @Test
    void aCopyImportedLaterIsLinkedToTheStoredOriginal() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path later = Files.createDirectories(dir.resolve("later"));
        writeSeedAndEditedCopy(first.resolve("a.txt"), later.resolve("b.txt"));
        try (Archive a = Archive.open(dir.resolve("archive"), ProgressListener.NONE)) {
            long stored = a.services().imports().importPaths(List.of(first, SEEDS), ImportListener.NONE).ids().get(0);
            ImportReport r = a.services().imports().importPaths(List.of(later), ImportListener.NONE);
            assertThat(r.imported()).isEqualTo(1);
            assertThat(a.services().articles().details(r.ids().get(0)).alsoPublishedAs()).extracting(Article::id)
                    .containsExactly(stored);
        }
    }

    /** Seed 000 to {@code seed}, and to {@code copy} with its leftover and one sentence edited: a near-duplicate. */
    private static void writeSeedAndEditedCopy(Path seed, Path copy) throws IOException {
        String original = Files.readString(SEEDS.resolve("000_d00ca00b6c077c31.txt"));
        Files.writeString(seed, original);
        Files.writeString(copy, original.replace("Scroll to Top", "")
                .replace("Hingga saat ini, belum ada komentar", "Sampai berita ini diturunkan, belum ada tanggapan"));
    }

    @Test
    void bundledSeedsImportAsTheFiveSeedArticles() {
        try (Archive a = open()) {
            ImportReport r = a.services().imports().importBundledSeeds(ImportListener.NONE);
            assertThat(r.imported()).isEqualTo(5);
            assertThat(r.rejected()).isEmpty();
            assertThat(a.services().articles().list(ArticleListing.all())).extracting(row -> row.article().originName())
                    .contains("000_d00ca00b6c077c31.txt", "004_1860cfd6ad2b4c5c.txt");
        }
    }
}
