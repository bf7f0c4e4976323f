package org.kliping.ui;

import org.kliping.domain.StorageException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The five sample articles shipped in the jar (the build copies {@code seeds/} to
 * {@code org/kliping/ui/seeds/}), extracted to a folder so the importer reads them like any files.
 */
public final class BundledSeeds {

    static final String RESOURCE_FOLDER = "seeds";

    private BundledSeeds() {
    }

    /** Copies the bundled seed files into {@code target} and returns the copies; none when not bundled. */
    public static List<Path> extractTo(Path target) {
        URL url = BundledSeeds.class.getResource(RESOURCE_FOLDER);
        if (url == null) return List.of();
        try {
            Files.createDirectories(target);
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return copyAll(jar.provider().getPath(uri), target);
                }
            }
            return copyAll(Path.of(uri), target);
        } catch (IOException | URISyntaxException e) {
            throw new StorageException("Cannot unpack the sample articles to " + target + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> copyAll(Path folder, Path target) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path copy = target.resolve(f.getFileName().toString());
                try (InputStream in = Files.newInputStream(f)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                copies.add(copy);
            }
        }
        return copies;
    }
}
