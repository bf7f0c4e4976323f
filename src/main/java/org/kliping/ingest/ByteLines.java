package org.kliping.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Splits a stream into lines of bytes without ever holding more than one line (and never more than the
 * per-article limit of it): a 1 GB JSONL file streams, and an over-long line is counted, not kept.
 */
final class ByteLines {
    private static final int BUFFER = 64 * 1024;

    /** One line without its line break; {@code bytes} is empty when the line was too long to keep. */
    record Line(long number, byte[] bytes, long length, boolean tooLong) {
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int filled;
    private boolean endOfStream;
    private long lineNumber;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    Optional<Line> next() throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long length = 0;
        boolean sawByte = false;
        while (true) {
            if (position >= filled && !fill()) {
                if (!sawByte) return Optional.empty();
                break;
            }
            sawByte = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? filled : newline;
            int count = end - position;
            if (length + count <= maxLineBytes) kept.write(buffer, position, count);
            length += count;
            position = newline < 0 ? end : end + 1;
            if (newline >= 0) break;
        }
        lineNumber++;
        return Optional.of(line(kept, length));
    }

    private Line line(ByteArrayOutputStream kept, long length) {
        if (length > maxLineBytes) return new Line(lineNumber, new byte[0], length, true);
        byte[] bytes = kept.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') end--;
        byte[] line = end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end);
        return new Line(lineNumber, line, line.length, false);
    }

    private int indexOfNewline() {
        for (int i = position; i < filled; i++) {
            if (buffer[i] == '\n') return i;
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (endOfStream) return false;
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            endOfStream = true;
            return false;
        }
        position = 0;
        filled = read;
        return true;
    }
}
