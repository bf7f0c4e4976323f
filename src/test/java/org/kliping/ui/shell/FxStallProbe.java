package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;


import javafx.application.Platform;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Whether the window keeps its FX thread free on a large archive (issue 7). Not a test: run by hand on a
 * filled archive, on a display (Xvfb) or headless:
 * {@code mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.kliping.ui.FxStallProbe -Dexec.args=/tmp/ui2-100k}
 * <p>
 * A probe thread posts a {@code Platform.runLater} every 5 ms and records how late it runs: any work that
 * holds the FX thread shows as that much latency. The script scrolls the table (small steps and jumps deep
 * into the list), types queries letter by letter, clears them, and opens articles; each phase's worst and
 * 99th-percentile latency is printed.
 */
public final class FxStallProbe {

    private static final long PROBE_EVERY_MS = 5;
    private static final List<String> QUERIES = List.of("banjir jakarta", "presiden", "harga beras naik",
            "\"korea utara\"", "pemilu 2019");

    private final List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    private KlipingApp app;

    private FxStallProbe() {
    }

    public static void main(String[] args) throws Exception {
        new FxStallProbe().run(Path.of(args[0]));
        System.exit(0);
    }

    private void run(Path archive) throws Exception {
        // as the real launcher does: the archive starts opening before the toolkit (KLIPING_ARCHIVE must name it)
        boolean launcher = Boolean.getBoolean("probe.launcher");
        if (launcher) KlipingApp.openArchiveEarly();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        System.out.printf(Locale.ROOT, "toolkit started %d ms after JVM start%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        onFx(() -> {
            app = launcher ? new KlipingApp() : new KlipingApp(archive, UiLanguage.ENGLISH);
            Stage stage = new Stage();
            stage.setWidth(1280);
            stage.setHeight(800);
            app.start(stage);
        });
        System.out.printf(Locale.ROOT, "app.start returned %d ms after JVM start%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        waitFor("the list shows its first page", 600, () -> app.view() != null && !table().getItems().isEmpty()
                && !table().getItems().get(0).isPlaceholder());
        System.out.printf(Locale.ROOT, "%d articles listed, %d ms after this JVM started (window start-up when run"
                        + " with plain java, not under Maven)%n", read(() -> table().getItems().size()),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        if (!read(() -> searchField().getText()).isEmpty()) {
            // the window restored its last search (window.properties): the phases below measure the whole list
            int shown = read(() -> table().getItems().size());
            onFx(() -> searchField().setText(""));
            waitFor("the whole list after clearing the restored search", 60,
                    () -> table().getItems().size() > shown);
            System.out.printf(Locale.ROOT, "cleared the restored search: %d articles listed%n",
                    read(() -> table().getItems().size()));
        }
        if (Boolean.getBoolean("probe.startupOnly")) { // only the start-up time: close cleanly and stop here
            onFx(() -> app.stop());
            Thread.sleep(1500);
            return;
        }
        ScheduledExecutorService probe = startProbe();
        phase("idle (baseline)", () -> Thread.sleep(3000));
        phase("scroll by small steps", this::scrollSteps);
        phase("scroll by jumps", this::scrollJumps);
        phase("type queries", this::typeQueries);
        phase("open articles", this::openArticles);
        probe.shutdownNow();
        onFx(() -> app.stop()); // a clean close, so the next run opens without verifying the database
        Thread.sleep(1500);
    }

    /** When the FX thread is stuck, where: the top frames of its stack, counted (printed with -Dprobe.stacks). */
    private final java.util.Map<String, Integer> stuckAt = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long lastAnswered = System.nanoTime();
    private volatile Thread fxThread;

    private void sampleIfStuck() {
        if (fxThread == null || System.nanoTime() - lastAnswered < 50_000_000L) return;
        StackTraceElement[] stack = fxThread.getStackTrace();
        StringBuilder key = new StringBuilder();
        int shown = 0;
        for (StackTraceElement f : stack) {
            if (shown == 0 && !f.getClassName().startsWith("org.kliping") && key.length() > 0 && shown < 1) continue;
            key.append("\n    ").append(f);
            if (++shown == 14) break;
        }
        stuckAt.merge(key.toString(), 1, Integer::sum);
    }

    private void printStacks() {
        if (!Boolean.getBoolean("probe.stacks")) return;
        stuckAt.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.println(e.getValue() + " samples:" + e.getKey()));
        stuckAt.clear();
    }

    private ScheduledExecutorService startProbe() throws Exception {
        onFx(() -> fxThread = Thread.currentThread());
        ScheduledExecutorService probe = Executors.newScheduledThreadPool(2);
        probe.scheduleAtFixedRate(this::sampleIfStuck, 0, 10, TimeUnit.MILLISECONDS);
        probe.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                lastAnswered = System.nanoTime();
                latencies.add((lastAnswered - posted) / 1e6);
            });
        }, 0, PROBE_EVERY_MS, TimeUnit.MILLISECONDS);
        return probe;
    }

    private void phase(String name, ThrowingRunnable script) throws Exception {
        latencies.clear();
        long start = System.nanoTime();
        script.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] ms;
        synchronized (latencies) {
            ms = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
        long over100 = Arrays.stream(ms).filter(v -> v > 100).count();
        System.out.printf(Locale.ROOT, "%-22s %5.1f s  probes %5d  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  >100 ms: %d%n",
                name, seconds, ms.length, at(ms, 0.50), at(ms, 0.99), ms.length == 0 ? 0 : ms[ms.length - 1], over100);
        printStacks();
    }

    private void scrollSteps() throws Exception {
        for (int i = 0; i < 200; i++) {
            onFx(() -> scrollBar().increment());
            Thread.sleep(15);
        }
    }

    private void scrollJumps() throws Exception {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 40; i++) {
            double to = random.nextDouble();
            onFx(() -> {
                ScrollBar bar = scrollBar();
                bar.setValue(bar.getMin() + to * (bar.getMax() - bar.getMin()));
            });
            Thread.sleep(120);
        }
        waitFor("the rows at the last jump load", 60, () -> table().getItems().stream().limit(1).count() == 1);
    }

    private void typeQueries() throws Exception {
        for (String q : QUERIES) {
            for (int n = 1; n <= q.length(); n++) {
                String prefix = q.substring(0, n);
                onFx(() -> searchField().setText(prefix));
                Thread.sleep(70);
            }
            Thread.sleep(400);
            waitFor("results for " + q, 60, () -> app.viewModel().list().searchingProperty().get()
                    && !app.viewModel().list().loadingProperty().get());
            Thread.sleep(300);
        }
        onFx(() -> searchField().setText(""));
        waitFor("the full list again", 60, () -> !app.viewModel().list().searchingProperty().get()
                && !app.viewModel().list().loadingProperty().get());
    }

    private void openArticles() throws Exception {
        for (int i = 0; i < 30; i++) {
            int row = i;
            onFx(() -> {
                table().getSelectionModel().clearAndSelect(row);
                table().scrollTo(Math.max(0, row - 3));
            });
            Thread.sleep(150);
        }
    }

    private ScrollBar scrollBar() {
        return (ScrollBar) table().lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar b && b.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .findFirst().orElseThrow(() -> new IllegalStateException("the table has no vertical scroll bar"));
    }

    private static double at(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("the FX thread did not answer in 60 s");
    }

    private static <T> T read(java.util.concurrent.Callable<T> c) throws Exception {
        Object[] box = new Object[1];
        onFx(() -> {
            try {
                box[0] = c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked") T t = (T) box[0];
        return t;
    }

    private static void waitFor(String what, int seconds, BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (read(condition::getAsBoolean)) return;
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out waiting until " + what);
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.TableView<ArticleItem> table() {
        return (javafx.scene.control.TableView<ArticleItem>) app.view().root.lookup("#articleTable");
    }

    private javafx.scene.control.TextField searchField() {
        return (javafx.scene.control.TextField) app.view().root.lookup("#searchField");
    }
}
