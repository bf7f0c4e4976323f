package org.kliping.ingest;

import java.nio.file.Path;

/**
 * Where an item comes from. {@code location} names it fully for error reports (the path as given);
 * {@code originName} is the shorter name stored with the article (file name, {@code name:line},
 * {@code archive.zip!entry}), free of this machine's folders.
 */
record Where(String location, String originName) {

    static Where of(Path file) {
        Path name = file.getFileName();
        return new Where(file.toString(), name == null ? file.toString() : name.toString());
    }

    Where line(long lineNumber) {
        return new Where(location + ":" + lineNumber, originName + ":" + lineNumber);
    }

    Where entry(String entryName) {
        return new Where(location + "!" + entryName, originName + "!" + entryName);
    }

    Where item(int index) {
        return new Where(location + "[" + index + "]", originName + "[" + index + "]");
    }
}
