package org.kliping.ui.shell;

import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kliping.capture.LoopbackServer;
import org.kliping.domain.Feed;
import org.kliping.ui.capture.CapturePreferences;
import org.kliping.ui.capture.ClipViewModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Capture in the real window, against pages and a feed served by a loopback server: no test reaches the internet. */
class CaptureWindowTest extends WindowTestSupport {

    private LoopbackServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new LoopbackServer();
        server.html("/berita/banjir", page("Banjir merendam rumah warga di Jakarta", "banjir", "Ciliwung"));
        server.html("/berita/debat", page("Debat calon gubernur digelar tiga kali", "debat", "Bandung"));
        server.html("/berita/gempa", page("Gempa mengguncang pesisir selatan Jawa", "gempa", "Cilacap"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void addFromUrlClipsAListAndSaysWhatCameOfEachAddress() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil("the Add from URL dialog is shown", () -> app.view().capture().addUrlDialog() != null);
        onFx(() -> ((TextArea) app.view().capture().addUrlDialog().getDialogPane().lookup("#clipAddresses")).setText(
                server.url("/berita/banjir") + "\n" + server.url("/hilang") + "\n" + server.url("/berita/debat")));
        robot.clickOn("#clipStart");
        waitUntil("the two pages are listed", () -> table().getItems().size() == 7);
        waitUntil("every address has its outcome", () -> !app.viewModel().capture().clips().runningProperty().get());
        List<ClipViewModel.UrlResult> results = fx(() -> List.copyOf(app.viewModel().capture().clips().results()));
        assertThat(results).extracting(ClipViewModel.UrlResult::outcome).containsExactly(ClipViewModel.Outcome.CLIPPED,
                ClipViewModel.Outcome.FAILED, ClipViewModel.Outcome.CLIPPED);
        assertThat(results.get(1).url()).isEqualTo(server.url("/hilang"));
        assertThat(results.get(1).message()).contains("404");
        assertThat(fx(() -> ((javafx.scene.control.Label) app.view().capture().addUrlDialog().getDialogPane()
                .lookup("#clipSummary")).getText())).isEqualTo("Clipped 2, already in the archive 0, failed 1");
    }

    @Test
    void addressesPastedOnTheListAreClipped() throws Exception {
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Baca ini: " + server.url("/berita/banjir") + ", dan " + server.url("/berita/gempa") + ".");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(table());
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil("both pages are listed", () -> table().getItems().size() == 7);
        assertThat(fx(() -> table().getItems().stream().map(i -> i.title()).toList()))
                .contains("Banjir merendam rumah warga di Jakarta", "Gempa mengguncang pesisir selatan Jawa");
        assertThat(server.requestsFor("/berita/debat")).isZero();
    }

    @Test
    void theFeedsSectionShowsUnreadCountsAndAClickListsTheFeedsArticles() throws Exception {
        server.serve("/rss", 200, "application/rss+xml", feed("/berita/banjir", "/berita/debat").getBytes(StandardCharsets.UTF_8));
        onFx(() -> app.viewModel().capture().feeds().add(server.url("/rss"), f -> app.view().capture().fetchFeeds(List.of(f.id()))));
        waitUntil("the feed's two articles are listed", () -> table().getItems().size() == 7);
        waitUntil("the feed shows two unread", () -> feedList().getItems().size() == 1
                && feedList().getItems().get(0).unread() == 2);
        assertThat(fx(() -> cellText(feedList()))).isEqualTo("Berita Contoh  (2)");

        robot.clickOn(".feed-list .list-cell");
        waitUntil("only the feed's articles are listed", () -> table().getItems().size() == 2);
        robot.clickOn((javafx.scene.Node) robot.lookup(".sidebar .tree-cell").match(n -> ((javafx.scene.control.TreeCell<?>) n)
                .getText() != null && ((javafx.scene.control.TreeCell<?>) n).getText().startsWith("All articles")).query());
        waitUntil("every article is listed again", () -> table().getItems().size() == 7);
        assertThat(fx(() -> feedList().getSelectionModel().getSelectedItem())).isNull();
    }

    @Test
    void feedsAreFetchedPeriodicallyInTheBackgroundWhileTheWindowStaysUsable() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(1);
        byte[] rss = feed("/berita/gempa").getBytes(StandardCharsets.UTF_8);
        server.serve("/rss", 200, "application/rss+xml", rss);
        onFx(() -> app.viewModel().capture().feeds().add(server.url("/rss"), f -> { }));
        waitUntil("the feed is followed", () -> feedList().getItems().size() == 1);
        server.route("/rss", ex -> { // the server holds the answer until the test has used the window
            asked.countDown();
            try {
                release.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackServer.send(ex, 200, "application/rss+xml", rss);
        });
        onFx(() -> app.view().capture().fetchEvery(Duration.ofMillis(300)));
        assertThat(asked.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the timer fetched the feed").isTrue();
        robot.clickOn(searchField()).write("banjir");
        waitUntil("the search field took the typing while the fetch waits", () -> "banjir".equals(searchField().getText()));
        assertThat(fx(() -> app.viewModel().capture().feeds().fetchingProperty().get())).isTrue();
        release.countDown();
        waitUntil("the feed's article is stored", () -> app.viewModel().capture().feeds().feeds().get(0).articles() == 1);
        waitUntil("the timer fetched again", () -> server.requestsFor("/rss") >= 3);
        onFx(() -> app.view().capture().fetchEvery(null));
    }

    @Test
    void theInboxFolderChosenInThePreferencesIsImportedWhileTheWindowIsOpen() throws Exception {
        Path inbox = Files.createDirectories(archiveDir.resolveSibling(archiveDir.getFileName() + "-inbox"));
        onFx(() -> {
            app.view().context().preferences().put(CapturePreferences.INBOX_FOLDER, inbox.toString());
            app.view().capture().applyPreferences();
        });
        Files.writeString(inbox.resolve("gempa.html"), page("Gempa mengguncang pesisir selatan Jawa", "gempa", "Cilacap"));
        Files.writeString(inbox.resolve("catatan.xyz"), "bukan artikel");
        waitUntil("the saved page is listed", () -> table().getItems().size() == 6);
        waitUntil("the files are moved away", () -> Files.exists(inbox.resolve("imported/gempa.html"))
                && Files.exists(inbox.resolve("rejected/catatan.xyz")));
        onFx(() -> app.view().capture().watchInbox(null));
    }

    @Test
    void anInboxFolderThatIsNotThereIsToldAndNotWatched() throws Exception {
        Path gone = archiveDir.resolveSibling(archiveDir.getFileName() + "-tidak-ada");
        onFx(() -> app.view().capture().watchInbox(gone));
        waitUntil("the error is shown", () -> robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().contains(gone.toString())).tryQuery().isPresent());
        assertThat(fx(() -> app.viewModel().capture().inbox().folderProperty().get())).isNull();
    }

    @SuppressWarnings("unchecked")
    private ListView<Feed> feedList() {
        return (ListView<Feed>) app.view().root.lookup("#feedList");
    }

    private static String cellText(ListView<Feed> list) {
        return list.lookupAll(".list-cell").stream().map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .filter(t -> t != null && !t.isEmpty()).findFirst().orElse("");
    }

    private String feed(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String p : paths) {
            items.append("<item><title>").append(p).append("</title><link>").append(server.url(p))
                    .append("</link><guid>").append(p).append("</guid></item>");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Berita Contoh</title><link>%s</link><description>Berita</description>
                %s</channel></rss>""".formatted(server.url("/"), items);
    }

    private static String page(String title, String word, String place) {
        return """
                <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>%1$s - Berita Contoh</title>
                <meta property="og:site_name" content="Berita Contoh"></head>
                <body><nav><a href="/">Beranda</a></nav><article><h1>%1$s</h1>
                <p>%3$s - Warga %3$s membicarakan %2$s sejak pagi hari, dan petugas daerah datang ke lokasi untuk memeriksa keadaan.</p>
                <p>Kepala daerah mengatakan %2$s itu menjadi perhatian utama pemerintah setempat dalam beberapa hari ke depan.</p>
                <p>Warga diminta tetap tenang dan mengikuti petunjuk petugas yang berjaga di sekitar %3$s sampai keadaan pulih.</p>
                </article><footer><p>Hak cipta Berita Contoh.</p></footer></body></html>""".formatted(title, word, place);
    }
}
