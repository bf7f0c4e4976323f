package org.kliping.paper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract run as the {@code tesseract} program (decision 0018): an image file in, TSV words out. Each call
 * is its own process limited to one OpenMP thread, so two pages in parallel use both cores without the two
 * processes' thread pools fighting over them.
 */
public final class TesseractProgram implements OcrEngine {

    /** How to install it, named in every rejection for a missing engine or missing Indonesian data. */
    public static final String INSTALL = "install Tesseract with its Indonesian data: on Debian/Ubuntu "
            + "'sudo apt install tesseract-ocr tesseract-ocr-ind'; on macOS 'brew install tesseract tesseract-lang'; "
            + "on Windows the UB Mannheim installer (github.com/UB-Mannheim/tesseract/wiki) with 'Indonesian' "
            + "ticked under additional language data, then put its folder on PATH (or set KLIPING_TESSERACT to "
            + "tesseract.exe)";

    private static final Duration PROBE_LIMIT = Duration.ofSeconds(20);

    private final String program;
    private final List<String> languages;
    private volatile Probe probe;

    private record Probe(String version, List<String> installed, String problem) {
    }

    /** A system property naming the program; wins over {@code KLIPING_TESSERACT} (tests, a launcher script). */
    public static final String PROGRAM_PROPERTY = "kliping.tesseract";

    /**
     * The program named by {@link #PROGRAM_PROPERTY} or {@code KLIPING_TESSERACT}, else {@code tesseract} on the
     * PATH; Indonesian then English.
     */
    public static TesseractProgram fromEnvironment() {
        String configured = System.getProperty(PROGRAM_PROPERTY, System.getenv("KLIPING_TESSERACT"));
        return new TesseractProgram(configured == null || configured.isBlank() ? "tesseract" : configured,
                List.of("ind", "eng"));
    }

    public TesseractProgram(String program, List<String> languages) {
        this.program = program;
        this.languages = List.copyOf(languages);
    }

    @Override
    public String name() {
        Probe p = probe();
        return p.version() == null ? "tesseract" : "tesseract " + p.version();
    }

    /** The languages asked for that are installed (English is optional, Indonesian is not). */
    @Override
    public List<String> languages() {
        Probe p = probe();
        List<String> usable = languages.stream().filter(p.installed()::contains).toList();
        return usable.isEmpty() ? languages : usable;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.ofNullable(probe().problem());
    }

    private Probe probe() {
        Probe p = probe;
        if (p == null) {
            p = runProbe();
            probe = p;
        }
        return p;
    }

    private Probe runProbe() {
        String version;
        List<String> installed = new ArrayList<>();
        try {
            Run v = run(List.of(program, "--version"), PROBE_LIMIT);
            String first = (v.out + "\n" + v.err).strip().lines().findFirst().orElse("");
            version = first.toLowerCase(Locale.ROOT).startsWith("tesseract ") ? first.substring(10).strip() : "";
            Run langs = run(List.of(program, "--list-langs"), PROBE_LIMIT);
            (langs.out + "\n" + langs.err).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.contains(" ")).forEach(installed::add);
        } catch (PaperException e) {
            return new Probe(null, List.of(), "Tesseract OCR is not installed (no '" + program + "' program found): "
                    + INSTALL);
        }
        if (!installed.contains("ind")) {
            return new Probe(version, installed, "Tesseract's Indonesian language data (ind) is not installed: " + INSTALL);
        }
        return new Probe(version, installed, null);
    }

    @Override
    public List<OcrWord> recognise(BufferedImage page, Duration limit) {
        unavailableReason().ifPresent(reason -> {
            throw new PaperException(reason);
        });
        Path image = null;
        try {
            image = Files.createTempFile("kliping-page", ".png");
            if (!ImageIO.write(page, "png", image.toFile())) throw new PaperException("cannot write the page image");
            Run r = run(List.of(program, image.toString(), "stdout", "-l", String.join("+", languages()),
                    "--psm", "3", "tsv"), limit);
            if (r.exit != 0) throw new PaperException("Tesseract failed: " + r.err.strip());
            return TesseractTsv.parse(r.out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand a page image to Tesseract", e);
        } finally {
            if (image != null) image.toFile().delete();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> command, Duration limit) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new PaperException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                String took = limit.toMillis() >= 1000 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
                throw new PaperException("the page took longer than " + took + " to recognise (the limit per page)");
            }
            return new Run(process.exitValue(), out.get(), err.get());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("OCR interrupted");
        } catch (ExecutionException | IOException e) {
            process.destroyForcibly();
            throw new PaperException("cannot read Tesseract's output: " + e.getMessage(), e);
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
