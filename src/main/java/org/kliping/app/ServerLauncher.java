package org.kliping.app;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kliping server ...}: the team server lives in the same build, but its libraries (PostgreSQL's driver, Solr)
 * are not on the desktop's class path nor in the installer (decision 0022). From the jar it runs in a second JVM
 * with {@code server-lib/} beside the jar added; from class folders (tests, {@code mvn exec}) it runs here.
 */
final class ServerLauncher {
    static final String MAIN = "org.kliping.server.ServerMain";
    static final String PROBE = "org.apache.solr.cloud.MiniSolrCloudCluster";

    private ServerLauncher() {
    }

    static int run(String[] args) {
        if (present(PROBE)) return org.kliping.server.ServerMain.run(args, System.out, System.err);
        Path jar = ownJar();
        Path serverLib = jar == null ? null : jar.getParent().resolve("server-lib");
        if (serverLib == null || !Files.isDirectory(serverLib)) {
            System.err.println("kliping server: this installation has no server part (no server-lib folder beside the jar); "
                    + "the team server runs from the build: mvn -B package, then java -jar target/kliping.jar server --help");
            return 2;
        }
        String sep = File.pathSeparator;
        String classPath = jar + sep + jar.getParent().resolve("lib") + File.separator + "*" + sep + serverLib + File.separator + "*";
        List<String> command = new ArrayList<>(List.of(ChildJvmLauncher.javaCommand(),
                // Solr's libraries bring a second logging provider: keep the desktop's silent one
                "-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider", "-cp", classPath, MAIN));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            // Ctrl+C reaches both JVMs; this one waits for the server to stop everything it started
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    p.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            return p.waitFor();
        } catch (IOException e) {
            System.err.println("kliping server: cannot start the server JVM: " + e.getMessage());
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 3;
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ServerLauncher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Path ownJar() {
        try {
            var source = ServerLauncher.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? path.toAbsolutePath() : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
