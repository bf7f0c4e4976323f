package org.kliping.ui.common;

import org.kliping.domain.StorageException;

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

/**
 * The window's own settings (size, split positions, last query, theme, language) in a small properties
 * file in the archive folder, written to a temporary name and moved into place so a crash never leaves
 * half a file. Not thread-safe: the window reads it once and writes a snapshot.
 */
public final class UiPreferences {

    public static final String FILE_NAME = "window.properties";

    public static final String THEME = "theme";
    public static final String LANGUAGE = "language";
    public static final String LAST_QUERY = "lastQuery";

    private final Path file;
    private final Properties values;

    private UiPreferences(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** Reads the settings in {@code archiveDir}; a missing file gives empty settings. */
    public static UiPreferences load(Path archiveDir) {
        Path file = archiveDir.resolve(FILE_NAME);
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new StorageException("Cannot read the window settings " + file + ": " + e.getMessage(), e);
            }
        }
        return new UiPreferences(file, p);
    }

    public Optional<String> get(String key) {
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
        if (value == null) values.remove(key);
        else values.setProperty(key, value);
    }

    public void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    /** A copy to write from another thread while the window goes on changing this one. */
    public UiPreferences snapshot() {
        Properties copy = new Properties();
        copy.putAll(values);
        return new UiPreferences(file, copy);
    }

    /** Writes atomically: a temporary file beside the real one, then a move over it. */
    public void save() {
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(w, "Kliping window settings");
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
