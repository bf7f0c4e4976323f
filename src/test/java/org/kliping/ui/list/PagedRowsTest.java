package org.kliping.ui.list;

import org.kliping.ui.common.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;
import org.kliping.ui.shell.*;


import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

public class PagedRowsTest {

    private final QueuedBackground background = new QueuedBackground();
    private final AtomicInteger loads = new AtomicInteger();
    private final List<Throwable> errors = new ArrayList<>();

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
        return new PagedRows(background, numbers, 100_000, numbers.load(0, PagedRows.PAGE_SIZE).items(), errors::add);
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
    void draggingThroughTheRowsLoadsThePageInHandAndTheLastFewWanted() {
        PagedRows rows = rows();
        loads.set(0);
        for (int i = 0; i < 100_000; i += 100) rows.get(i);
        assertThat(background.pending()).as("one page loads at a time").isEqualTo(1);
        background.runAll();
        assertThat(loads.get()).isEqualTo(5);
        assertThat(rows.get(99_999).isPlaceholder()).as("where the drag stopped").isFalse();
        assertThat(rows.get(50_000).isPlaceholder()).as("scrolled past").isTrue();
    }

    @Test
    void aPageThatFailsToLoadIsReportedAndAskedForAgainLater() {
        boolean[] fail = {true};
        RowSource flaky = (offset, limit) -> {
            if (fail[0]) throw new IllegalStateException("disk gone");
            return numbers.load(offset, limit);
        };
        PagedRows rows = new PagedRows(background, flaky, 100_000, List.of(), errors::add);
        rows.get(1_000);
        background.runAll();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).hasMessage("disk gone"));
        fail[0] = false;
        assertThat(rows.get(1_000).isPlaceholder()).isTrue();
        background.runAll();
        assertThat(rows.get(1_000).id()).isEqualTo(1_001);
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
