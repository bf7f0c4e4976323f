package org.kliping.service;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The seed articles shipped inside the jar ({@code seeds/} is copied to {@code org/kliping/seeds/} by the
 * build), copied out to a temporary folder so they import like any other files.
 */
final class BundledSeeds {

    static final String RESOURCE_FOLDER = "org/kliping/seeds";

    private BundledSeeds() {
    }

    /** Copies the bundled seeds into {@code target} and returns the copies, sorted by name. */
    static List<Path> extractTo(Path target) {
        URL url = BundledSeeds.class.getClassLoader().getResource(RESOURCE_FOLDER);
        if (url == null) throw new StorageException("the bundled seed articles are missing from this build", null);
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return copyAll(fs.getPath(RESOURCE_FOLDER), target);
                }
            }
            return copyAll(Path.of(uri), target);
        } catch (IOException | URISyntaxException e) {
            throw new StorageException("cannot read the bundled seed articles: " + e.getMessage(), e);
        }
    }

    private static List<Path> copyAll(Path folder, Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                Path copy = target.resolve(p.getFileName().toString());
                try (InputStream in = Files.newInputStream(p)) {
                    Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                out.add(copy);
            }
        }
        return out;
    }
}
