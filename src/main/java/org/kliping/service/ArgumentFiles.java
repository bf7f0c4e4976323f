package org.kliping.service;

import org.kliping.domain.InvalidInputException;
import org.kliping.ingest.Sizes;
import org.kliping.ingest.TextFiles;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Files named by command arguments ({@code --query-file}, {@code --batch}, {@code --body-file}): only regular files
 * (a FIFO would block for ever, {@code /dev/zero} never ends), their size checked before a byte is read, and the
 * text decoded strictly, so invalid UTF-8 is a sentence naming the file and the place rather than a
 * {@code MalformedInputException}. Errors are {@link InvalidInputException}s (exit 2).
 */
public final class ArgumentFiles {

    /** A query file: the query itself is cut at 2,000 characters; more than this is not a query. */
    public static final long MAX_QUERY_FILE_BYTES = 4L * 1024 * 1024;
    /** One line of a {@code --batch} file. */
    public static final int MAX_BATCH_LINE_BYTES = 1024 * 1024;

    private ArgumentFiles() {
    }

    /**
     * Why {@code path} is not a regular file that can be read (a FIFO, socket or device; a folder; missing), or
     * null when it is one. Symbolic links are followed.
     */
    public static String notARegularFile(Path path) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return "no such file";
        } catch (IOException e) {
            return "cannot read it: " + e.getMessage();
        }
        if (a.isDirectory()) return "it is a folder";
        if (a.isOther() || !a.isRegularFile()) {
            return "it is not a regular file (a FIFO, socket or device); refused, since reading it may never end";
        }
        return null;
    }

    /** The whole file, at most {@code maxBytes}, as strict UTF-8 (a leading BOM is skipped). */
    public static String readUtf8(Path file, long maxBytes, String option) {
        byte[] bytes = readBounded(file, maxBytes, option);
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return strictUtf8(bytes, skip, bytes.length - skip, option + " " + file, 0);
    }

    /**
     * A body for an edit, decoded as a text file on import is: BOM, else UTF-8, else Windows-1252; binary content
     * and files over the per-article limit are refused.
     */
    public static String readBodyText(Path file, long maxBytes, String option) {
        byte[] bytes = readBounded(file, maxBytes, option);
        try {
            return TextFiles.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(option + " " + file + ": " + e.getMessage());
        }
    }

    private static byte[] readBounded(Path file, long maxBytes, String option) {
        String why = notARegularFile(file);
        if (why != null) throw new InvalidInputException(option + " " + file + ": " + why);
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > maxBytes) throw new InvalidInputException(option + " " + file + ": " + tooBig(size, maxBytes));
            // the size may change while reading: read no more than the limit either way
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) throw new InvalidInputException(option + " " + file + ": " + tooBig(bytes.length, maxBytes));
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException(option + " " + file + ": cannot read it: " + e.getMessage());
        }
    }

    private static String tooBig(long size, long max) {
        return "the file is " + Sizes.human(size) + ", over the " + Sizes.human(max) + " limit";
    }

    private static String strictUtf8(byte[] bytes, int from, int length, String what, int line) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (CharacterCodingException e) {
            int at = firstInvalid(bytes, from, length);
            throw new InvalidInputException(what + (line > 0 ? ":" + line : "") + ": not valid UTF-8 (at byte "
                    + (at - from + 1) + (line > 0 ? " of the line" : "") + "); save it as UTF-8");
        }
    }

    private static int firstInvalid(byte[] bytes, int from, int length) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        var out = java.nio.CharBuffer.allocate(length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : from + length;
    }

    /** Lines of a batch file, each at most {@link #MAX_BATCH_LINE_BYTES}, each decoded on its own. */
    public static Lines lines(Path file, String option) {
        String why = notARegularFile(file);
        if (why != null) throw new InvalidInputException(option + " " + file + ": " + why);
        try {
            return new Lines(new BufferedInputStream(Files.newInputStream(file), 1 << 16), option + " " + file);
        } catch (IOException e) {
            throw new InvalidInputException(option + " " + file + ": cannot read it: " + e.getMessage());
        }
    }

    /** A line: its text, or the reason it could not be read (too long, invalid UTF-8); the reading goes on. */
    public record Line(int number, String text, String error) {
    }

    /** Reads one line at a time; a line over the limit is skipped to its end, never held whole. */
    public static final class Lines implements AutoCloseable {
        private final InputStream in;
        private final String what;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private int number;
        private boolean ended;

        private Lines(InputStream in, String what) {
            this.in = in;
            this.what = what;
        }

        /** The next line, or null at the end. */
        public Line next() {
            if (ended) return null;
            buffer.reset();
            boolean tooLong = false;
            long length = 0;
            try {
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    length++;
                    if (length > MAX_BATCH_LINE_BYTES) tooLong = true;
                    else buffer.write(b);
                }
                if (b == -1) {
                    ended = true;
                    if (length == 0) return null;
                }
            } catch (IOException e) {
                throw new InvalidInputException(what + ": cannot read it: " + e.getMessage());
            }
            number++;
            if (tooLong) {
                return new Line(number, null, what + ":" + number + ": the line is " + Sizes.human(length)
                        + ", over the " + Sizes.human(MAX_BATCH_LINE_BYTES) + " limit");
            }
            byte[] bytes = buffer.toByteArray();
            int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            int from = number == 1 && len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            try {
                return new Line(number, strictUtf8(bytes, from, len - from, what, number), null);
            } catch (InvalidInputException e) {
                return new Line(number, null, e.getMessage());
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }
}
