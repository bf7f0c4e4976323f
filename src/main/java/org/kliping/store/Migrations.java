package org.kliping.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Numbered schema migrations, {@code schema/001.sql} ... on the classpath, run in one transaction on
 * open; {@code PRAGMA user_version} records the version reached. Creating an archive is migrating from 0,
 * so the schema is written in one place.
 */
final class Migrations {

    /**
     * Bump with every new file under resources/org/kliping/store/schema. Numbers are handed out to work done side by
     * side, so the files may leave gaps; a number without a file is no step ({@code MigrationsTest} checks that every
     * file up to here is run and none lies beyond).
     */
    static final int LATEST = 16;

    private Migrations() {
    }

    static void migrate(Connection c, int from) throws SQLException {
        migrate(c, from, LATEST);
    }

    /** Migrates to a given version: tests build an archive as an earlier release left it. */
    static void migrate(Connection c, int from, int to) throws SQLException {
        if (from >= to) return;
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (int v = from + 1; v <= to; v++) {
                String script = script(v);
                if (script == null) continue;
                for (String sql : script.split(";\\s*\\n")) {
                    if (!sql.isBlank()) st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = " + to);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The script of a version, or null when no file has that number. */
    static String script(int version) {
        String name = String.format("schema/%03d.sql", version);
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) return null; // a number not (or not yet) used
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
