package org.kliping.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a folder in the system's file manager (the log folder, from an error dialog). */
final class DesktopFolders {
    private static final System.Logger LOG = System.getLogger(DesktopFolders.class.getName());

    private DesktopFolders() {
    }

    /** The command that shows {@code folder} on this system. */
    static List<String> openCommand(Path folder, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) return List.of("explorer.exe", folder.toString());
        if (os.startsWith("mac")) return List.of("open", folder.toString());
        return List.of("xdg-open", folder.toString());
    }

    /** Creates the folder when missing and opens it; a failure is logged, never thrown at the user. */
    static void open(Path folder) {
        try {
            Files.createDirectories(folder);
            new ProcessBuilder(openCommand(folder, System.getProperty("os.name", ""))).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot open the folder " + folder, e);
        }
    }
}
