package org.kliping.server;

import org.kliping.server.db.LocalPostgres;
import org.kliping.server.db.ServerDatabase;
import org.kliping.server.db.TeamStore;
import org.kliping.server.db.TeamUser;
import org.kliping.server.http.ApiServer;
import org.kliping.server.index.SolrArchiveIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A running team server: PostgreSQL (migrated), the Solr collection (created when missing), the index follower and
 * the HTTP API. {@link #demo} also starts PostgreSQL and a three-node SolrCloud of its own in a folder.
 */
public final class TeamServer implements AutoCloseable {
    public static final int DEMO_NODES = 3;

    private final List<AutoCloseable> parts = new ArrayList<>();
    private TeamArchive archive;
    private ApiServer api;
    private String adminToken;
    private DemoCluster cluster;
    private LocalPostgres postgres;

    private TeamServer() {
    }

    /** The demo in {@code dir}: its own PostgreSQL ({@code dir/postgres}, kept) and three Solr nodes. */
    public static TeamServer demo(Path dir, int httpPort) throws Exception {
        TeamServer s = new TeamServer();
        try {
            Files.createDirectories(dir);
            s.postgres = LocalPostgres.start(dir.resolve("postgres"), 0);
            s.parts.add(s.postgres);
            s.cluster = DemoCluster.start(dir.resolve("solr"), DEMO_NODES);
            s.parts.add(s.cluster);
            ServerConfig config = new ServerConfig("127.0.0.1", httpPort, s.postgres.jdbcUrl(), LocalPostgres.USER, "",
                    s.cluster.nodeUrls(), "kliping", DEMO_NODES);
            s.open(config, true);
            Path adminFile = dir.resolve("admin.token");
            if (s.adminToken != null) {
                Files.writeString(adminFile, s.adminToken + "\n");
            } else if (Files.exists(adminFile)) {
                s.adminToken = Files.readString(adminFile).strip();
            }
            new ServerConfig("127.0.0.1", s.api.port(), config.postgresUrl(), config.postgresUser(), "",
                    config.solrUrls(), config.collection(), config.replicas()).write(dir.resolve("server.properties"));
            return s;
        } catch (Exception e) {
            s.close();
            throw e;
        }
    }

    /** A server on the PostgreSQL and cluster of a configuration file. */
    public static TeamServer external(ServerConfig config) throws Exception {
        TeamServer s = new TeamServer();
        try {
            s.open(config, false);
            return s;
        } catch (Exception e) {
            s.close();
            throw e;
        }
    }

    private void open(ServerConfig config, boolean rebuild) throws IOException {
        ServerDatabase db = new ServerDatabase(config.postgresUrl(), config.postgresUser(), config.postgresPassword(), 16);
        parts.add(db);
        db.awaitReady(60);
        db.migrate();
        TeamStore store = new TeamStore(db);
        if (store.users().isEmpty()) adminToken = store.addUser("admin", "admin", null);
        SolrArchiveIndex index = SolrArchiveIndex.connect(config.solrUrls(), config.collection());
        index.ensureCollection(config.replicas());
        if (cluster != null) cluster.waitForActive(config.collection(), config.replicas());
        archive = new TeamArchive(store, index);
        parts.add(archive);
        if (rebuild) archive.reindex();
        archive.start();
        api = new ApiServer(archive, config.httpHost(), config.httpPort(), 32);
        parts.add(api);
        api.start();
    }

    public String url() {
        return api.url();
    }

    /** The admin's token when this start created the admin (the demo keeps it in {@code DIR/admin.token}); else null. */
    public String adminToken() {
        return adminToken;
    }

    public TeamArchive archive() {
        return archive;
    }

    /** The demo's cluster (null for an external one). */
    public DemoCluster cluster() {
        return cluster;
    }

    /** The demo's PostgreSQL (null for an external one). */
    public LocalPostgres postgres() {
        return postgres;
    }

    /** A user added directly (the {@code server user add} command); returns the token. */
    public String addUser(String name, String role) {
        return archive.store().addUser(name, role, new TeamUser(0, "server", "admin"));
    }

    @Override
    public void close() {
        List<AutoCloseable> reversed = new ArrayList<>(parts);
        Collections.reverse(reversed);
        for (AutoCloseable p : reversed) {
            try {
                p.close();
            } catch (Exception ignored) {
                // closing everything that was started, in reverse order
            }
        }
        parts.clear();
    }
}
