package io.storyline.opensearch.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A one-node OpenSearch cluster on loopback, for tests and measurements on one machine: the server, the
 * Netty transport (HTTP) and the common analysers, from Maven artifacts, without security manager or
 * plugin directories. Not for production: run OpenSearch's own distribution there (docs/scale.md).
 *
 * <p>{@code java -cp 'target/lib/*:target/classes' io.storyline.opensearch.node.LocalNode HOME HTTP_PORT}
 * prints {@code started http://127.0.0.1:PORT} once the node answers, and stops when its input closes.
 */
public final class LocalNode extends Node {
  private LocalNode(Settings settings) {
    super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "storyline-test-node"),
        List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: LocalNode HOME_DIRECTORY HTTP_PORT");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(home.resolve("data"));
    Files.createDirectories(home.resolve("logs"));
    Settings settings = Settings.builder()
        .put("path.home", home.toString())
        .put("path.data", home.resolve("data").toString())
        .put("path.logs", home.resolve("logs").toString())
        .put("cluster.name", "storyline-local")
        .put("node.name", "storyline-local-node")
        .put("network.host", "127.0.0.1")
        .put("http.port", args[1])
        .put("transport.port", "0")
        .put("discovery.type", "single-node")
        .put("http.type", "netty4")
        .put("transport.type", "netty4")
        .put("cluster.routing.allocation.disk.threshold_enabled", false)
        .build();
    Node node = new LocalNode(settings).start();
    System.out.println("started");
    System.out.flush();
    // Stops when the parent closes our input (or dies): no node outlives the test that started it.
    while (System.in.read() >= 0) {
      // ignore input
    }
    node.close();
    node.awaitClose(30, java.util.concurrent.TimeUnit.SECONDS);
    System.exit(0);
  }
}
