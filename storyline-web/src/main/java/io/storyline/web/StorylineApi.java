package io.storyline.web;

import io.javalin.http.Context;
import java.util.List;

/** {@code /api/storylines} and {@code /api/events}: the overview, a storyline's timeline, event cards, corrections. */
final class StorylineApi {
  private final Services services;
  private final WebConfig config;

  StorylineApi(Services services, WebConfig config) {
    this.services = services;
    this.config = config;
  }

  List<Route> routes() {
    return List.of(
        Route.get("/api/storylines", this::storylines),
        Route.get("/api/storylines/{id}", this::storyline),
        Route.get("/api/storylines/{id}/timeline", this::timeline),
        Route.post("/api/storylines/{id}/merge", this::merge),
        Route.post("/api/storylines/{id}/split", this::split),
        Route.get("/api/events", this::events),
        Route.get("/api/events/{id}", this::event));
  }

  private void storylines(Context ctx) {
    ctx.json(services.storylines().storylines(Params.optional(ctx, "cursor"), Params.limit(ctx)));
  }

  private void storyline(Context ctx) {
    String id = Params.id(ctx, "storyline");
    ctx.json(services.storylines().storyline(id).orElseThrow(() -> ApiException.notFound("unknown storyline '" + id + "'")));
  }

  private void timeline(Context ctx) {
    String id = Params.id(ctx, "storyline");
    ctx.json(services.storylines().timeline(id).orElseThrow(() -> ApiException.notFound("unknown storyline '" + id + "'")));
  }

  /** Body {@code {"ids": ["other", ...]}}: merges those storylines into this one. */
  private void merge(Context ctx) {
    String id = Params.id(ctx, "storyline");
    List<String> others = JsonBody.of(ctx, config.maxJsonBytes()).strings("ids");
    others.forEach(o -> Ids.check("storyline", o));
    ctx.json(services.storylines().merge(id, others));
  }

  /** Body {@code {"events": ["event id", ...]}}: moves those events of this storyline into a new one. */
  private void split(Context ctx) {
    String id = Params.id(ctx, "storyline");
    List<String> events = JsonBody.of(ctx, config.maxJsonBytes()).strings("events");
    events.forEach(e -> Ids.check("event", e));
    ctx.json(services.storylines().split(id, events));
  }

  private void events(Context ctx) {
    String storyline = Params.optional(ctx, "storyline");
    if (storyline != null) {
      Ids.check("storyline", storyline);
    }
    ctx.json(services.storylines().events(storyline, Params.optional(ctx, "cursor"), Params.limit(ctx)));
  }

  private void event(Context ctx) {
    String id = Params.id(ctx, "event");
    ctx.json(services.storylines().event(id).orElseThrow(() -> ApiException.notFound("unknown event '" + id + "'")));
  }
}
