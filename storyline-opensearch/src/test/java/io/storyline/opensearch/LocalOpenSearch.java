package io.storyline.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real one-node OpenSearch on loopback, started as a local process from the class path that the module
 * storyline-opensearch-node copies from Maven artifacts (its {@code target/lib}), with this JVM's java.
 * It stops when closed, and with this JVM: it reads its input, which ends when the parent goes.
 *
 * <pre>{@code
 * try (LocalOpenSearch node = LocalOpenSearch.start(tempDir)) { ClusterAddress at = node.address(); ... }
 * }</pre>
 */
public final class LocalOpenSearch implements AutoCloseable {
  private static final long START_SECONDS = 180;
  private final Process process;
  private final ClusterAddress address;

  private LocalOpenSearch(Process process, int port) {
    this.process = process;
    this.address = ClusterAddress.parse("opensearch://127.0.0.1:" + port);
  }

  public static LocalOpenSearch start(Path home) {
    Path target = nodeTarget();
    int port = freePort();
    List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xms512m", "-Xmx1g",
        "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
        "-cp", target.resolve("lib") + "/*" + java.io.File.pathSeparator + target.resolve("classes"),
        "io.storyline.opensearch.node.LocalNode", home.toString(), String.valueOf(port));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      Deque<String> tail = new ArrayDeque<>();
      CompletableFuture<Boolean> started = CompletableFuture.supplyAsync(() -> awaitStarted(p, tail));
      boolean ok;
      try {
        ok = started.get(START_SECONDS, TimeUnit.SECONDS);
      } catch (Exception e) {
        ok = false;
      }
      if (!ok) {
        p.destroyForcibly();
        throw new IllegalStateException("the OpenSearch node did not start within " + START_SECONDS + " s: "
            + String.join("\n", tail));
      }
      return new LocalOpenSearch(p, port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the OpenSearch node: " + command, e);
    }
  }

  public ClusterAddress address() {
    return address;
  }

  /** CPU time the node's process has used so far. */
  public long cpuNanos() {
    return process.toHandle().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close(); // the node stops when its input ends
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException | InterruptedException e) {
      process.destroyForcibly();
    }
  }

  /** Reads the node's output until "started", keeping the last lines for an error; then drains it. */
  private static boolean awaitStarted(Process p, Deque<String> tail) {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals("started")) {
          Thread drain = new Thread(() -> {
            try {
              while (out.readLine() != null) {
                // the node's log: not needed once it runs
              }
            } catch (IOException ignored) {
              // the node stopped
            }
          }, "opensearch-node-output");
          drain.setDaemon(true);
          drain.start();
          return true;
        }
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > 40) {
            tail.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  /** storyline-opensearch-node/target, found from where its LocalNode class is on this class path. */
  private static Path nodeTarget() {
    URL url = LocalOpenSearch.class.getClassLoader().getResource("io/storyline/opensearch/node/LocalNode.class");
    if (url == null) {
      throw new IllegalStateException("storyline-opensearch-node is not on the test class path; build it first"
          + " (./mvnw -pl storyline-opensearch -am install -DskipTests)");
    }
    try {
      Path path = "jar".equals(url.getProtocol())
          ? Path.of(new URL(url.getPath().substring(0, url.getPath().indexOf('!'))).toURI())
          : Path.of(url.toURI()).getParent().getParent().getParent().getParent().getParent();
      Path target = path.getParent(); // target/classes -> target; target/x.jar -> target
      if (!Files.isDirectory(target.resolve("lib"))) {
        throw new IllegalStateException("no OpenSearch class path in " + target.resolve("lib")
            + "; build storyline-opensearch-node in this checkout (./mvnw -pl storyline-opensearch-node package)");
      }
      if (!Files.isDirectory(target.resolve("classes"))) {
        throw new IllegalStateException("no compiled LocalNode in " + target.resolve("classes"));
      }
      return target;
    } catch (URISyntaxException | java.net.MalformedURLException e) {
      throw new IllegalStateException("cannot locate storyline-opensearch-node from " + url, e);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
