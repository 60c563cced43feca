package io.storyline.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.search.Expansion;
import io.storyline.search.EntityScope;
import io.storyline.search.Filters;
import io.storyline.search.SearchQuery;
import io.storyline.search.SortOrder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A {@link SearchQuery} as an OpenSearch search body, the same query the embedded index runs: the text in
 * Lucene's query syntax ({@code query_string}, all terms required) over the neutral and every language's body
 * field and the title (boosted 2), each expansion variant as a phrase weighted 0.8, filters, sort with the
 * article id as tie-breaker, and highlights. Named queries tell which part matched each hit: {@code q} the
 * text, {@code v<i>} the i-th variant.
 */
final class ClusterQueries {
  static final String TEXT = "q";
  static final String VARIANT = "v";
  static final String PRE = "\uE000";
  static final String POST = "\uE001";
  private static final float EXPANSION_BOOST = 0.8f;
  private static final String TITLE_FIELD = "title^2";
  /** Counted exactly up to here; beyond, the total is a lower bound. */
  static final int TRACK_TOTAL = 10_000;

  private ClusterQueries() {}

  /** The variants of the expansions in query order: {@code v<i>} names the i-th. */
  static List<String> variants(List<Expansion> expansions) {
    return expansions.stream().flatMap(e -> e.variants().stream()).toList();
  }

  static ObjectNode body(SearchQuery q, String cursorAfterJson) {
    ObjectNode body = OpenSearchClient.JSON.createObjectNode();
    body.put("size", q.limit() + 1);
    body.put("track_total_hits", TRACK_TOTAL);
    ObjectNode bool = body.putObject("query").putObject("bool");
    ArrayNode should = bool.putArray("should");
    should.add(text(q.text()));
    List<String> variants = variants(q.expansions());
    for (int i = 0; i < variants.size(); i++) {
      ObjectNode mm = should.addObject().putObject("multi_match");
      mm.put("query", variants.get(i)).put("type", "phrase").put("boost", EXPANSION_BOOST).put("_name", VARIANT + i);
      fields(mm.putArray("fields"));
    }
    bool.put("minimum_should_match", 1);
    filters(bool.putArray("filter"), q.filters());
    sort(body.putArray("sort"), q.sort());
    if (cursorAfterJson != null) {
      try {
        body.set("search_after", OpenSearchClient.JSON.readTree(cursorAfterJson));
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("bad cursor: " + e.getMessage(), e);
      }
    }
    body.putArray("_source").add("id").add("lang").add("source").add("title").add("published").add("article");
    highlight(body.putObject("highlight"));
    return body;
  }

  private static ObjectNode text(String text) {
    ObjectNode q = OpenSearchClient.JSON.createObjectNode();
    if (text.isBlank()) {
      q.putObject("match_all").put("_name", TEXT);
      return q;
    }
    ObjectNode qs = q.putObject("query_string");
    qs.put("query", text).put("default_operator", "AND").put("_name", TEXT);
    fields(qs.putArray("fields"));
    return q;
  }

  private static void fields(ArrayNode fields) {
    ClusterIndices.bodyFields().forEach(fields::add);
    fields.add(TITLE_FIELD);
  }

  private static void filters(ArrayNode out, Filters f) {
    if (!f.languages().isEmpty()) {
      ArrayNode langs = out.addObject().putObject("terms").putArray("lang");
      f.languages().stream().sorted().forEach(langs::add);
    }
    if (f.from() != null || f.to() != null) {
      ObjectNode range = out.addObject().putObject("range").putObject("published");
      if (f.from() != null) {
        range.put("gte", millis(f.from()));
      }
      if (f.to() != null) {
        range.put("lt", millis(f.to().plusDays(1)));
      }
    }
    if (!f.entityIds().isEmpty()) {
      entity(out.addObject(), f);
    }
    term(out, "event", f.event());
    term(out, "storyline", f.storyline());
    term(out, "source", f.source());
  }

  /** Articles linked to the entity or one merged into it, or moved to it by a split; not those a split moved away. */
  private static void entity(ObjectNode clause, Filters f) {
    EntityScope scope = f.scope();
    if (scope.gained().isEmpty() && scope.lost().isEmpty()) {
      terms(clause, "entity", f.entityIds());
      return;
    }
    ObjectNode bool = clause.putObject("bool");
    ArrayNode should = bool.putArray("should");
    terms(should.addObject(), "entity", f.entityIds());
    if (!scope.gained().isEmpty()) {
      terms(should.addObject(), "id", scope.gained());
    }
    bool.put("minimum_should_match", 1);
    if (!scope.lost().isEmpty()) {
      terms(bool.putArray("must_not").addObject(), "id", scope.lost());
    }
  }

  private static void terms(ObjectNode clause, String field, java.util.Collection<String> values) {
    ArrayNode list = clause.putObject("terms").putArray(field);
    values.stream().sorted().forEach(list::add);
  }

  private static void term(ArrayNode out, String field, String value) {
    if (value != null && !value.isBlank()) {
      out.addObject().putObject("term").put(field, value);
    }
  }

  private static void sort(ArrayNode sort, SortOrder order) {
    if (order == SortOrder.RELEVANCE) {
      sort.addObject().put("_score", "desc");
    } else {
      sort.addObject().putObject("published").put("order", order == SortOrder.NEWEST ? "desc" : "asc").put("missing", "_last");
    }
    sort.addObject().put("id", "asc");
  }

  private static void highlight(ObjectNode h) {
    h.putArray("pre_tags").add(PRE);
    h.putArray("post_tags").add(POST);
    h.put("type", "unified").put("fragment_size", 160).put("number_of_fragments", 2).put("require_field_match", false);
    ObjectNode fields = h.putObject("fields");
    ClusterIndices.bodyFields().forEach(f -> fields.putObject(f));
  }

  private static long millis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
