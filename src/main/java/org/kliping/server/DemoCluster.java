package org.kliping.server;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SolrCloud of {@code nodes} Solr nodes and an embedded ZooKeeper in this JVM (Solr's own
 * {@link MiniSolrCloudCluster}), for {@code kliping server --demo} and the tests. Its folder is made anew at each
 * start: the index is derived, and is rebuilt from PostgreSQL.
 */
public final class DemoCluster implements AutoCloseable {
    private final MiniSolrCloudCluster cluster;

    private DemoCluster(MiniSolrCloudCluster cluster) {
        this.cluster = cluster;
    }

    public static DemoCluster start(Path folder, int nodes) throws Exception {
        deleteRecursively(folder);
        Files.createDirectories(folder);
        // quiet, small nodes: no metrics reporting of their own, loopback only
        System.setProperty("solr.log.muteconsole", "true");
        System.setProperty("jetty.host", System.getProperty("jetty.host", "127.0.0.1"));
        System.setProperty("host", System.getProperty("host", "127.0.0.1"));
        System.setProperty("solr.max.booleanClauses", "100000");
        return new DemoCluster(new MiniSolrCloudCluster(nodes, folder, JettyConfig.builder().setPort(0).build()));
    }

    public List<String> nodeUrls() {
        return cluster.getJettySolrRunners().stream().filter(JettySolrRunner::isRunning)
                .map(j -> j.getBaseUrl().toString()).toList();
    }

    public List<JettySolrRunner> nodes() {
        return cluster.getJettySolrRunners();
    }

    /** Stops one node (as a crash or an operator would), for the fault tests. */
    public void stopNode(int i) throws Exception {
        cluster.stopJettySolrRunner(i);
    }

    public void startNode(int i) throws Exception {
        cluster.startJettySolrRunner(cluster.getJettySolrRunner(i));
    }

    public void waitForActive(String collection, int replicas) {
        cluster.waitForActiveCollection(collection, 1, replicas);
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
