package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The entry point of the import service: reads one file, whatever its format, and reports every article,
 * restored archive item or rejection to a sink. Bad content never throws: it becomes a
 * {@link ReadOutcome.Rejected} naming the location and what is wrong. Containers (JSONL, zip, JSON arrays)
 * are streamed; the size limit applies to each article in them.
 *
 * <p>An interrupted thread stops the read with a {@link CancellationException}, its interrupt flag kept.
 */
public final class ArticleReaders {
    private final ImportLimits limits;
    private final TextArticleParser text;
    private final HtmlArticleParser html;
    private final MarkdownArticleParser markdown;
    private final JsonArticleReader json;
    private final ZipArticleReader zip;
    private final PaperArticles paper;

    public ArticleReaders(ImportLimits limits) {
        this(limits, null);
    }

    /** @param archiveReader reads Kliping's own JSON export ({@code KlipingJson::read}); null refuses such files */
    public ArticleReaders(ImportLimits limits, ArchiveFormatReader archiveReader) {
        this(limits, archiveReader, CleaningRules.defaults());
    }

    public ArticleReaders(ImportLimits limits, ArchiveFormatReader archiveReader, CleaningRules rules) {
        this(limits, archiveReader, rules, null);
    }

    /** @param paper reads PDFs and page images (the paper package, wired by the service); null rejects them */
    public ArticleReaders(ImportLimits limits, ArchiveFormatReader archiveReader, CleaningRules rules, PaperReading paper) {
        this.limits = limits;
        ArticleAssembler assembler = new ArticleAssembler(rules);
        this.text = new TextArticleParser(rules);
        this.html = new HtmlArticleParser(assembler);
        this.markdown = new MarkdownArticleParser(assembler);
        this.json = new JsonArticleReader(limits, assembler, archiveReader);
        this.zip = new ZipArticleReader(limits, this);
        this.paper = new PaperArticles(assembler, paper);
    }

    /** Whether {@link #read} knows the file's extension; for folder walks. */
    public static boolean isSupported(Path file) {
        Path name = file.getFileName();
        return name != null && ArticleFormat.of(name.toString()).isPresent();
    }

    /** Whether the file is a PDF or a page image (slow to read: OCR); for reading several at once. */
    public static boolean isPaper(Path file) {
        Path name = file.getFileName();
        return name != null && ArticleFormat.of(name.toString()).filter(f -> f == ArticleFormat.PAPER).isPresent();
    }

    /** Why a folder walk passes over a file {@link #isSupported} refuses: its type, named. */
    public static String unsupportedReason(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        String type = dot <= 0 || dot == n.length() - 1 ? "a file without a type" : "." + n.substring(dot + 1) + " files";
        return "not a format Kliping reads (" + type + "; it reads " + SUPPORTED + ")";
    }

    private static final String SUPPORTED = ".txt, .html, .mhtml, .md, .json, .jsonl, .ndjson, .zip, .pdf, .png, .jpg, .jpeg, .tif, .tiff and .webp";

    public void read(Path file, Consumer<ReadOutcome> sink) {
        read(file, false, sink);
    }

    /** @param splitPages a PDF gives one article per page (an e-paper edition) instead of one per file */
    public void read(Path file, boolean splitPages, Consumer<ReadOutcome> sink) {
        Where where = Where.of(file);
        Optional<ArticleFormat> format = ArticleFormat.of(where.originName());
        if (format.isEmpty()) {
            sink.accept(new ReadOutcome.Rejected(where.location(), "unsupported file type (expected .txt, .html, "
                    + ".mhtml, .md, .json, .jsonl, .ndjson, .zip, .pdf, .png, .jpg, .jpeg, .tif, .tiff or .webp)"));
            return;
        }
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            // opening a FIFO blocks until a writer comes, and a device may never end: refused before it is opened
            sink.accept(new ReadOutcome.Rejected(where.location(),
                    "not a regular file (a FIFO, socket or device); refused, since reading it may never end"));
            return;
        }
        try {
            switch (format.get()) {
                case JSON -> json.readDocument(ByteSource.of(file), where, sink);
                case JSONL -> {
                    try (var in = Files.newInputStream(file)) {
                        json.readLines(in, where, sink);
                    }
                }
                case ZIP -> zip.read(file, where, sink);
                case PAPER -> readPaper(file, where, splitPages, sink);
                default -> readSingle(format.get(), file, where, sink);
            }
        } catch (ClosedByInterruptException interrupted) {
            throw cancelled(where);
        } catch (NoSuchFileException missing) {
            sink.accept(new ReadOutcome.Rejected(where.location(), "file not found"));
        } catch (IOException e) {
            sink.accept(new ReadOutcome.Rejected(where.location(), "cannot read file: " + e.getMessage()));
        }
    }

    private void readSingle(ArticleFormat format, Path file, Where where, Consumer<ReadOutcome> sink) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxArticleBytes()) {
            sink.accept(new ReadOutcome.Rejected(where.location(), Sizes.overLimit(size, limits.maxArticleBytes())));
            return;
        }
        sink.accept(readSingle(format, Files.readAllBytes(file), where));
    }

    private void readPaper(Path file, Where where, boolean splitPages, Consumer<ReadOutcome> sink) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            sink.accept(new ReadOutcome.Rejected(where.location(), "empty file"));
        } else if (size > limits.maxArticleBytes()) {
            sink.accept(new ReadOutcome.Rejected(where.location(), Sizes.overLimit(size, limits.maxArticleBytes())));
        } else {
            paper.read(Files.readAllBytes(file), where, splitPages, sink);
        }
    }

    /** One article from bytes already read (a file or a zip entry), or its rejection. */
    ReadOutcome readSingle(ArticleFormat format, byte[] bytes, Where where) {
        if (format == ArticleFormat.PAPER) {
            List<ReadOutcome> outcomes = new ArrayList<>();
            if (bytes.length == 0) return new ReadOutcome.Rejected(where.location(), "empty file");
            paper.read(bytes, where, false, outcomes::add);
            return outcomes.get(0);
        }
        try {
            if (bytes.length == 0) throw new UnreadableArticleException("empty file");
            if (bytes.length > limits.maxArticleBytes()) {
                throw new UnreadableArticleException(Sizes.overLimit(bytes.length, limits.maxArticleBytes()));
            }
            ArticleDraft draft = switch (format) {
                case TEXT -> text.parse(bytes, where);
                case HTML -> html.parse(bytes, where);
                case MHTML -> html.parseMhtml(bytes, where);
                case MARKDOWN -> markdown.parse(bytes, where);
                default -> throw new IllegalArgumentException("not a single-article format: " + format);
            };
            return new ReadOutcome.Parsed(where.location(), draft);
        } catch (UnreadableArticleException e) {
            return new ReadOutcome.Rejected(where.location(), e.reason());
        }
    }

    /**
     * A web page fetched from {@code url}: its bytes and the charset the server named (null when none; a BOM wins,
     * and bytes invalid in it are read by the page's {@code <meta>}). The article's URL is the canonical one the page
     * names (resolved against {@code url}), else {@code url}; the stored origin name is {@code url}. Like {@link #read}, bad content becomes a
     * {@link ReadOutcome.Rejected} naming the address.
     */
    public ReadOutcome readWebPage(byte[] bytes, String url, java.nio.charset.Charset charset) {
        Where where = new Where(url, url);
        try {
            if (bytes.length == 0) throw new UnreadableArticleException("empty page");
            if (bytes.length > limits.maxArticleBytes()) {
                throw new UnreadableArticleException(Sizes.overLimit(bytes.length, limits.maxArticleBytes()));
            }
            ArticleDraft draft = html.parse(bytes, where, url, charset);
            return new ReadOutcome.Parsed(url, draft.url() == null ? draft.withUrl(url) : draft);
        } catch (UnreadableArticleException e) {
            return new ReadOutcome.Rejected(url, e.reason());
        }
    }

    /**
     * The original of a stored article read again with today's readers (after an upgrade): a text, HTML or Markdown
     * file by its origin name, a clipped page (origin name an http(s) address) as a web page, its pages joined again.
     * Items of JSON, JSONL and zip files other than these keep their text: they are rejected with that reason.
     */
    public ReadOutcome readAgain(byte[] original, String originName) {
        String name = originName == null ? "" : originName;
        if (name.startsWith("http://") || name.startsWith("https://")) {
            List<ArticlePages.Page> pages = ArticlePages.split(original);
            List<ArticleDraft> drafts = new java.util.ArrayList<>();
            List<String> urls = new java.util.ArrayList<>();
            for (ArticlePages.Page page : pages) {
                String url = page.url() == null ? name : page.url();
                ReadOutcome read = readWebPage(page.bytes(), url, null);
                if (!(read instanceof ReadOutcome.Parsed parsed)) return read;
                drafts.add(parsed.draft());
                urls.add(url);
            }
            return new ReadOutcome.Parsed(name, ArticlePages.join(drafts, urls));
        }
        String entry = name.contains("!") ? name.substring(name.lastIndexOf('!') + 1) : name;
        Optional<ArticleFormat> format = ArticleFormat.of(entry.replaceAll(":\\d+$", ""));
        if (format.isEmpty() || !format.get().isSingleArticle() || entry.matches(".*:\\d+$")) {
            return new ReadOutcome.Rejected(name, "only pages, text, HTML and Markdown files can be read again");
        }
        return readSingle(format.get(), original, new Where(name, name));
    }

    /**
     * What reading a stored original gives today, as on import, to compare with the body stored from it: pages and
     * single files as {@link #readAgain} reads them, and JSON articles (a line of a {@code .jsonl}, an item of a
     * {@code .json} array, a {@code .json} object) read alone. Empty when the original is not read alone (paper, whose
     * text recognition is not repeatable; a zip or export as a whole) or no longer reads.
     */
    public Optional<ArticleDraft> readStoredOriginal(byte[] original, String originName) {
        String name = originName == null ? "" : originName;
        String entry = name.contains("!") ? name.substring(name.lastIndexOf('!') + 1) : name;
        ReadOutcome outcome;
        if (entry.matches("(?is).*\\.(jsonl|ndjson):\\d+") || entry.matches("(?is).*\\.json(\\[\\d+])?")) {
            outcome = json.readObject(original, new Where(name, name));
        } else {
            outcome = readAgain(original, name);
        }
        return outcome instanceof ReadOutcome.Parsed parsed ? Optional.of(parsed.draft()) : Optional.empty();
    }

    JsonArticleReader json() {
        return json;
    }

    static CancellationException cancelled(Where where) {
        Thread.currentThread().interrupt();
        return new CancellationException("reading " + where.location() + " was interrupted");
    }
}
