package io.storyline.ingest.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback for the tests: serves pages and feeds and injects faults. Counts
 * requests per path and keeps every request's headers.
 */
public final class LocalSite implements AutoCloseable {

  /** One request as the server saw it. */
  public record Seen(String path, Map<String, List<String>> headers, long nanos) {
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  private final HttpServer server;
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  public final List<Seen> requests = new CopyOnWriteArrayList<>();

  public LocalSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "local-site");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  /** The address of a path on this site, e.g. {@code http://127.0.0.1:40000/a}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** How many requests reached the path. */
  public int count(String path) {
    AtomicInteger n = counts.get(path);
    return n == null ? 0 : n.get();
  }

  /** Serves the handler at exactly this path (and counts and records each request). */
  public LocalSite on(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      String seen = exchange.getRequestURI().getPath();
      counts.computeIfAbsent(seen, k -> new AtomicInteger()).incrementAndGet();
      requests.add(new Seen(seen, Map.copyOf(exchange.getRequestHeaders()), System.nanoTime()));
      try {
        handler.handle(exchange);
      } catch (IOException e) {
        // the client hung up (a timeout or a size limit on its side): expected in fault tests
      } finally {
        exchange.close();
      }
    });
    return this;
  }

  /** Serves fixed content. */
  public LocalSite page(String path, String contentType, byte[] body) {
    return on(path, ex -> send(ex, 200, contentType, body));
  }

  public LocalSite page(String path, String contentType, String body, Charset charset) {
    return page(path, contentType, body.getBytes(charset));
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  public static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
