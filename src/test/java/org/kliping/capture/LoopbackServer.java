package org.kliping.capture;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A web server on the loopback interface, started by a test, serving what the test put at each path (with its query):
 * pages, feeds, redirects, gzip, wrong charsets, slow and failing answers. It keeps each request's headers and the most
 * requests it served at once. No test reaches the internet.
 */
public final class LoopbackServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    public interface Route {
        void answer(HttpExchange exchange) throws IOException;
    }

    /** A request as the server saw it. */
    public record Request(String pathAndQuery, Headers headers) {
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(new Request(key, exchange.getRequestHeaders()));
        int now = inFlight.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try (exchange) {
            Route route = routes.get(key);
            if (route == null) send(exchange, 404, "text/html", "<h1>Not here</h1>".getBytes(StandardCharsets.UTF_8));
            else route.answer(exchange);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** The address of a path on this server ({@code /a?b=1}). */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    public LoopbackServer route(String pathAndQuery, Route route) {
        routes.put(pathAndQuery, route);
        return this;
    }

    /** Serves bytes with a status and content type (null: no Content-Type header). */
    public LoopbackServer serve(String pathAndQuery, int status, String contentType, byte[] body) {
        return route(pathAndQuery, ex -> send(ex, status, contentType, body));
    }

    public LoopbackServer html(String pathAndQuery, String html) {
        return serve(pathAndQuery, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public LoopbackServer redirect(String from, int status, String location) {
        return route(from, ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(status, -1);
        });
    }

    public LoopbackServer gzip(String pathAndQuery, String contentType, byte[] body) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            gz.write(body);
        }
        byte[] bytes = packed.toByteArray();
        return route(pathAndQuery, ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, contentType, bytes);
        });
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Requests made for one path (with its query). */
    public long requestsFor(String pathAndQuery) {
        return requests.stream().filter(r -> r.pathAndQuery().equals(pathAndQuery)).count();
    }

    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
