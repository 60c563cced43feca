package io.storyline.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/health}, {@code /api/stats} and the OpenAPI document. */
final class SystemApi {
  private final Services services;
  private final RequestGuard guard;
  private final byte[] openApi = StaticAssets.load("openapi.json");

  SystemApi(Services services, RequestGuard guard) {
    this.services = services;
    this.guard = guard;
  }

  List<Route> routes() {
    return List.of(Route.get("/api/health", this::health), Route.get("/api/stats", this::stats),
        Route.get("/api/openapi.json", ctx -> StaticAssets.send(ctx, openApi, "openapi.json")));
  }

  private void health(Context ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "ok");
    out.put("writeNeedsToken", guard.writeNeedsToken());
    out.put("capabilities", Map.of("entities", services.entities().available(),
        "storylines", services.storylines().available(), "ingest", services.ingest().available(),
        "export", services.export().available(), "sources", services.sources().available()));
    ctx.json(out);
  }

  private void stats(Context ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("articles", services.articles().count());
    out.put("indexed", services.search().count());
    out.put("languages", services.search().languages());
    out.put("entities", services.entities().count());
    out.put("storylines", services.storylines().count());
    ctx.json(out);
  }
}
