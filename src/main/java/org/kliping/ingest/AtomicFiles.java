package org.kliping.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the complete new one, never a half
 * file: the body goes to a temporary file in the target's folder (same file system, so the move is
 * a rename), is forced to disk, then moved over the target atomically.
 */
public final class AtomicFiles {

    /** The part of a write that produces the bytes; may throw {@link IOException}. */
    @FunctionalInterface
    public interface IOConsumer<T> {
        void accept(T value) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} with what {@code body} writes to the stream. The stream is buffered;
     * {@code body} must not close it. On any failure the temporary file is removed and the target
     * is left as it was.
     *
     * @throws ExportException when the folder cannot be written or {@code body} fails with an I/O error
     */
    public static void write(Path target, IOConsumer<OutputStream> body) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            TempFiles.removeLeftovers(folder, absolute.getFileName().toString());
            temp = createTemp(folder, absolute.getFileName().toString());
            writeAndSync(temp, body);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(folder);
        } catch (IOException e) {
            deleteQuietly(temp, e);
            throw new ExportException(target, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /**
     * A new file with the default permissions (umask), unlike {@code Files.createTempFile}, whose 0600
     * would carry over to the export; hidden, named after the target and this process ({@link TempFiles}), so a leftover of a killed
     * export is removed by the next export to the same target.
     */
    private static Path createTemp(Path folder, String targetName) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = TempFiles.name(folder, targetName);
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 10) throw e;
            }
        }
    }

    private static void writeAndSync(Path temp, IOConsumer<OutputStream> body) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            body.accept(new NonClosingStream(out));
            out.flush();
            // Without the force, a crash after the rename can leave an empty file under the real name.
            channel.force(true);
        }
    }

    /**
     * Makes the rename itself durable on Linux and macOS. Windows cannot open a folder as a channel;
     * there the move is still atomic, only its durability after a power cut is the file system's.
     */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not supported on this platform: see above; the file is in place either way.
        }
    }

    private static void deleteQuietly(Path temp, Throwable failure) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Keeps writers that close their stream (JsonGenerator, Writer) from closing the channel before the force. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
