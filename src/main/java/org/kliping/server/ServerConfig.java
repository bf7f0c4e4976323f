package org.kliping.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Where a team server finds its PostgreSQL and search cluster and where it listens: a properties file
 * ({@code docs/kliping-server.sample.properties}); {@code --demo} writes one for the demo it started
 * ({@code DIR/server.properties}), so {@code server user add} and {@code server reindex} reach the same.
 */
public record ServerConfig(String httpHost, int httpPort, String postgresUrl, String postgresUser, String postgresPassword,
                           List<String> solrUrls, String collection, int replicas) {

    public static ServerConfig read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the server configuration " + file + ": " + e.getMessage(), e);
        }
        String pg = required(p, "postgres.url", file);
        String solr = required(p, "solr.urls", file);
        try {
            return new ServerConfig(p.getProperty("http.host", "127.0.0.1"), Integer.parseInt(p.getProperty("http.port", "8080")),
                    pg, p.getProperty("postgres.user", "kliping"), p.getProperty("postgres.password", ""),
                    Arrays.stream(solr.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    p.getProperty("solr.collection", "kliping"), Integer.parseInt(p.getProperty("solr.replicas", "3")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": http.port and solr.replicas must be numbers (" + e.getMessage() + ")");
        }
    }

    private static String required(Properties p, String key, Path file) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) throw new IllegalArgumentException(file + " has no " + key);
        return v.strip();
    }

    public void write(Path file) throws IOException {
        String text = "# written by kliping server --demo: the demo's own PostgreSQL and Solr nodes (while it runs)\n"
                + "http.host=" + httpHost + "\nhttp.port=" + httpPort + "\npostgres.url=" + postgresUrl
                + "\npostgres.user=" + postgresUser + "\npostgres.password=" + postgresPassword
                + "\nsolr.urls=" + String.join(",", solrUrls) + "\nsolr.collection=" + collection
                + "\nsolr.replicas=" + replicas + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
