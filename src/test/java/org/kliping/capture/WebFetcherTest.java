package org.kliping.capture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebFetcherTest {

    private LoopbackServer server;
    private final WebFetcher fetcher = new WebFetcher(new WebFetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(2), 4096, 5));

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fetchesAPageWithWhatTheServerSaidAndNamesKlipingInTheUserAgent() {
        server.serve("/berita", 200, "text/html; charset=windows-1252", utf8("<html><body>Halo</body></html>"));
        WebPage page = fetcher.fetch(server.url("/berita"));
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.charset()).hasToString("windows-1252");
        assertThat(page.isHtml()).isTrue();
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Halo");
        assertThat(page.finalUrl()).hasToString(server.url("/berita"));
        assertThat(server.requests().get(0).headers().getFirst("User-Agent")).startsWith("Kliping/").doesNotContain("${");
    }

    @Test
    void followsUpToFiveRedirectsAndRefusesASixth() {
        server.html("/end", "<p>akhir</p>");
        for (int i = 0; i < 6; i++) server.redirect("/r" + i, i % 2 == 0 ? 301 : 302, "/r" + (i + 1));
        server.redirect("/r6", 307, server.url("/end"));
        WebPage page = fetcher.fetch(server.url("/r2")); // r2 .. r6: five redirects
        assertThat(page.finalUrl()).hasToString(server.url("/end"));
        assertThat(page.requested()).hasToString(server.url("/r2"));
        assertThatThrownBy(() -> fetcher.fetch(server.url("/r1")))
                .isInstanceOf(CaptureException.class).hasMessageContaining(server.url("/r1")).hasMessageContaining("too many redirects");
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        server.redirect("/to-file", 302, "file:///etc/passwd");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/to-file"))).hasMessageContaining("only http and https");
    }

    @Test
    void decompressesGzip() throws IOException {
        server.gzip("/gz", "text/html", utf8("<html><body><p>dikompres</p></body></html>"));
        assertThat(new String(fetcher.fetch(server.url("/gz")).body(), StandardCharsets.UTF_8)).contains("dikompres");
        assertThat(server.requests().get(0).headers().getFirst("Accept-Encoding")).contains("gzip");
    }

    @Test
    void namesTheStatusOfAFailedAnswer() {
        server.serve("/error", 500, "text/html", utf8("oops"));
        assertThatThrownBy(() -> fetcher.fetch(server.url("/missing")))
                .hasMessage(server.url("/missing") + ": the server answered 404 Not Found");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/error")))
                .hasMessage(server.url("/error") + ": the server answered 500 Internal Server Error");
    }

    @Test
    void refusesBodiesOverTheLimitWhetherDeclaredStreamedOrCompressed() throws IOException {
        byte[] big = new byte[10_000];
        java.util.Arrays.fill(big, (byte) 'a');
        server.serve("/declared", 200, "text/html", big);
        server.route("/streamed", ex -> { // chunked: no Content-Length
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 10; i++) out.write(big, 0, 1000);
            } catch (IOException clientGaveUp) {
                // the client stops reading once it is over the limit
            }
        });
        server.gzip("/bomb", "text/html", big);
        for (String path : List.of("/declared", "/streamed", "/bomb")) {
            assertThatThrownBy(() -> fetcher.fetch(server.url(path))).hasMessageContaining("too large");
        }
    }

    @Test
    void givesUpOnASlowAnswerAtTheDeadline() {
        server.route("/slow", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(utf8("<p>sedikit</p>"));
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                // the client gave up
            }
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(server.url("/slow"))).hasMessageContaining("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void saysWhenTheConnectionIsRefused() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/";
        assertThatThrownBy(() -> fetcher.fetch(url)).hasMessage(url + ": connection refused by 127.0.0.1:" + port);
    }

    @Test
    void saysWhenTheNameIsNotFound() {
        // what the JDK client throws for a name that does not resolve (no lookup is made here)
        Throwable thrown = new java.net.ConnectException();
        thrown.initCause(new UnresolvedAddressException());
        CaptureException e = fetcher.failure("http://tidak-ada.invalid/", URI.create("http://tidak-ada.invalid/"), thrown);
        assertThat(e.getMessage()).isEqualTo("http://tidak-ada.invalid/: name not found: tidak-ada.invalid");
    }

    @Test
    void acceptsOnlyHttpAndHttps() {
        assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/a")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> fetcher.fetch("kompas.com/berita")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> fetcher.fetch("http://exa mple.org/")).hasMessageContaining("not a valid web address");
    }

    @Test
    void asksConditionallyAndHearsNotModified() {
        server.route("/feed", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Mon, 07 Dec 2026 10:00:00 GMT");
            LoopbackServer.send(ex, 200, "application/rss+xml", utf8("<rss/>"));
        });
        WebPage first = fetcher.fetch(server.url("/feed"));
        assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Mon, 07 Dec 2026 10:00:00 GMT"));
        WebPage second = fetcher.fetch(server.url("/feed"), first.validators());
        assertThat(second.notModified()).isTrue();
        assertThat(server.requests().get(1).headers().getFirst("If-Modified-Since")).isEqualTo("Mon, 07 Dec 2026 10:00:00 GMT");
    }

    @Test
    void sendsOneRequestAtATimeToAHost() throws Exception {
        server.route("/pelan", ex -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackServer.send(ex, 200, "text/html", utf8("<p>ok</p>"));
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<WebPage>> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) all.add(pool.submit(() -> fetcher.fetch(server.url("/pelan"))));
            for (Future<WebPage> f : all) assertThat(f.get().body()).isNotEmpty();
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.requestsFor("/pelan")).isEqualTo(4);
        assertThat(server.mostAtOnce()).isEqualTo(1);
    }
}
