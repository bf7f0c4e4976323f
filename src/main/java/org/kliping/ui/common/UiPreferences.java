package org.kliping.ui.common;

import org.kliping.domain.StorageException;
import org.kliping.service.UserFolders;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The window's settings in two small properties files, each written to a temporary name and moved into place so
 * a crash never leaves half a file: the user's own ({@link #USER_KEYS}: theme, language, text size, reader line width) in the system's settings
 * folder ({@link UserFolders#settings}), the same for every archive; the window's layout (size, split positions,
 * last query) in the archive folder. An archive whose file still holds a theme or language (written before they
 * moved) lends it until the user's file has its own. Not thread-safe: the window reads it once and writes a
 * snapshot.
 */
public final class UiPreferences {

    public static final String FILE_NAME = "window.properties";

    public static final String THEME = "theme";
    public static final String LANGUAGE = "language";
    public static final String LAST_QUERY = "lastQuery";
    /** The window's text size in pixels ({@link TextSize}). */
    public static final String TEXT_SIZE = "textSize";
    /** The reader's line width in characters, 0 or unset: the reader's width ({@link TextSize}). */
    public static final String READER_LINE_WIDTH = "readerLineWidth";
    /** The file of the user's own settings, in the system's settings folder. */
    public static final String USER_FILE_NAME = "preferences.properties";
    /** Settings of the user, not of one archive. */
    public static final Set<String> USER_KEYS = Set.of(THEME, LANGUAGE, TEXT_SIZE, READER_LINE_WIDTH);

    private final Path file;
    private final Properties values;
    private final Path userFile;
    private final Properties user;

    private UiPreferences(Path file, Properties values, Path userFile, Properties user) {
        this.file = file;
        this.values = values;
        this.userFile = userFile;
        this.user = user;
    }

    /** Reads the settings of {@code archiveDir} and the user's; missing files give empty settings. */
    public static UiPreferences load(Path archiveDir) {
        return load(archiveDir, UserFolders.settingsForThisProcess());
    }

    /** As {@link #load(Path)}, with the user's settings in {@code settingsDir}. */
    public static UiPreferences load(Path archiveDir, Path settingsDir) {
        Path file = archiveDir.resolve(FILE_NAME);
        Path userFile = settingsDir.resolve(USER_FILE_NAME);
        return new UiPreferences(file, read(file), userFile, read(userFile));
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new StorageException("Cannot read the window settings " + file + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    public Optional<String> get(String key) {
        if (USER_KEYS.contains(key)) return Optional.ofNullable(user.getProperty(key, values.getProperty(key)));
        return Optional.ofNullable(values.getProperty(key));
    }

    public double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        Properties target = USER_KEYS.contains(key) ? user : values;
        if (USER_KEYS.contains(key)) values.remove(key); // the user's now: the archive no longer lends it
        if (value == null) target.remove(key);
        else target.setProperty(key, value);
    }

    public void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    /** A copy to write from another thread while the window goes on changing this one. */
    public UiPreferences snapshot() {
        Properties copy = new Properties();
        copy.putAll(values);
        Properties userCopy = new Properties();
        userCopy.putAll(user);
        return new UiPreferences(file, copy, userFile, userCopy);
    }

    /** Writes both files atomically: each to a temporary file beside the real one, then a move over it. */
    public void save() {
        write(userFile, user, "Kliping: your settings, the same for every archive");
        write(file, values, "Kliping window settings");
    }

    private static void write(Path file, Properties values, String comment) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(w, comment);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot write the window settings " + file + ": " + e.getMessage(), e);
        }
    }
}
