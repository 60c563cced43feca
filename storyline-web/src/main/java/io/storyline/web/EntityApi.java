package io.storyline.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.storyline.core.DidYouMean;
import java.util.List;

/** {@code /api/entities}: listing, details and the analyst's corrections (merge, split, rename, retype). */
final class EntityApi {
  private final Services services;
  private final WebConfig config;
  private final ArticleRefs articles;

  EntityApi(Services services, WebConfig config) {
    this.services = services;
    this.config = config;
    this.articles = new ArticleRefs(services.articles());
  }

  List<Route> routes() {
    return List.of(
        Route.get("/api/entities", this::list),
        Route.get("/api/entities/{id}", this::get),
        Route.post("/api/entities/{id}/merge", this::merge),
        Route.post("/api/entities/{id}/split", this::split),
        Route.post("/api/entities/{id}/rename", this::rename),
        Route.post("/api/entities/{id}/retype", this::retype));
  }

  private void list(Context ctx) {
    ctx.json(services.entities().list(Params.optional(ctx, "q"), Params.optional(ctx, "type"),
        Params.optional(ctx, "cursor"), Params.limit(ctx)));
  }

  /** The entity's details, with the sampled articles named by title ({@code articles}, by id) beside their ids. */
  private void get(Context ctx) {
    String id = Params.id(ctx, "entity");
    EntityDirectory.EntityDetail detail = services.entities().get(id).orElseThrow(() -> ApiException.notFound(
        "unknown entity '" + id + "'" + DidYouMean.hint(services.entities().similarIds(id))));
    ObjectNode page = Json.MAPPER.valueToTree(detail);
    page.set("articles", Json.MAPPER.valueToTree(articles.of(detail.articleIds())));
    ctx.json(page);
  }

  /** Body {@code {"ids": ["other", ...]}}: merges those entities into this one. */
  private void merge(Context ctx) {
    String id = Params.id(ctx, "entity");
    List<String> others = body(ctx).strings("ids");
    others.forEach(o -> Ids.check("entity", o));
    ctx.json(services.entities().merge(id, others));
  }

  /** Body {@code {"variants": ["name", ...], "name": "new entity"}}: moves those variants to a new entity. */
  private void split(Context ctx) {
    String id = Params.id(ctx, "entity");
    JsonBody body = body(ctx);
    ctx.json(services.entities().split(id, body.strings("variants"), body.optionalText("name")));
  }

  /** Body {@code {"name": "new name"}}. */
  private void rename(Context ctx) {
    String id = Params.id(ctx, "entity");
    ctx.json(services.entities().rename(id, body(ctx).text("name")));
  }

  /** Body {@code {"type": "PERSON"}}: one of the entity types, any case. */
  private void retype(Context ctx) {
    String id = Params.id(ctx, "entity");
    ctx.json(services.entities().retype(id, body(ctx).text("type")));
  }

  private JsonBody body(Context ctx) {
    return JsonBody.of(ctx, config.maxJsonBytes());
  }
}
