package org.kliping.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tiny row-mapper helper: binds parameters in order and maps rows, closing every result. Queries are
 * prepared once per connection and SQL text and kept (at most {@link #CACHED_STATEMENTS} per connection):
 * preparing took more time than running the small queries an import makes for every article. A closed
 * result resets its statement, so a kept query never holds a read open (VACUUM INTO checks that, tested).
 * Each connection is used under its {@link Database}'s lock, so a kept statement is never used twice at once.
 */
final class Rows {
    static final int CACHED_STATEMENTS = 128;

    /** Per connection; a kept statement refers to its connection, so entries go only through {@link #forget}. */
    private static final Map<Connection, Map<String, PreparedStatement>> CACHES =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private Rows() {
    }

    /** The connection's prepared statement for {@code sql}; never close it (results must be closed). */
    static PreparedStatement prepared(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> cache = CACHES.computeIfAbsent(c, k -> new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= CACHED_STATEMENTS) return false;
                closeQuietly(eldest.getValue());
                return true;
            }
        });
        PreparedStatement ps = cache.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = c.prepareStatement(sql);
            cache.put(sql, ps);
        }
        return ps;
    }

    /** Closes and drops the connection's kept statements; {@link Database} calls it before closing the connection. */
    static void forget(Connection c) {
        Map<String, PreparedStatement> cache = CACHES.remove(c);
        if (cache != null) cache.values().forEach(Rows::closeQuietly);
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // an evicted statement that cannot close is finalised with its connection
        }
    }

    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, Mapper<T> mapper, Object... params) throws SQLException {
        PreparedStatement ps = prepared(c, sql);
        try {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) out.add(mapper.map(rs));
                return out;
            }
        } finally {
            ps.clearParameters();
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Mapper<T> mapper, Object... params) throws SQLException {
        PreparedStatement ps = prepared(c, sql);
        try {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
            }
        } finally {
            ps.clearParameters();
        }
    }

    /** Prepared each time: sqlite-jdbc leaves an executed update's statement active until it is closed. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    static long insert(Connection c, String sql, Object... params) throws SQLException {
        update(c, sql, params);
        return one(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) ps.setNull(i + 1, Types.NULL);
            else if (p instanceof byte[] b) ps.setBytes(i + 1, b);
            else if (p instanceof Boolean b) ps.setInt(i + 1, b ? 1 : 0);
            else if (p instanceof Integer n) ps.setInt(i + 1, n);
            else if (p instanceof Long n) ps.setLong(i + 1, n);
            else ps.setString(i + 1, p.toString());
        }
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** Advances the global change sequence and returns the new value; call inside the mutating transaction. */
    static long nextSequence(Connection c) throws SQLException {
        return reserveSequences(c, 1);
    }

    /** Reserves {@code n} consecutive change sequences, returning the last of them. */
    static long reserveSequences(Connection c, int n) throws SQLException {
        return one(c, "UPDATE change_seq SET value = value + ? WHERE id = 1 RETURNING value", rs -> rs.getLong(1), n)
                .orElseThrow();
    }

    static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
