package org.kliping.store;

import org.kliping.domain.ArchiveUnavailableException;
import org.kliping.domain.ArchiveUnavailableException.Reason;
import org.kliping.domain.StorageException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQLite file of an archive: one connection, WAL, foreign keys, a busy timeout, and the schema
 * brought to {@link Migrations#LATEST} on open. A database written by a newer Kliping is refused
 * untouched; a file that is not a database is refused as damaged. All access is serialised on this
 * object, so stores may be used from several threads.
 */
public final class Database implements AutoCloseable {

    /**
     * Pages the write-ahead log may hold before it is copied into the database (SQLite's default is 1000): an
     * import batch rewrites many of the same index pages, and a checkpoint every 16 MB instead of every 4 MB
     * writes each of them once for several batches (an import writes less).
     */
    private static final int WAL_CHECKPOINT_PAGES = 4096;

    private final Path file;
    private final Connection connection;
    /** Nesting depth of {@link #inTransaction}; guarded by this. */
    private int depth;
    /** The connection of {@link #read}, opened on first use; guarded by {@link #readLock}. */
    private Connection reader;
    private boolean readerClosed;
    private final Object readLock = new Object();

    /** The JDBC URL of the reading connection ({@link #read}): the file's, or an immutable one on a read-only medium. */
    private final String readUrl;

    private Database(Path file, Connection connection) {
        this(file, connection, "jdbc:sqlite:" + file.toAbsolutePath());
    }

    private Database(Path file, Connection connection, String readUrl) {
        this.file = file;
        this.connection = connection;
        this.readUrl = readUrl;
    }

    public static Database open(Path file) {
        return open(file, true);
    }

    /** Page cache of the writing connection, in KiB (native memory, not Java heap). */
    private static final int CACHE_KIB = 32 * 1024;

    /**
     * @param verify run SQLite's {@code quick_check} on an existing file before using it; the archive skips
     *               it when the file is exactly as its last clean close left it (it reads every page)
     */
    public static Database open(Path file, boolean verify) {
        SqliteNative.useUnpackedLibrary();
        boolean existed = Files.exists(file);
        if (!existed) {
            createNew(file);
            verify = false;
        }
        Connection c = null;
        try {
            checkHeader(file);
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5000);
            // FULL: a commit is on disk before the user is told it is saved, even across a power cut (WAL with
            // NORMAL may lose the last commits then); imports commit in batches, so 10k articles took the same time
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            // SQLite's default page cache is 2 MB: at 100k articles every import re-read index pages of the
            // duplicate and near-duplicate lookups from the file; sorting and grouping stay in memory too
            config.setCacheSize(-CACHE_KIB);
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            ContentHashes.register(c);
            int version = userVersion(c);
            if (version > Migrations.LATEST) {
                c.close();
                throw new ArchiveUnavailableException(file, Reason.NEWER_VERSION,
                        "The archive " + file + " was written by a newer version of Kliping (schema " + version
                                + ", this version knows up to " + Migrations.LATEST + "); it was not modified."
                                + " Use that newer version, or restore a backup with 'kliping restore'.", null);
            }
            if (verify) quickCheck(c, file);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA wal_autocheckpoint=" + WAL_CHECKPOINT_PAGES);
            }
            Migrations.migrate(c, version);
            return new Database(file, c);
        } catch (SQLException e) {
            closeQuietly(c);
            if (isDamage(e)) {
                throw new ArchiveUnavailableException(file, Reason.DAMAGED, "The archive database " + file
                        + " is damaged (" + e.getMessage() + "); it was not modified."
                        + " Restore a backup with 'kliping restore'.", e);
            }
            if (isNoAccess(e)) {
                throw new ArchiveUnavailableException(file, Reason.UNREADABLE, "The archive database " + file
                        + " cannot be opened for writing (" + e.getMessage() + "; check the permissions of the file"
                        + " and its folder, and whether the medium is read-only); it was not modified.", e);
            }
            throw new StorageException("Cannot open the archive database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a new database with the current schema under a temporary name and moves it into place, so an empty
     * {@code kliping.db} is never Kliping's own doing (a kill between SQLite creating the file and writing the
     * schema would leave one) and can be refused as damage. The caller holds the archive's lock.
     */
    private static void createNew(Path file) {
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-new.tmp");
        try {
            Files.deleteIfExists(tmp);
            try (Connection c = newConfig().createConnection("jdbc:sqlite:" + tmp.toAbsolutePath())) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode=WAL");
                }
                Migrations.migrate(c, 0);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | java.io.IOException e) {
            throw new StorageException("Cannot create the archive database " + file + ": " + reason(e), e);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                try {
                    Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + suffix));
                } catch (java.io.IOException ignored) {
                    // a leftover is named as temporary
                }
            }
        }
    }

    private static boolean walHoldsCommits(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private static SQLiteConfig newConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config;
    }

    /** The system's reason for an I/O failure ("Permission denied", "No space left on device"), not just the path. */
    static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException a) return "Permission denied (" + a.getFile() + ")";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason() + " (" + f.getFile() + ")";
        return e.getMessage();
    }

    /**
     * Opens an existing database read-only, without migrating, as another process may be writing it
     * (WAL lets readers in). Used for backups and for validating a backup before restoring it.
     */
    public static Database openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ArchiveUnavailableException(file, Reason.DAMAGED, "No archive database at " + file, null);
        }
        SqliteNative.useUnpackedLibrary();
        Connection c = null;
        try {
            checkHeader(file);
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            try {
                c = readOnlyConfig().createConnection(url);
                userVersion(c);
            } catch (SQLException e) {
                closeQuietly(c);
                c = null;
                // a WAL database on a read-only medium: SQLite cannot create the shared-memory file beside it. With no
                // write-ahead log left (a clean close checkpoints and removes it) nothing can change the file, and
                // SQLite may read it as immutable
                if (!isNoAccess(e) || walHoldsCommits(file)) throw e;
                url = "jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1";
                c = readOnlyConfig().createConnection(url);
            }
            ContentHashes.register(c);
            int version = userVersion(c);
            if (version > Migrations.LATEST) {
                throw new ArchiveUnavailableException(file, Reason.NEWER_VERSION, file
                        + " was written by a newer version of Kliping (schema " + version + ").", null);
            }
            return new Database(file, c, url);
        } catch (SQLException e) {
            closeQuietly(c);
            if (isDamage(e)) {
                throw new ArchiveUnavailableException(file, Reason.DAMAGED, file + " is damaged: " + e.getMessage(), e);
            }
            if (isNoAccess(e)) {
                throw new ArchiveUnavailableException(file, Reason.UNREADABLE, "Cannot open " + file + " for reading ("
                        + e.getMessage() + (walHoldsCommits(file) ? "; its write-ahead log holds changes that need a"
                        + " writable folder to be read" : "") + ").", e);
            }
            throw new StorageException("Cannot open " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** A read-only connection that waits up to 5 s for a writer's lock, as the writing connection does. */
    private static SQLiteConfig readOnlyConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        return config;
    }

    private static void checkHeader(Path file) throws SQLException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            if (head.length == 0) {
                // Kliping creates a database complete under another name (createNew): an empty one is damage
                throw new SQLiteException("the file is empty (0 bytes)", SQLiteErrorCode.SQLITE_NOTADB);
            }
            if (head.length < 16 || !new String(head, 0, 15, java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("SQLite format 3")) {
                throw new SQLiteException("file is not a database", SQLiteErrorCode.SQLITE_NOTADB);
            }
        } catch (java.io.IOException e) {
            throw new ArchiveUnavailableException(file, Reason.UNREADABLE, "The archive database " + file
                    + " cannot be read: " + reason(e) + "; it was not modified.", e);
        }
    }

    /**
     * SQLite opens a file whose interior pages are garbage without complaint and only fails when a query
     * reaches them, possibly after a write elsewhere. {@code quick_check} reads every page first, so damage
     * is refused before anything is written (its cost: docs/reliability.md).
     */
    private static void quickCheck(Connection c, Path file) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA quick_check(5)")) {
            StringBuilder problems = new StringBuilder();
            while (rs.next()) {
                String row = rs.getString(1);
                if (!"ok".equals(row)) problems.append(problems.length() > 0 ? "; " : "").append(row);
            }
            if (problems.length() > 0) throw new SQLiteException(problems.toString(), SQLiteErrorCode.SQLITE_CORRUPT);
        }
    }

    /** Read-only files, folders or media, and files SQLite may not open: not damage, and not the user's input. */
    private static boolean isNoAccess(SQLException e) {
        if (e instanceof SQLiteException se) {
            int primary = se.getResultCode().code & 0xFF;
            return primary == 8 /* READONLY */ || primary == 14 /* CANTOPEN */ || primary == 3 /* PERM */
                    || primary == 23 /* AUTH */ || primary == 10 /* IOERR */;
        }
        return false;
    }

    private static boolean isDamage(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            return code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT
                    || code.code == SQLiteErrorCode.SQLITE_CORRUPT.code || code.code == 26;
        }
        return false;
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public Path file() {
        return file;
    }

    /** True when the schema is the one this version writes (a read-only open cannot migrate an older one). */
    public boolean hasCurrentSchema() {
        return schemaVersion() == Migrations.LATEST;
    }

    public synchronized int schemaVersion() {
        return call(c -> userVersion(c));
    }

    /**
     * Runs several store calls as one transaction (everything or nothing), e.g. an edited body with its
     * re-anchored highlights. Store methods called inside join it.
     */
    public synchronized void transaction(Runnable work) {
        inTransaction(c -> {
            work.run();
            return null;
        });
    }

    /** Runs work in one transaction; everything or nothing is committed. Nested calls join the outer one. */
    public synchronized <T> T inTransaction(SqlFunction<T> work) {
        if (depth > 0) {
            depth++;
            try {
                return work.apply(connection);
            } catch (SQLException e) {
                throw storageError(e);
            } finally {
                depth--;
            }
        }
        depth = 1;
        T result;
        try {
            connection.setAutoCommit(false);
            result = work.apply(connection);
            connection.commit();
        } catch (SQLException e) {
            abort(e);
            throw storageError(e);
        } catch (RuntimeException | Error e) {
            abort(e);
            throw e;
        } finally {
            depth = 0;
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw storageError(e);
        }
        return result;
    }

    /**
     * Rolls back after a failure and leaves transaction mode. SQLite may already have rolled back by
     * itself (disk full, I/O error): then these calls fail too, and their errors are attached to the
     * original one rather than hiding it. The driver leaves auto-commit on either way.
     */
    private void abort(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Runs a read (or a single statement) without an explicit transaction. */
    public synchronized <T> T call(SqlFunction<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw storageError(e);
        }
    }

    /** Page cache of the reading connection, in KiB. */
    private static final int READER_CACHE_KIB = 8 * 1024;

    /**
     * Runs a read on a connection of its own, which never waits for this object's lock: searches read the bodies of
     * their hits while an import holds a long write transaction (WAL lets a reader see the last commit meanwhile).
     * Reads run one at a time on it.
     */
    public <T> T read(SqlFunction<T> work) {
        synchronized (readLock) {
            try {
                if (reader == null) {
                    if (readerClosed) throw new StorageException("The archive database " + file + " is closed", null);
                    SQLiteConfig config = readOnlyConfig();
                    config.setCacheSize(-READER_CACHE_KIB);
                    reader = config.createConnection(readUrl);
                    ContentHashes.register(reader);
                }
                return work.apply(reader);
            } catch (SQLException e) {
                throw storageError(e);
            }
        }
    }

    /** Damage met while working is refused like damage met on open (exit 3, pointing to restore). */
    private RuntimeException storageError(SQLException e) {
        if (isDamage(e)) {
            return new ArchiveUnavailableException(file, Reason.DAMAGED, "The archive database " + file
                    + " is damaged (" + e.getMessage() + "). Restore a backup with 'kliping restore'.", e);
        }
        String msg = e.getMessage();
        if (e instanceof SQLiteException se && se.getResultCode() == SQLiteErrorCode.SQLITE_FULL) {
            msg = "the disk is full; free some space and try again (what was saved before is kept)";
        }
        return new StorageException("Archive database " + file + ": " + msg, e);
    }

    /** Returns the result of {@code PRAGMA integrity_check}: "ok" or the problems found. */
    public synchronized String integrityCheck() {
        return call(c -> {
            StringBuilder sb = new StringBuilder();
            try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (sb.length() > 0) sb.append('\n');
                    sb.append(rs.getString(1));
                }
            }
            return sb.toString();
        });
    }

    /** Rebuilds the database's own indexes from their tables ({@code REINDEX}): a row missing from one is put back. */
    public synchronized void reindex() {
        call(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("REINDEX");
            }
            return null;
        });
    }

    /** Writes a consistent copy of the live database to {@code target} (SQLite's VACUUM INTO). */
    public synchronized void backupTo(Path target) {
        call(c -> {
            try (var ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toAbsolutePath().toString());
                ps.execute();
            }
            return null;
        });
    }

    @Override
    public synchronized void close() {
        synchronized (readLock) {
            readerClosed = true;
            closeQuietly(reader);
            reader = null;
        }
        try {
            Rows.forget(connection);
            connection.close();
        } catch (SQLException e) {
            throw storageError(e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            Rows.forget(c);
            c.close();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }

    @FunctionalInterface
    public interface SqlFunction<T> {
        T apply(Connection c) throws SQLException;
    }
}
