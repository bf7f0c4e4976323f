package org.kliping.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ArticleListing;
import org.kliping.domain.ProgressListener;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every highlight and note of the archive at once, newest first, filtered by colour, tag and text. */
class AnnotationOverviewTest {

    @TempDir
    Path dir;

    @Test
    void everyHighlightAndNoteIsListedNewestFirstAndFiltered() {
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            Services s = a.services();
            s.imports().importPaths(List.of(Path.of("seeds")), ImportListener.NONE);
            long putin = idOf(s, "Putin");
            long korea = idOf(s, "Korea Utara Ungkap");
            s.tags().tag(List.of(putin), List.of("konflik/rusia"), List.of());
            s.annotations().highlightQuote(putin, "Kursk", 1, "wilayah kunci", "green", List.of());
            s.annotations().highlightQuote(korea, "Kim Jong-un", 1, null, null, List.of("tokoh"));
            s.articles().addNote(korea, "Bandingkan jumlah pasukan");

            List<AnnotationEntry> all = s.annotations().overview(AnnotationEntry.Filter.ALL);
            assertThat(all).hasSize(3);
            assertThat(all.get(0).isNote()).isTrue(); // made last
            assertThat(all.get(0).note().text()).isEqualTo("Bandingkan jumlah pasukan");
            assertThat(all.get(2).highlight().quote()).isEqualTo("Kursk");
            assertThat(all.get(2).articleTitle()).startsWith("Putin");
            assertThat(all.get(2).articleTags()).containsExactly("konflik/rusia");

            assertThat(s.annotations().overview(new AnnotationEntry.Filter("green", null, null)))
                    .extracting(e -> e.highlight().quote()).containsExactly("Kursk");
            assertThat(s.annotations().overview(new AnnotationEntry.Filter("yellow", null, null))) // no colour given: yellow
                    .extracting(e -> e.highlight().quote()).containsExactly("Kim Jong-un");
            assertThat(s.annotations().overview(new AnnotationEntry.Filter(AnnotationEntry.Filter.NOTES, null, null)))
                    .singleElement().satisfies(e -> assertThat(e.isNote()).isTrue());
            assertThat(s.annotations().overview(new AnnotationEntry.Filter(null, "konflik", null))) // nested tags count
                    .extracting(AnnotationEntry::articleId).containsExactly(putin);
            assertThat(s.annotations().overview(new AnnotationEntry.Filter(null, "TOKOH", null))) // the highlight's own tag
                    .extracting(e -> e.highlight().quote()).containsExactly("Kim Jong-un");
            assertThat(s.annotations().overview(new AnnotationEntry.Filter(null, null, "KUNCI"))) // in the note
                    .extracting(e -> e.highlight().quote()).containsExactly("Kursk");
            assertThat(s.annotations().overview(new AnnotationEntry.Filter(null, null, "jumlah ungkap"))) // every word, title too
                    .singleElement().satisfies(e -> assertThat(e.isNote()).isTrue());

            s.articles().trash(List.of(korea));
            assertThat(s.annotations().overview(AnnotationEntry.Filter.ALL)).extracting(AnnotationEntry::articleId)
                    .containsExactly(putin);
            s.articles().restore(List.of(korea));
            assertThat(s.annotations().overview(AnnotationEntry.Filter.ALL)).hasSize(3);
        }
    }

    private static long idOf(Services s, String prefix) {
        return s.articles().list(ArticleListing.all()).stream().map(ArticleService.Row::article)
                .filter(a -> a.title().startsWith(prefix)).findFirst().orElseThrow().id();
    }
}
