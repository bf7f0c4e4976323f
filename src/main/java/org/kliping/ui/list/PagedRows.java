package org.kliping.ui.list;

import org.kliping.ui.common.*;

import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The table's rows as a virtual list: its size is the total count, and a row asked for before its page
 * is loaded is a placeholder while the page loads in the background. The table only asks for the rows
 * it shows, so 100k articles cost a few pages. Pages load one at a time, the most recently wanted first,
 * and pages scrolled past are forgotten: dragging the scroll bar through 100k rows sorted by a column the
 * store sorts slowly must not queue hundreds of queries ahead of the page the user stopped at.
 * Lives on the UI thread.
 */
public final class PagedRows extends ObservableListBase<ArticleItem> {

    public static final int PAGE_SIZE = 200;
    /** Pages kept in memory; the rest are reloaded when scrolled back to. */
    private static final int CACHED_PAGES = 50;
    /** Pages waiting to load; older wishes are dropped (a visible one is asked for again on the next layout). */
    private static final int MAX_WAITING = 4;

    private final Background background;
    private final RowSource source;
    private final int size;
    private final Consumer<Throwable> onError;
    private final Deque<Integer> waiting = new ArrayDeque<>();
    private int inFlight = -1;
    private final Map<Integer, List<ArticleItem>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArticleItem>> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    public PagedRows(Background background, RowSource source, long total, List<ArticleItem> firstPage,
                     Consumer<Throwable> onError) {
        this.background = background;
        this.source = source;
        this.onError = onError;
        this.size = (int) Math.min(Integer.MAX_VALUE, total);
        pages.put(0, List.copyOf(firstPage));
    }

    public static PagedRows empty(Background background) {
        return new PagedRows(background, (offset, limit) -> RowSource.Loaded.empty(), 0, List.of(), e -> { });
    }

    @Override
    public ArticleItem get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        int page = index / PAGE_SIZE;
        List<ArticleItem> items = pages.get(page);
        if (items == null) {
            request(page);
            return ArticleItem.placeholder();
        }
        int at = index % PAGE_SIZE;
        return at < items.size() ? items.get(at) : ArticleItem.placeholder();
    }

    @Override
    public int size() {
        return size;
    }

    /** The row of article {@code id} among the loaded pages, or -1. */
    public int indexOf(long id) {
        for (Map.Entry<Integer, List<ArticleItem>> e : pages.entrySet()) {
            List<ArticleItem> items = e.getValue();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == id) return e.getKey() * PAGE_SIZE + i;
            }
        }
        return -1;
    }

    /** Changes a loaded row in place (read, starred, tags) without reloading the list. */
    public void update(long id, UnaryOperator<ArticleItem> change) {
        for (Map.Entry<Integer, List<ArticleItem>> e : new ArrayList<>(pages.entrySet())) {
            List<ArticleItem> items = e.getValue();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() != id) continue;
                List<ArticleItem> copy = new ArrayList<>(items);
                ArticleItem old = copy.set(i, change.apply(items.get(i)));
                pages.put(e.getKey(), Collections.unmodifiableList(copy));
                int index = e.getKey() * PAGE_SIZE + i;
                if (old.equals(copy.get(i))) continue;
                beginChange();
                nextUpdate(index);
                endChange();
            }
        }
    }

    private void request(int page) {
        if (page == inFlight) return;
        waiting.remove(page);
        waiting.addLast(page);
        while (waiting.size() > MAX_WAITING) waiting.removeFirst();
        loadNext();
    }

    private void loadNext() {
        if (inFlight >= 0 || waiting.isEmpty()) return;
        int page = waiting.pollLast();
        inFlight = page;
        background.submit(ctx -> source.load(page * PAGE_SIZE, PAGE_SIZE).items(), items -> {
            inFlight = -1;
            arrived(page, items);
            loadNext();
        }, error -> {
            inFlight = -1;
            waiting.clear();
            onError.accept(error);
        });
    }

    private void arrived(int page, List<ArticleItem> items) {
        pages.put(page, List.copyOf(items));
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + items.size());
        if (to <= from) return;
        // an update, not a replacement: the table keeps its selection on rows that were placeholders
        beginChange();
        for (int i = from; i < to; i++) nextUpdate(i);
        endChange();
    }
}
