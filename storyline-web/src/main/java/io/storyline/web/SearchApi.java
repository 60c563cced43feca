package io.storyline.web;

import io.javalin.http.Context;
import io.storyline.search.Expansion;
import io.storyline.search.Filters;
import io.storyline.search.SearchQuery;
import io.storyline.search.SearchResult;
import io.storyline.search.SortOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /api/search}: full text with filters, expanded across languages through the entity directory. */
final class SearchApi {
  private final Services services;

  SearchApi(Services services) {
    this.services = services;
  }

  List<Route> routes() {
    return List.of(Route.get("/api/search", this::search));
  }

  private void search(Context ctx) {
    String text = Params.optional(ctx, "q");
    List<Expansion> expansions = text == null ? List.of() : services.entities().expand(text);
    Filters filters = filters(ctx);
    if (filters.entity() != null) {
      filters = filters.withScope(services.entities().scope(filters.entity()));
    }
    SearchQuery q = new SearchQuery(text, expansions, filters, sort(ctx), Params.limit(ctx), Params.optional(ctx, "cursor"));
    SearchResult r = services.search().search(q);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", q.text());
    out.put("expansions", expansions);
    out.put("total", r.total());
    out.put("totalExact", r.totalExact());
    out.put("tookMillis", r.tookMillis());
    out.put("next", r.nextCursor());
    out.put("hits", r.hits());
    ctx.json(out);
  }

  private static Filters filters(Context ctx) {
    String lang = Params.optional(ctx, "lang");
    Set<String> languages = lang == null ? Set.of()
        : Arrays.stream(lang.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    try {
      return new Filters(languages, Params.date(ctx, "from"), Params.date(ctx, "to"), Params.optional(ctx, "entity"),
          Params.optional(ctx, "event"), Params.optional(ctx, "storyline"), Params.optional(ctx, "source"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static SortOrder sort(Context ctx) {
    String sort = Params.optional(ctx, "sort");
    try {
      return sort == null ? SortOrder.RELEVANCE : SortOrder.parse(sort);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
