package org.kliping.service;

import org.kliping.domain.ArchiveUnavailableException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where an archive lives when the user does not say: the platform's per-user data folder. */
public final class ArchiveLocation {

    public static final String ENV_VARIABLE = "KLIPING_ARCHIVE";

    private ArchiveLocation() {
    }

    /**
     * The archive folder: an explicit choice, else {@code KLIPING_ARCHIVE}, else the platform default
     * ({@code $XDG_DATA_HOME/kliping} or {@code ~/.local/share/kliping}; {@code %LOCALAPPDATA%\Kliping} on
     * Windows; {@code ~/Library/Application Support/Kliping} on macOS).
     */
    public static Path resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) return explicit.toAbsolutePath().normalize();
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv).toAbsolutePath().normalize();
        return platformDefault(env, osName, userHome);
    }

    public static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return UserFolders.localAppData(env, userHome).resolve("Kliping"); // not roaming: an archive is large
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Kliping");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "kliping");
        return Path.of(userHome, ".local", "share", "kliping");
    }

    /** True when {@code dir} holds an archive (its database), so opening it creates nothing. */
    public static boolean holdsArchive(Path dir) {
        return java.nio.file.Files.isRegularFile(dir.resolve(Archive.DATABASE_FILE));
    }

    /**
     * For a command that only reads or changes what is there: a folder without an archive is a mistyped path, not
     * a wish for a new archive, so it is refused before anything is created.
     */
    public static void requireArchive(Path dir) {
        if (!holdsArchive(dir)) {
            throw new ArchiveUnavailableException(dir, ArchiveUnavailableException.Reason.MISSING, "no archive at " + dir, null);
        }
    }

    /** The folder for this process: explicit, else the environment, else the platform default. */
    public static Path forThisProcess(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
