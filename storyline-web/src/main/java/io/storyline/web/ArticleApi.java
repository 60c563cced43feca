package io.storyline.web;

import io.javalin.http.Context;
import io.storyline.search.Filters;
import io.storyline.search.SearchQuery;
import io.storyline.search.SearchResult;
import io.storyline.search.SortOrder;
import java.util.List;
import java.util.Set;

/** {@code /api/articles}: the newest articles a page at a time, and one article with all its annotations. */
final class ArticleApi {
  private final Services services;
  private final ArticleView view;

  ArticleApi(Services services) {
    this.services = services;
    this.view = new ArticleView(services.entities(), services.storylines());
  }

  List<Route> routes() {
    return List.of(Route.get("/api/articles", this::list), Route.get("/api/articles/{id}", this::get));
  }

  /** Articles newest first, from the search index (so pages have stable cursors). */
  private void list(Context ctx) {
    String lang = Params.optional(ctx, "lang");
    Filters filters = new Filters(lang == null ? Set.of() : Set.of(lang.split(",")), null, null, null, null, null,
        Params.optional(ctx, "source"));
    SearchQuery q = SearchQuery.of("").withSort(SortOrder.NEWEST).withFilters(filters).withLimit(Params.limit(ctx))
        .after(Params.optional(ctx, "cursor"));
    SearchResult r = services.search().search(q);
    ctx.json(new Page<>(r.hits(), r.nextCursor()));
  }

  private void get(Context ctx) {
    String id = Params.id(ctx, "article");
    ctx.json(view.render(services.articles().find(id))); // a unique prefix will do; else a 404 with the near ids
  }
}
