package io.storyline.web;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/sources}: the followed feeds, and adding, removing, pausing and resuming one. Each change
 * takes {@code {"url": "https://…"}} and answers the feed as it is after the change.
 */
final class SourceApi {
  private static final int LONGEST_URL = 2000;
  private final Services services;
  private final WebConfig config;

  SourceApi(Services services, WebConfig config) {
    this.services = services;
    this.config = config;
  }

  List<Route> routes() {
    return List.of(
        Route.get("/api/sources", this::list),
        Route.post("/api/sources", this::add),
        Route.post("/api/sources/remove", this::remove),
        Route.post("/api/sources/pause", ctx -> pause(ctx, true)),
        Route.post("/api/sources/resume", ctx -> pause(ctx, false)));
  }

  private SourceDirectory directory() {
    if (!services.sources().available()) {
      throw new ApiException(503, "unavailable", "sources are not configured on this server; use the command line: storyline sources");
    }
    return services.sources();
  }

  private void list(Context ctx) {
    SourceDirectory dir = directory();
    ctx.json(Map.of("watching", dir.watching(), "items", dir.list()));
  }

  private void add(Context ctx) {
    SourceDirectory dir = directory();
    String url = url(ctx);
    if (!dir.add(url)) {
      throw new ApiException(409, "already-followed", "the feed " + url + " is followed already");
    }
    ctx.status(201).json(find(dir, url));
  }

  private void remove(Context ctx) {
    SourceDirectory dir = directory();
    String url = url(ctx);
    if (!dir.remove(url)) {
      throw notFollowed(url);
    }
    ctx.json(Map.of("removed", url));
  }

  private void pause(Context ctx, boolean paused) {
    SourceDirectory dir = directory();
    String url = url(ctx);
    if (!dir.pause(url, paused)) {
      throw notFollowed(url);
    }
    ctx.json(find(dir, url));
  }

  private static ApiException notFollowed(String url) {
    return new ApiException(404, "not-followed", "the feed " + url + " is not followed; GET /api/sources lists the followed feeds");
  }

  private static SourceDirectory.Source find(SourceDirectory dir, String url) {
    return dir.list().stream().filter(s -> s.url().equals(url)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the feed " + url + " was added but is not listed"));
  }

  /** The body's {@code url}: an absolute http or https address with a host, at most 2,000 characters. */
  private String url(Context ctx) {
    String url = JsonBody.of(ctx, config.maxJsonBytes()).text("url", LONGEST_URL);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new ApiException(400, "invalid-url", "'" + url + "' is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new ApiException(400, "invalid-url", "'" + url + "' is not a feed address: the scheme must be http or https");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new ApiException(400, "invalid-url", "'" + url + "' names no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw new ApiException(400, "invalid-url", "'" + url + "' carries a user name or password; feeds are fetched without credentials");
    }
    return url;
  }
}
