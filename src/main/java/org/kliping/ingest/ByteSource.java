package org.kliping.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Bytes a reader can stream and cut pieces from: a file on disk (never loaded whole) or an in-memory zip
 * entry. Slicing lets a JSON array element keep its exact original bytes.
 */
interface ByteSource {
    long size() throws IOException;

    InputStream open() throws IOException;

    byte[] slice(long from, long to) throws IOException;

    static ByteSource of(Path file) {
        return new ByteSource() {
            @Override
            public long size() throws IOException {
                return Files.size(file);
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public byte[] slice(long from, long to) throws IOException {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(to - from));
                    int read = 0;
                    while (buffer.hasRemaining() && read >= 0) read = channel.read(buffer, from + buffer.position());
                    return Arrays.copyOf(buffer.array(), buffer.position());
                }
            }
        };
    }

    static ByteSource of(byte[] bytes) {
        return new ByteSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public byte[] slice(long from, long to) {
                return Arrays.copyOfRange(bytes, Math.toIntExact(from), Math.toIntExact(to));
            }
        };
    }
}
