package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Collects what a reader sends to its sink, for assertions. */
final class ReadResults {
    final List<ReadOutcome> outcomes = new ArrayList<>();

    static ReadResults read(ArticleReaders readers, Path file) {
        ReadResults results = new ReadResults();
        readers.read(file, results.outcomes::add);
        return results;
    }

    List<ArticleDraft> drafts() {
        return outcomes.stream().filter(o -> o instanceof ReadOutcome.Parsed)
                .map(o -> ((ReadOutcome.Parsed) o).draft()).toList();
    }

    List<ReadOutcome.Rejected> rejections() {
        return outcomes.stream().filter(o -> o instanceof ReadOutcome.Rejected)
                .map(o -> (ReadOutcome.Rejected) o).toList();
    }

    ArticleDraft onlyDraft() {
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Parsed.class);
        return drafts().get(0);
    }

    ReadOutcome.Rejected onlyRejection() {
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Rejected.class);
        return rejections().get(0);
    }
}
