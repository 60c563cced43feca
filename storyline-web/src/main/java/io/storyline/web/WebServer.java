package io.storyline.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Storyline web server: the REST API under {@code /api} (described by {@code /api/openapi.json})
 * and the web UI at {@code /}, from one process.
 *
 * <p>Binds to loopback by default. Binding anywhere else needs a write token in {@link WebConfig};
 * write requests then carry {@code Authorization: Bearer <token>}. Errors are {@code {error, detail}}
 * with the matching status.
 *
 * <pre>{@code
 * WebServer server = new WebServer(Services.of(store, index), WebConfig.defaults());
 * int port = server.start(WebServer.LOOPBACK, 8080);   // 0 picks a free port
 * ...
 * server.stop();
 * }</pre>
 */
public final class WebServer {
  public static final String LOOPBACK = "127.0.0.1";
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final int MULTIPART_OVERHEAD = 64 * 1024;

  private final Services services;
  private final WebConfig config;
  private final StaticAssets assets = new StaticAssets();
  private Javalin app;
  private String host;

  public WebServer(Services services, WebConfig config) {
    this.services = Objects.requireNonNull(services, "services");
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Starts serving and returns the port.
   *
   * @param host the address to bind ({@link #LOOPBACK} unless the UI must be reachable from elsewhere)
   * @param port the port, or 0 for a free one
   * @throws IllegalStateException when {@code host} is not loopback and no token is configured, or
   *                               when the server is already running
   */
  public synchronized int start(String host, int port) {
    if (app != null) {
      throw new IllegalStateException("the web server is already running on " + uri());
    }
    boolean loopback = isLoopback(host);
    if (!loopback && config.token() == null) {
      throw new IllegalStateException("binding to " + host + " exposes the server beyond this machine: configure a"
          + " write token (WebConfig.withToken) or bind to " + LOOPBACK);
    }
    RequestGuard guard = new RequestGuard(config.token(), loopback);
    Javalin created = create();
    created.before(ctx -> {
      guard.headers(ctx);
      guard.checkHost(ctx);
      if (!"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name())) {
        guard.checkWrite(ctx);
      }
    });
    for (Route r : routes(guard)) {
      switch (r.method()) {
        case "GET" -> created.get(r.path(), r.handler());
        case "POST" -> created.post(r.path(), r.handler());
        default -> throw new IllegalStateException("route " + r.path() + " has method " + r.method() + "; valid: GET, POST");
      }
    }
    created.get("/", ctx -> assets.serve(ctx, "index.html"));
    created.get("/ui/<file>", ctx -> assets.serve(ctx, ctx.pathParam("file")));
    errors(created);
    created.start(host, port);
    this.app = created;
    this.host = host;
    return created.port();
  }

  /** Stops serving; does nothing when not running. The services stay open (their owner closes them). */
  public synchronized void stop() {
    if (app != null) {
      app.stop();
      app = null;
    }
  }

  /** The base URI while running, e.g. {@code http://127.0.0.1:8080/}. */
  public synchronized URI uri() {
    if (app == null) {
      throw new IllegalStateException("the web server is not running; call start first");
    }
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + app.port() + "/");
  }

  /** Every API route, in the order served; the OpenAPI document lists the same. */
  public List<Route> routes() {
    return routes(new RequestGuard(config.token(), true));
  }

  /** Bytes of the web UI's files: what a first visit downloads besides API answers. */
  public long pageWeight() {
    return assets.pageWeight();
  }

  private List<Route> routes(RequestGuard guard) {
    List<Route> all = new ArrayList<>();
    all.addAll(new SystemApi(services, guard).routes());
    all.addAll(new ArticleApi(services).routes());
    all.addAll(new SearchApi(services).routes());
    all.addAll(new EntityApi(services, config).routes());
    all.addAll(new StorylineApi(services, config).routes());
    all.addAll(new ExportApi(services).routes());
    all.addAll(new IngestApi(services, config).routes());
    all.addAll(new SourceApi(services, config).routes());
    return all;
  }

  private Javalin create() {
    return Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.startupWatcherEnabled = false;
      cfg.http.generateEtags = true;
      cfg.http.maxRequestSize = config.maxIngestBytes();
      cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      cfg.jetty.multipartConfig.maxFileSize(config.maxIngestBytes(), SizeUnit.BYTES);
      cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxIngestBytes() + MULTIPART_OVERHEAD, SizeUnit.BYTES);
      cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    });
  }

  private static void errors(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.error(), e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad-request", e.getMessage()));
    app.exception(NoSuchElementException.class, (e, ctx) -> error(ctx, 404, "not-found", e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getStatus() == 404 ? "not-found" : e.getStatus() == 413 ? "too-large" : "http-" + e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    });
  }

  private static void error(io.javalin.http.Context ctx, int status, String error, String detail) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("detail", detail == null ? error : detail);
    ctx.status(status).json(body);
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve the bind address '" + host + "'", e);
    }
  }
}
