package org.kliping.capture;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches web pages and feeds over HTTP(S) with the JDK's client: redirects followed here (at most
 * {@link Settings#maxRedirects}, http and https only), gzip and deflate, a connect timeout and a deadline for the whole
 * exchange, a size limit (checked on the header, while receiving and while decompressing), conditional requests, and one
 * request at a time per host. Every failure is a {@link CaptureException} naming the address and the reason.
 */
public final class WebFetcher {

    /**
     * @param connectTimeout time to open a connection
     * @param totalTimeout   time for everything, redirects and the body included
     * @param maxBytes       the largest body accepted, after decompression
     * @param maxRedirects   redirects followed for one request
     */
    public record Settings(Duration connectTimeout, Duration totalTimeout, long maxBytes, int maxRedirects) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(10), Duration.ofSeconds(60), 20L << 20, 5);
        }
    }

    /** Sent with every request, so a site's owner can see who asks (and block it by name if they wish). */
    public static final String USER_AGENT = "Kliping/" + Version.of() + " (news clipping archive; +https://github.com/kliping)";
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

    private final Settings settings;
    private final HttpClient client;
    private final HostGate gate = new HostGate();

    public WebFetcher() {
        this(Settings.defaults());
    }

    public WebFetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed here: counted, and only to http(s)
                .build();
    }

    public WebPage fetch(String url) {
        return fetch(url, Validators.NONE);
    }

    /** The page at {@code url}; with validators, a 304 answer gives a page with {@code notModified} set. */
    public WebPage fetch(String url, Validators validators) {
        URI start = parse(url);
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        URI current = start;
        for (int redirects = 0; ; redirects++) {
            final URI hop = current;
            HttpResponse<byte[]> response = gate.oneAtATime(hop.getHost(), () -> send(url, hop, validators, deadline));
            int status = response.statusCode();
            if (isRedirect(status)) {
                String location = response.headers().firstValue("location")
                        .orElseThrow(() -> new CaptureException(url, status + " redirect without a Location"));
                if (redirects >= settings.maxRedirects()) {
                    throw new CaptureException(url, "too many redirects (more than " + settings.maxRedirects() + ")");
                }
                current = redirectTarget(url, hop, location);
                continue;
            }
            if (status == 304) return new WebPage(start, hop, null, null, new byte[0], validators, true);
            if (status < 200 || status > 299) throw new CaptureException(url, Statuses.describe(status));
            String type = response.headers().firstValue("content-type").orElse(null);
            byte[] body = decompress(url, response.headers().firstValue("content-encoding").orElse(""), response.body());
            Validators next = new Validators(response.headers().firstValue("etag").orElse(null),
                    response.headers().firstValue("last-modified").orElse(null));
            return new WebPage(start, hop, mediaType(type), charsetOf(type), body, next, false);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** An absolute http(s) address, or the reason it is not one. */
    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new CaptureException(url, "not a valid web address (" + e.getReason() + ")");
        }
        checkScheme(url, uri);
        return uri;
    }

    private static void checkScheme(String url, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new CaptureException(url, "only http and https addresses can be fetched"
                    + (scheme.isEmpty() ? "" : " (not " + scheme + ")"));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) throw new CaptureException(url, "no host name in the address");
    }

    private static URI redirectTarget(String url, URI from, String location) {
        URI target;
        try {
            target = from.resolve(new URI(location.strip().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new CaptureException(url, "redirected to an invalid address: " + location);
        }
        checkScheme(url, target);
        return target;
    }

    private HttpResponse<byte[]> send(String url, URI uri, Validators validators, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw timeout(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(Duration.ofNanos(left))
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) request.header("If-None-Match", validators.etag());
        if (validators.lastModified() != null) request.header("If-Modified-Since", validators.lastModified());
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request.build(),
                info -> LimitedBody.forResponse(info, settings.maxBytes()));
        try {
            return exchange.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timeout(url);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("fetching " + url + " was interrupted");
        } catch (ExecutionException e) {
            throw failure(url, uri, e.getCause());
        }
    }

    private CaptureException timeout(String url) {
        return new CaptureException(url, "timeout: no complete answer within " + settings.totalTimeout().toSeconds() + " s");
    }

    /** The reason a user understands, from what the client threw. */
    CaptureException failure(String url, URI uri, Throwable error) {
        if (error instanceof LimitedBody.TooLarge) return new CaptureException(url, tooLarge());
        if (error instanceof HttpConnectTimeoutException) {
            return new CaptureException(url, "timeout: no connection within " + settings.connectTimeout().toSeconds() + " s", error);
        }
        if (error instanceof HttpTimeoutException) return timeout(url);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new CaptureException(url, "name not found: " + uri.getHost(), error);
            }
        }
        if (error instanceof ConnectException) return new CaptureException(url, "connection refused by " + uri.getAuthority(), error);
        if (error instanceof SSLException) return new CaptureException(url, "secure connection failed: " + error.getMessage(), error);
        return new CaptureException(url, "connection failed: " + (error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage()), error);
    }

    private String tooLarge() {
        return "too large: more than " + (settings.maxBytes() >> 20) + " MB";
    }

    private byte[] decompress(String url, String encoding, byte[] body) {
        String e = encoding.strip().toLowerCase(Locale.ROOT);
        if (e.isEmpty() || e.equals("identity")) return body;
        try (InputStream in = e.equals("gzip") || e.equals("x-gzip") ? new GZIPInputStream(new ByteArrayInputStream(body))
                : e.equals("deflate") ? new InflaterInputStream(new ByteArrayInputStream(body)) : null) {
            if (in == null) throw new CaptureException(url, "unsupported content encoding " + encoding);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(body.length * 4, 1 << 20));
            byte[] buffer = new byte[64 << 10];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > settings.maxBytes()) throw new CaptureException(url, tooLarge());
            }
            return out.toByteArray();
        } catch (IOException broken) {
            throw new CaptureException(url, "damaged " + e + " content: " + broken.getMessage(), broken);
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null) return null;
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    static Charset charsetOf(String contentType) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                try {
                    return Charset.forName(kv[1].strip().replace("\"", "").replace("'", ""));
                } catch (IllegalArgumentException unknown) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The version of this build, from the resource Maven fills in. */
    static final class Version {
        private Version() {
        }

        static String of() {
            try (InputStream in = WebFetcher.class.getResourceAsStream("version.properties")) {
                if (in == null) return "dev";
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String v = p.getProperty("version", "dev");
                return v.startsWith("${") ? "dev" : v;
            } catch (IOException e) {
                return "dev";
            }
        }
    }

    /** Reason phrases for the statuses a reader meets; others by number. */
    static final class Statuses {
        private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(400, "Bad Request"),
                Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
                Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"), Map.entry(451, "Unavailable For Legal Reasons"),
                Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
                Map.entry(504, "Gateway Timeout"));

        private Statuses() {
        }

        static String describe(int status) {
            String name = NAMES.get(status);
            return "the server answered " + status + (name == null ? "" : " " + name);
        }
    }
}
