package org.kliping.server.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The team archive's PostgreSQL: a small pool of connections and the schema migrations
 * ({@code org/kliping/server/db/NNN.sql}, run in order, each in one transaction; {@code schema_version} records
 * the last). A database of a newer schema is refused, never changed. A connection that failed is dropped, so a
 * restarted PostgreSQL is used again by the next request.
 */
public final class ServerDatabase implements AutoCloseable {
    /** The newest migration. */
    public static final int LATEST = 1;

    private final String url;
    private final String user;
    private final String password;
    private final BlockingQueue<Connection> idle;
    private volatile boolean closed;

    public ServerDatabase(String url, String user, String password, int poolSize) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.idle = new ArrayBlockingQueue<>(poolSize);
    }

    public String url() {
        return url;
    }

    /** Work in one transaction: committed when {@code work} returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        Connection c = borrow();
        boolean broken = true;
        try {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                broken = false;
                return out;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                    broken = false;
                } catch (SQLException ignored) {
                    // the connection is gone: dropped below
                }
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            giveBack(c, broken || !valid(c));
        }
    }

    private static boolean valid(Connection c) {
        try {
            return !c.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection borrow() {
        if (closed) throw new DatabaseUnavailableException("the database is closed", null);
        Connection c = idle.poll();
        if (c != null) return c;
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot reach PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }

    private void giveBack(Connection c, boolean discard) {
        if (discard || closed || !idle.offer(c)) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already unusable
            }
        }
    }

    private RuntimeException translate(SQLException e) {
        String state = e.getSQLState();
        // 08: connection exceptions; 57P: the server is shutting down or was restarted
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
            idle.forEach(x -> giveBack(x, true));
            idle.clear();
            return new DatabaseUnavailableException("PostgreSQL at " + url + " is unavailable: " + e.getMessage(), e);
        }
        if ("40001".equals(state) || "40P01".equals(state)) {
            return new ConflictException("the change met another one at the same time; try again", e);
        }
        return new IllegalStateException("database error: " + e.getMessage(), e);
    }

    /** Runs every migration above the database's version. */
    public int migrate() {
        return inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)");
                s.execute("LOCK TABLE schema_version IN EXCLUSIVE MODE");
            }
            int current = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
                if (rs.next()) current = rs.getInt(1);
            }
            if (current > LATEST) {
                throw new IllegalStateException("the database at " + url + " has schema " + current
                        + ", newer than this Kliping server (" + LATEST + "): refusing to change it");
            }
            for (int v = current + 1; v <= LATEST; v++) {
                String sql = script(v);
                if (sql == null) continue;
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?)")) {
                    p.setInt(1, v);
                    p.executeUpdate();
                }
            }
            return LATEST;
        });
    }

    private static String script(int version) {
        String name = String.format("%03d.sql", version);
        try (InputStream in = ServerDatabase.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Waits until PostgreSQL answers, up to {@code seconds}. */
    public void awaitReady(int seconds) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > end) {
                    throw new DatabaseUnavailableException("PostgreSQL at " + url + " did not answer in " + seconds
                            + " s: " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new DatabaseUnavailableException("interrupted", ie);
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) giveBack(c, true);
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
