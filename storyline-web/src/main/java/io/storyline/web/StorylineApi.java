package io.storyline.web;

import io.javalin.http.Context;
import io.storyline.web.StorylineDirectory.EventCard;
import io.storyline.web.StorylineDirectory.StorylineSummary;
import io.storyline.web.StorylineDirectory.Timeline;
import java.util.List;
import java.util.Map;

/** {@code /api/storylines} and {@code /api/events}: the overview, a storyline's timeline, event cards, corrections. */
final class StorylineApi {
  private final Services services;
  private final WebConfig config;
  private final ArticleRefs articles;

  StorylineApi(Services services, WebConfig config) {
    this.services = services;
    this.config = config;
    this.articles = new ArticleRefs(services.articles());
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

  /** Most recently active first; {@code from}, {@code to}, {@code lang} and {@code entity} filter ({@link EventFilter}). */
  private void storylines(Context ctx) {
    EventFilter filter = EventFilter.of(ctx);
    String cursor = Params.optional(ctx, "cursor");
    int limit = Params.limit(ctx);
    if (filter.isEmpty()) {
      ctx.json(services.storylines().storylines(cursor, limit));
      return;
    }
    StorylineDirectory d = services.storylines();
    List<StorylineSummary> kept = Page.all(d::storylines, Params.MAX_LIMIT).stream()
        .filter(filter::testSpanAndLanguages)
        .filter(s -> filter.entity() == null
            || Page.all((c, n) -> d.events(s.id(), c, n), Params.MAX_LIMIT).stream().anyMatch(filter::test))
        .toList();
    ctx.json(Page.slice(kept, cursor, limit));
  }

  private void storyline(Context ctx) {
    String id = Params.id(ctx, "storyline");
    ctx.json(services.storylines().storyline(id).orElseThrow(() -> ApiException.notFound("unknown storyline '" + id + "'")));
  }

  /** The storyline with all its events in date order, and the title, source and date of every article they cite. */
  private void timeline(Context ctx) {
    String id = Params.id(ctx, "storyline");
    Timeline t = services.storylines().timeline(id).orElseThrow(() -> ApiException.notFound("unknown storyline '" + id + "'"));
    ctx.json(new TimelineView(t.storyline(), t.events(),
        articles.of(t.events().stream().flatMap(e -> e.articleIds().stream()).toList())));
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

  /** Events in date order, of one storyline or all; filtered as {@link EventFilter} says. */
  private void events(Context ctx) {
    String storyline = Params.optional(ctx, "storyline");
    if (storyline != null) {
      Ids.check("storyline", storyline);
    }
    EventFilter filter = EventFilter.of(ctx);
    String cursor = Params.optional(ctx, "cursor");
    int limit = Params.limit(ctx);
    if (filter.isEmpty()) {
      ctx.json(services.storylines().events(storyline, cursor, limit));
      return;
    }
    List<EventCard> kept = Page.all((c, n) -> services.storylines().events(storyline, c, n), Params.MAX_LIMIT).stream()
        .filter(filter::test).toList();
    ctx.json(Page.slice(kept, cursor, limit));
  }

  /**
   * A storyline's timeline as the UI draws it.
   *
   * @param articles every article its events cite, by id (title, source, language, publication date in words)
   */
  record TimelineView(StorylineSummary storyline, List<EventCard> events, Map<String, ArticleRefs.ArticleRef> articles) {}

  private void event(Context ctx) {
    String id = Params.id(ctx, "event");
    ctx.json(services.storylines().event(id).orElseThrow(() -> ApiException.notFound("unknown event '" + id + "'")));
  }
}
