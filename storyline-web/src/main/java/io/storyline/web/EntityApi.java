package io.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.storyline.core.DidYouMean;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/entities}: listing, details and the analyst's corrections (merge, split, rename). */
final class EntityApi {
  private final Services services;
  private final WebConfig config;

  EntityApi(Services services, WebConfig config) {
    this.services = services;
    this.config = config;
  }

  List<Route> routes() {
    return List.of(
        Route.get("/api/entities", this::list),
        Route.get("/api/entities/{id}", this::get),
        Route.post("/api/entities/{id}/merge", this::merge),
        Route.post("/api/entities/{id}/split", this::split),
        Route.post("/api/entities/{id}/rename", this::rename));
  }

  private void list(Context ctx) {
    ctx.json(services.entities().list(Params.optional(ctx, "q"), Params.optional(ctx, "type"),
        Params.optional(ctx, "cursor"), Params.limit(ctx)));
  }

  private void get(Context ctx) {
    String id = Params.id(ctx, "entity");
    ctx.json(services.entities().get(id).orElseThrow(() -> ApiException.notFound("unknown entity '" + id + "'"
        + DidYouMean.hint(services.entities().similarIds(id)))));
  }

  /** Body {@code {"ids": ["other", ...]}}: merges those entities into this one. */
  private void merge(Context ctx) {
    String id = Params.id(ctx, "entity");
    List<String> others = strings(body(ctx), "ids");
    others.forEach(o -> Ids.check("entity", o));
    ctx.json(services.entities().merge(id, others));
  }

  /** Body {@code {"variants": ["name", ...], "name": "new entity"}}: moves those variants to a new entity. */
  private void split(Context ctx) {
    String id = Params.id(ctx, "entity");
    JsonNode body = body(ctx);
    ctx.json(services.entities().split(id, strings(body, "variants"), text(body, "name")));
  }

  /** Body {@code {"name": "new name"}}. */
  private void rename(Context ctx) {
    String id = Params.id(ctx, "entity");
    ctx.json(services.entities().rename(id, text(body(ctx), "name")));
  }

  private JsonNode body(Context ctx) {
    return Json.object(Params.body(ctx, config.maxJsonBytes()));
  }

  private static List<String> strings(JsonNode body, String field) {
    JsonNode arr = body.get(field);
    if (arr == null || !arr.isArray() || arr.isEmpty()) {
      throw ApiException.badRequest("'" + field + "' must be a non-empty array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : arr) {
      if (!n.isTextual() || n.asText().isBlank()) {
        throw ApiException.badRequest("'" + field + "' must hold non-blank strings, found " + n);
      }
      out.add(n.asText().strip());
    }
    return out;
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || !n.isTextual() || n.asText().isBlank() || n.asText().length() > 200) {
      throw ApiException.badRequest("'" + field + "' must be a non-blank string of at most 200 characters");
    }
    return n.asText().strip();
  }
}
