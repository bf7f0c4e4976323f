package org.kliping.ui;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PagedRowsTest {

    private final QueuedBackground background = new QueuedBackground();
    private final AtomicInteger loads = new AtomicInteger();

    private final RowSource numbers = (offset, limit) -> {
        loads.incrementAndGet();
        List<ArticleItem> items = new ArrayList<>();
        for (int i = offset; i < Math.min(offset + limit, 100_000); i++) items.add(item(i + 1));
        return new RowSource.Loaded(100_000, items, null);
    };

    private static ArticleItem item(long id) {
        return new ArticleItem(id, "Artikel " + id, null, null, null, null, List.of(), false, false, null);
    }

    private PagedRows rows() {
        return new PagedRows(background, numbers, 100_000, numbers.load(0, PagedRows.PAGE_SIZE).items());
    }

    @Test
    void aRowBeyondTheLoadedPagesIsAPlaceholderUntilItsPageArrives() {
        PagedRows rows = rows();
        List<ListChangeListener.Change<? extends ArticleItem>> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<ArticleItem>) changes::add);

        assertThat(rows).hasSize(100_000);
        assertThat(rows.get(50_000).isPlaceholder()).isTrue();
        assertThat(rows.get(50_001).isPlaceholder()).isTrue();
        assertThat(background.pending()).as("one load per page").isEqualTo(1);

        background.runAll();
        assertThat(rows.get(50_000).id()).isEqualTo(50_001);
        assertThat(changes).hasSize(1);
    }

    @Test
    void scrollingThroughAHundredThousandRowsLoadsOnlyTheVisitedPages() {
        PagedRows rows = rows();
        loads.set(0);
        for (int i = 0; i < 2_000; i++) rows.get(i);
        background.runAll();
        assertThat(loads.get()).isEqualTo(2_000 / PagedRows.PAGE_SIZE - 1);
    }

    @Test
    void updatingALoadedRowChangesItInPlace() {
        PagedRows rows = rows();
        rows.update(3, item -> item.withRead(true).withStarred(true));
        assertThat(rows.get(2).read()).isTrue();
        assertThat(rows.get(2).starred()).isTrue();
        assertThat(rows.indexOf(3)).isEqualTo(2);
        assertThat(rows.indexOf(99_999)).isEqualTo(-1);
    }
}
