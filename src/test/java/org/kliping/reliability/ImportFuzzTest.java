package org.kliping.reliability;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;
import org.kliping.service.ImportListener;
import org.kliping.service.ImportReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The importers fed seeded mutations of every sample format. Each file must be imported or rejected with
 * a reason within its timeout: no exception or error escapes, nothing hangs, and the archive stays
 * consistent. The seed is printed; a failing file is kept under target/fuzz-failures.
 */
class ImportFuzzTest {

    private static final Duration PER_FILE = Duration.ofSeconds(30);

    @TempDir
    Path work;

    /**
     * The seed with which the quick run found jsoup's quadratic tag names (a 4.4 MB tag name took 36 s). The quick
     * run keeps to it, so CI is repeatable and guards that case; the slow run explores new seeds.
     */
    static final long REGRESSION_SEED = 29786338584292L;

    @Test
    void mutatedFilesAreImportedOrRejectedWithAReason() throws Exception {
        fuzz(Long.getLong("kliping.fuzz.seed", REGRESSION_SEED), 80, Duration.ofSeconds(20));
    }

    @Test
    @Tag("slow")
    void mutatedFilesForFiveMinutes() throws Exception {
        fuzz(Long.getLong("kliping.fuzz.seed", System.nanoTime()), Integer.MAX_VALUE,
                Duration.ofSeconds(Long.getLong("kliping.fuzz.seconds", 300)));
    }

    private void fuzz(long seed, int maxFiles, Duration budget) throws Exception {
        System.out.println("ImportFuzzTest seed = " + seed + " (rerun with -Dkliping.fuzz.seed=" + seed + ")");
        Map<String, byte[]> samples = HostileSamples.write(work.resolve("samples"));
        List<String> names = new ArrayList<>(samples.keySet());
        Random pick = new Random(seed);
        ByteMutator mutator = new ByteMutator(seed);
        Path files = Files.createDirectories(work.resolve("mutated"));
        long deadline = System.nanoTime() + budget.toNanos();
        int n = 0;
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Archive archive = Archive.open(work.resolve("archive"), ProgressListener.NONE)) {
            while (n < maxFiles && System.nanoTime() < deadline) {
                String name = names.get(pick.nextInt(names.size()));
                StringBuilder what = new StringBuilder();
                Path file = files.resolve(n + "-" + name);
                Files.write(file, mutator.mutate(samples.get(name), what));
                importOne(archive, executor, file, seed, n + " " + what);
                Files.delete(file);
                n++;
            }
            var check = archive.services().check().check(false, ProgressListener.NONE);
            assertThat(check.problems()).as("seed %d", seed).isEmpty();
        } finally {
            executor.shutdownNow();
        }
        System.out.println("ImportFuzzTest: " + n + " mutated files");
        assertThat(n).isPositive();
    }

    private static void importOne(Archive archive, ExecutorService executor, Path file, long seed, String what) throws Exception {
        List<String> items = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void item(String location, Status status, long articleId, String message) {
                items.add(status + " " + location);
            }

            @Override
            public void progress(long done, long total, String message) {
            }
        };
        Future<ImportReport> run = executor.submit(() -> archive.services().imports().importPaths(List.of(file), listener));
        ImportReport report;
        try {
            report = run.get(PER_FILE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw keep(file, seed, what, "hung for more than " + PER_FILE, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw keep(file, seed, what, "threw " + e.getCause(), e.getCause());
        }
        if (items.isEmpty()) throw keep(file, seed, what, "was neither imported nor rejected", null);
        for (ImportReport.Problem p : report.rejected()) {
            if (p.error() == null || p.error().isBlank()) throw keep(file, seed, what, "rejected without a reason", null);
        }
    }

    private static AssertionError keep(Path file, long seed, String what, String problem, Throwable cause) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.copy(file, dir.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            // keeping the file is a convenience; the seed reproduces it
        }
        fail("seed " + seed + ", file " + file.getFileName() + " (" + what + ") " + problem, cause);
        return new AssertionError("unreachable");
    }
}
