package org.kliping.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads every entry of a zip as if it were a file of its own, guarded against hostile archives: names that
 * escape the folder, entries that inflate past the per-article limit (bytes are counted while inflating; the
 * declared size is never trusted), too many entries and a zip-bomb total ratio. Nested zips are not opened.
 */
final class ZipArticleReader {
    private final ImportLimits limits;
    private final ArticleReaders readers;

    ZipArticleReader(ImportLimits limits, ArticleReaders readers) {
        this.limits = limits;
        this.readers = readers;
    }

    /**
     * Entry names without the zip's UTF-8 flag that are not UTF-8 either were written in the code page of an old
     * Windows tool; IBM437 is what the zip format names for them (and what Windows' own zip tool wrote in most
     * locales, Indonesian among them). Every byte is a character in it, so every entry can be read.
     */
    static final Charset FALLBACK_NAMES = Charset.forName("IBM437");

    void read(Path archive, Where where, Consumer<ReadOutcome> sink) throws IOException {
        Charset names = namesReadAsUtf8(archive) ? StandardCharsets.UTF_8 : FALLBACK_NAMES;
        try (ZipFile zip = new ZipFile(archive.toFile(), names)) {
            if (zip.size() > limits.maxZipEntries()) {
                sink.accept(new ReadOutcome.Rejected(where.location(), "zip has " + zip.size()
                        + " entries, over the limit of " + limits.maxZipEntries()));
                return;
            }
            InflationBudget budget = new InflationBudget(Files.size(archive));
            String refused = refuseByHeaders(zip, budget);
            if (refused != null) {
                sink.accept(new ReadOutcome.Rejected(where.location(), refused + "; nothing of it was read"));
                return;
            }
            readEntries(zip, budget, where, sink);
        } catch (ZipException | IllegalArgumentException e) {
            // ZipFile reports unreadable entry names as IllegalArgumentException("MALFORMED")
            sink.accept(new ReadOutcome.Rejected(where.location(), "not a readable zip archive: " + e.getMessage()));
        }
    }

    /** True when every entry name reads as UTF-8 (or the file is no zip at all: the real read then says so). */
    static boolean namesReadAsUtf8(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) entries.nextElement().getName();
            return true;
        } catch (IllegalArgumentException e) {
            return false; // "MALFORMED": a name that is not UTF-8
        } catch (ZipException e) {
            return !String.valueOf(e.getMessage()).contains("bad entry name");
        }
    }

    /** Entries smaller than this may compress at any ratio (a page of one repeated character is no bomb). */
    private static final long RATIO_FREE_BYTES = 1L << 20;

    /**
     * Refuses an archive whose central directory already shows it too large, before a byte is inflated: the declared
     * sizes over the total budget, or one large entry compressed past the ratio limit. The headers may lie, so the
     * budget is also counted while inflating, and an entry may not inflate past the size it declares.
     */
    private String refuseByHeaders(ZipFile zip, InflationBudget budget) {
        long declared = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.isDirectory()) continue;
            long size = e.getSize();
            long compressed = e.getCompressedSize();
            if (size > 0) declared += size;
            if (size > RATIO_FREE_BYTES && compressed > 0 && size / compressed > limits.maxZipRatio()) {
                return "zip entry " + e.getName() + " inflates past the compression-ratio limit of " + limits.maxZipRatio()
                        + ":1 (" + Sizes.human(compressed) + " to " + Sizes.human(size) + ", as its header declares)";
            }
        }
        if (declared > budget.maxTotal) {
            return "zip inflates past its total limit: " + Sizes.human(declared) + " (as its entries declare), over "
                    + Sizes.human(budget.maxTotal) + " (" + limits.maxZipRatio() + " times its size, at least "
                    + Sizes.human(limits.maxArticleBytes() * 2) + ", at most " + Sizes.human(limits.maxZipTotalBytes()) + ")";
        }
        return null;
    }

    private void readEntries(ZipFile zip, InflationBudget budget, Where where, Consumer<ReadOutcome> sink)
            throws IOException {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        boolean any = false;
        while (entries.hasMoreElements()) {
            if (Thread.currentThread().isInterrupted()) throw ArticleReaders.cancelled(where);
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || isSystemJunk(name)) continue;
            any = true;
            Where at = where.entry(name);
            try {
                readEntry(zip, entry, budget, at, sink);
            } catch (ArchiveTooLargeException e) {
                sink.accept(new ReadOutcome.Rejected(where.location(), e.getMessage() + "; stopped reading at " + name));
                return;
            } catch (ZipException e) {
                sink.accept(new ReadOutcome.Rejected(at.location(), "damaged zip entry: " + e.getMessage()));
            }
        }
        if (!any) sink.accept(new ReadOutcome.Rejected(where.location(), "empty zip archive"));
    }

    private void readEntry(ZipFile zip, ZipEntry entry, InflationBudget budget, Where at, Consumer<ReadOutcome> sink)
            throws IOException {
        String name = entry.getName();
        if (escapesFolder(name)) {
            sink.accept(new ReadOutcome.Rejected(at.location(), "zip entry escapes its folder: " + name));
            return;
        }
        Optional<ArticleFormat> format = ArticleFormat.of(name);
        if (format.isEmpty()) {
            sink.accept(new ReadOutcome.Rejected(at.location(), "unsupported file type"));
            return;
        }
        try (InputStream in = budget.track(zip.getInputStream(entry), entry)) {
            switch (format.get()) {
                case ZIP -> sink.accept(new ReadOutcome.Rejected(at.location(), "nested zip archives are not read"));
                case JSONL -> readers.json().readLines(in, at, sink);
                default -> readBounded(format.get(), in, at, sink);
            }
        }
    }

    private void readBounded(ArticleFormat format, InputStream in, Where at, Consumer<ReadOutcome> sink)
            throws IOException {
        long limit = limits.maxArticleBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            sink.accept(new ReadOutcome.Rejected(at.location(), "zip entry inflates past the limit of " + Sizes.human(limit)));
            return;
        }
        if (format == ArticleFormat.JSON) {
            readers.json().readDocument(ByteSource.of(bytes), at, sink);
        } else {
            sink.accept(readers.readSingle(format, bytes, at));
        }
    }

    /** "../x", "/etc/x", "C:\x" would land outside the folder if the archive were ever extracted. */
    static boolean escapesFolder(String name) {
        String unified = name.replace('\\', '/');
        if (unified.startsWith("/") || unified.matches("^[A-Za-z]:.*")) return true;
        for (String segment : unified.split("/")) {
            if (segment.equals("..")) return true;
        }
        return false;
    }

    /** Files zip tools add on their own: macOS resource forks and Finder data. */
    private static boolean isSystemJunk(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.equals(".DS_Store") || base.startsWith("._");
    }

    /** Stops the whole archive when it inflates past the total limit or the zip-bomb ratio. */
    private static final class ArchiveTooLargeException extends IOException {
        ArchiveTooLargeException(String message) {
            super(message);
        }
    }

    private final class InflationBudget {
        private final long maxTotal;
        private long total;

        InflationBudget(long archiveBytes) {
            // ordinary text compresses 3-10x; the floor lets a small archive hold one article at the limit
            long byRatio = Math.max(archiveBytes * limits.maxZipRatio(), limits.maxArticleBytes() * 2);
            this.maxTotal = Math.min(limits.maxZipTotalBytes(), byRatio);
        }

        InputStream track(InputStream in, ZipEntry entry) {
            long declared = entry.getSize();
            return new FilterInputStream(in) {
                private long inflated;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) count(1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int read = super.read(buffer, offset, length);
                    if (read > 0) count(read);
                    return read;
                }

                private void count(long bytes) throws ArchiveTooLargeException {
                    inflated += bytes;
                    if (declared >= 0 && inflated > declared) {
                        throw new ArchiveTooLargeException("zip entry " + entry.getName() + " inflates past the "
                                + Sizes.human(declared) + " its header declares");
                    }
                    InflationBudget.this.count(bytes);
                }
            };
        }

        private void count(long bytes) throws ArchiveTooLargeException {
            total += bytes;
            if (total > maxTotal) {
                throw new ArchiveTooLargeException("zip inflates past " + Sizes.human(maxTotal)
                        + " in total (limit or compression ratio over " + limits.maxZipRatio() + ":1)");
            }
        }
    }
}
