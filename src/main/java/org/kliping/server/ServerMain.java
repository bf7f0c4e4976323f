package org.kliping.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.kliping.server.db.ServerDatabase;
import org.kliping.server.db.TeamStore;
import org.kliping.server.db.TeamUser;
import org.kliping.server.index.IndexFollower;
import org.kliping.server.index.SolrArchiveIndex;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code kliping server ...}: the team server's commands (README "Team archive").
 * <pre>
 * server --demo DIR [--port N] [--json]      PostgreSQL + three Solr nodes in DIR; prints URL and admin token
 * server --config FILE [--json]              on an external PostgreSQL and SolrCloud
 * server user add NAME --role R (--demo DIR | --config FILE)   prints the new user's token
 * server reindex (--demo DIR | --config FILE)                  rebuilds the index from PostgreSQL
 * </pre>
 */
public final class ServerMain {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int UNAVAILABLE = 3;

    private ServerMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static final String USAGE_TEXT = """
            usage: kliping server --demo DIR [--port N] [--json]
                   kliping server --config FILE [--json]
                   kliping server user add NAME --role admin|editor|reader (--demo DIR | --config FILE)
                   kliping server reindex (--demo DIR | --config FILE)""";

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("server") && i == 0) continue;
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE_TEXT);
                return OK;
            } else if (a.startsWith("--")) {
                String name = a.contains("=") ? a.substring(2, a.indexOf('=')) : a.substring(2);
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : null;
                if (value == null) {
                    err.println("kliping server: " + a + " needs a value\n" + USAGE_TEXT);
                    return USAGE;
                }
                options.put(name, value);
            } else {
                positional.add(a);
            }
        }
        try {
            if (positional.isEmpty()) return serve(options, json, out, err);
            if (positional.size() == 3 && positional.get(0).equals("user") && positional.get(1).equals("add")) {
                return userAdd(positional.get(2), options, json, out, err);
            }
            if (positional.size() == 1 && positional.get(0).equals("reindex")) return reindex(options, out, err);
            err.println("kliping server: unknown command " + positional + "\n" + USAGE_TEXT);
            return USAGE;
        } catch (IllegalArgumentException e) {
            err.println("kliping server: " + e.getMessage());
            return USAGE;
        } catch (Exception e) {
            err.println("kliping server: " + e.getMessage());
            return UNAVAILABLE;
        }
    }

    private static int serve(Map<String, String> options, boolean json, PrintStream out, PrintStream err) throws Exception {
        TeamServer server;
        if (options.containsKey("demo")) {
            int port = Integer.parseInt(options.getOrDefault("port", "0"));
            server = TeamServer.demo(Path.of(options.get("demo")), port);
        } else if (options.containsKey("config")) {
            server = TeamServer.external(ServerConfig.read(Path.of(options.get("config"))));
        } else {
            err.println("kliping server: give --demo DIR or --config FILE\n" + USAGE_TEXT);
            return USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "kliping-server-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        String token = server.adminToken();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("url", server.url());
            o.put("token", token);
            out.println(new ObjectMapper().writeValueAsString(o));
        } else {
            out.println("Kliping server at " + server.url());
            out.println(token != null ? "admin token: " + token : "admin token: as printed at the first start");
            out.println("try: KLIPING_SERVER=" + server.url() + " KLIPING_TOKEN=<token> kliping search bebas");
            out.println("Ctrl+C stops the server" + (server.cluster() != null ? ", its PostgreSQL and its Solr nodes" : ""));
        }
        out.flush();
        stopped.await();
        return OK;
    }

    private static ServerConfig configOf(Map<String, String> options) {
        if (options.containsKey("config")) return ServerConfig.read(Path.of(options.get("config")));
        if (options.containsKey("demo")) {
            Path file = Path.of(options.get("demo")).resolve("server.properties");
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("no demo at " + options.get("demo") + " (start it with kliping server --demo DIR)");
            }
            return ServerConfig.read(file);
        }
        throw new IllegalArgumentException("give --demo DIR (of a running demo) or --config FILE");
    }

    private static int userAdd(String name, Map<String, String> options, boolean json, PrintStream out, PrintStream err)
            throws Exception {
        String role = options.get("role");
        if (role == null) {
            err.println("kliping server user add: give --role admin|editor|reader");
            return USAGE;
        }
        ServerConfig config = configOf(options);
        try (ServerDatabase db = new ServerDatabase(config.postgresUrl(), config.postgresUser(), config.postgresPassword(), 1)) {
            db.migrate();
            String token = new TeamStore(db).addUser(name, role, new TeamUser(0, "server", "admin"));
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("name", name);
                o.put("role", role);
                o.put("token", token);
                out.println(new ObjectMapper().writeValueAsString(o));
            } else {
                out.println(token);
            }
            return OK;
        }
    }

    private static int reindex(Map<String, String> options, PrintStream out, PrintStream err) {
        ServerConfig config = configOf(options);
        try (ServerDatabase db = new ServerDatabase(config.postgresUrl(), config.postgresUser(), config.postgresPassword(), 2);
             SolrArchiveIndex index = SolrArchiveIndex.connect(config.solrUrls(), config.collection())) {
            db.migrate();
            index.ensureCollection(config.replicas());
            long n = new IndexFollower(new TeamStore(db), index).rebuild();
            out.println(n + " articles indexed from PostgreSQL");
            return OK;
        }
    }
}
