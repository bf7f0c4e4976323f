package org.kliping.ui;

import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The table's rows as a virtual list: its size is the total count, and a row asked for before its page
 * is loaded is a placeholder while the page loads in the background. The table only asks for the rows
 * it shows, so 100k articles cost a few pages. Lives on the UI thread.
 */
public final class PagedRows extends ObservableListBase<ArticleItem> {

    public static final int PAGE_SIZE = 200;
    /** Pages kept in memory; the rest are reloaded when scrolled back to. */
    private static final int CACHED_PAGES = 50;

    private final Background background;
    private final RowSource source;
    private final int size;
    private final Set<Integer> requested = new HashSet<>();
    private final Map<Integer, List<ArticleItem>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArticleItem>> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    public PagedRows(Background background, RowSource source, long total, List<ArticleItem> firstPage) {
        this.background = background;
        this.source = source;
        this.size = (int) Math.min(Integer.MAX_VALUE, total);
        pages.put(0, List.copyOf(firstPage));
    }

    public static PagedRows empty(Background background) {
        return new PagedRows(background, (offset, limit) -> RowSource.Loaded.empty(), 0, List.of());
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
                beginChange();
                nextSet(index, old);
                endChange();
            }
        }
    }

    private void request(int page) {
        if (!requested.add(page)) return;
        background.submit(ctx -> source.load(page * PAGE_SIZE, PAGE_SIZE).items(), items -> arrived(page, items),
                error -> requested.remove(page));
    }

    private void arrived(int page, List<ArticleItem> items) {
        requested.remove(page);
        pages.put(page, List.copyOf(items));
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + items.size());
        if (to <= from) return;
        List<ArticleItem> removed = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) removed.add(ArticleItem.placeholder());
        beginChange();
        nextReplace(from, to, removed);
        endChange();
    }
}
