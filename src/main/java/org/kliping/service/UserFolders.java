package org.kliping.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders Kliping writes outside an archive, by the platform's conventions: the log folder and the
 * settings folder (the archive's own default is {@link ArchiveLocation}).
 */
public final class UserFolders {

    private UserFolders() {
    }

    /**
     * Logs: {@code $XDG_STATE_HOME/kliping/logs}, else {@code ~/.local/state/kliping/logs};
     * {@code %LOCALAPPDATA%\Kliping\logs} on Windows; {@code ~/Library/Logs/Kliping} on macOS.
     */
    public static Path logs(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) return localAppData(env, userHome).resolve("Kliping").resolve("logs");
        if (os.startsWith("mac")) return Path.of(userHome, "Library", "Logs", "Kliping");
        return xdg(env, "XDG_STATE_HOME", userHome, ".local", "state").resolve("kliping").resolve("logs");
    }

    /**
     * Settings (theme, language, font size): {@code $XDG_CONFIG_HOME/kliping}, else {@code ~/.config/kliping};
     * {@code %APPDATA%\Kliping} on Windows (roaming: settings follow the user); {@code ~/Library/Preferences/Kliping}
     * on macOS.
     */
    public static Path settings(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Kliping");
        }
        if (os.startsWith("mac")) return Path.of(userHome, "Library", "Preferences", "Kliping");
        return xdg(env, "XDG_CONFIG_HOME", userHome, ".config").resolve("kliping");
    }

    public static Path logsForThisProcess() {
        return logs(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    public static Path settingsForThisProcess() {
        return settings(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** {@code %LOCALAPPDATA%} (machine-local data: the archive, the logs), else {@code ~\AppData\Local}. */
    static Path localAppData(Map<String, String> env, String userHome) {
        String local = env.get("LOCALAPPDATA");
        return local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
    }

    private static Path xdg(Map<String, String> env, String variable, String userHome, String... fallback) {
        String value = env.get(variable);
        return isAbsolute(value) ? Path.of(value) : Path.of(userHome, fallback);
    }

    private static boolean isAbsolute(String value) {
        return value != null && !value.isBlank() && Path.of(value).isAbsolute();
    }
}
