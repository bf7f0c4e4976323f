package org.kliping.server.index;

import org.kliping.domain.IndexEntry;
import org.kliping.server.db.TeamStore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the index derived: it applies the outbox in order and records, in PostgreSQL, the highest change applied
 * only after Solr took it. After a crash of the server or of the cluster it goes on from that mark (applying a
 * change twice is harmless: documents are replaced by id). {@link #rebuild()} refills the index from PostgreSQL.
 */
public final class IndexFollower implements AutoCloseable {
    static final int BATCH = 500;

    private final TeamStore store;
    private final SolrArchiveIndex index;
    private final Thread thread;
    private final Object signal = new Object();
    private volatile boolean running = true;
    private volatile String lastError;
    private volatile long applied;

    public IndexFollower(TeamStore store, SolrArchiveIndex index) {
        this.store = store;
        this.index = index;
        this.thread = new Thread(this::loop, "kliping-index-follower");
        this.thread.setDaemon(true);
    }

    private String key() {
        return "solr:" + index.collection();
    }

    public void start() {
        thread.start();
    }

    /** Wakes the follower: a write has just added to the outbox. */
    public void changed() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** Applies every change there is now; returns the number of changes applied. */
    public synchronized int catchUp() {
        long mark = store.applied(key());
        int total = 0;
        while (true) {
            List<TeamStore.Change> changes = store.changesAfter(mark, BATCH);
            if (changes.isEmpty()) break;
            Set<Long> ids = new LinkedHashSet<>();
            for (TeamStore.Change c : changes) ids.add(c.articleId());
            Map<Long, IndexEntry> live = store.indexEntries(ids);
            List<Long> gone = new ArrayList<>();
            for (Long id : ids) if (!live.containsKey(id)) gone.add(id);
            index.apply(live.values(), gone);
            mark = changes.get(changes.size() - 1).seq();
            store.setApplied(key(), mark);
            applied = mark;
            total += changes.size();
        }
        lastError = null;
        return total;
    }

    /** Empties the index and indexes every live article again from PostgreSQL; the outbox then goes on. */
    public synchronized long rebuild() {
        long mark = store.lastChange();
        index.deleteAll();
        long after = 0;
        long count = 0;
        while (true) {
            List<Long> ids = store.liveIds(after, BATCH);
            if (ids.isEmpty()) break;
            Map<Long, IndexEntry> live = store.indexEntries(ids);
            index.apply(live.values(), List.of());
            count += live.size();
            after = ids.get(ids.size() - 1);
        }
        // changes after the mark are applied again by the follower (harmless: replaced by id)
        store.setApplied(key(), mark);
        applied = mark;
        return count;
    }

    /** Highest change applied, as recorded. */
    public long applied() {
        return applied;
    }

    /** The last failure to apply, when the follower is waiting to try again; null when in step. */
    public String lastError() {
        return lastError;
    }

    private void loop() {
        long backoff = 200;
        while (running) {
            try {
                catchUp();
                backoff = 200;
                synchronized (signal) {
                    signal.wait(500);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                lastError = e.getMessage();
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = Math.min(5000, backoff * 2);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
