package io.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.core.Article;
import io.storyline.core.TextMask;
import io.storyline.search.ArticleSearch;
import io.storyline.search.Hit;
import io.storyline.search.SearchQuery;
import io.storyline.search.SearchResult;
import io.storyline.search.Snippet;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link ArticleSearch} on the articles index of an OpenSearch cluster ({@link ClusterQueries} builds the
 * query). Hits, snippets, cursors and totals have the embedded index's form; docs/scale.md lists where the
 * two engines' analysis differs. Thread-safe.
 */
public final class OpenSearchSearch implements ArticleSearch {
  private final OpenSearchClient client;
  private final String index;
  private final ArticleDocuments documents;

  OpenSearchSearch(OpenSearchClient client, ArticleDocuments documents) {
    this.client = client;
    this.index = client.address().index(ClusterIndices.ARTICLES);
    this.documents = documents;
  }

  @Override
  public SearchResult search(SearchQuery query) {
    long started = System.nanoTime();
    ObjectNode body = ClusterQueries.body(query, query.cursor() == null ? null : decode(query));
    JsonNode answer;
    try {
      answer = client.send("POST", "/" + index + "/_search", body);
    } catch (IllegalStateException e) {
      if (e.getMessage().contains("HTTP 400")) {
        throw new IllegalArgumentException("cannot parse the query '" + query.text() + "': " + e.getMessage()
            + "; use words, \"phrases\", AND, OR, NOT, +must, -not, prefix*, fuzzy~", e);
      }
      throw e;
    }
    JsonNode hitsNode = answer.path("hits").path("hits");
    List<String> variants = ClusterQueries.variants(query.expansions());
    int n = Math.min(query.limit(), hitsNode.size());
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      hits.add(hit(hitsNode.get(i), variants));
    }
    String next = hitsNode.size() > n ? encode(query, hitsNode.get(n - 1).path("sort")) : null;
    JsonNode total = answer.path("hits").path("total");
    return new SearchResult(hits, total.path("value").asLong(), "eq".equals(total.path("relation").asText()), next,
        (System.nanoTime() - started) / 1_000_000);
  }

  @Override
  public long count() {
    return client.send("GET", "/" + index + "/_count", null).path("count").asLong();
  }

  @Override
  public Map<String, Long> languages() {
    ObjectNode body = OpenSearchClient.JSON.createObjectNode();
    body.put("size", 0);
    body.putObject("aggs").putObject("langs").putObject("terms").put("field", "lang").put("size", 500);
    Map<String, Long> out = new LinkedHashMap<>();
    for (JsonNode b : client.send("POST", "/" + index + "/_search", body).path("aggregations").path("langs").path("buckets")) {
      out.put(b.path("key").asText(), b.path("doc_count").asLong());
    }
    return out;
  }

  @Override
  public void close() {
    // the cluster connection belongs to OpenSearchCluster
  }

  private Hit hit(JsonNode h, List<String> variants) {
    JsonNode src = h.path("_source");
    Set<String> matched = new HashSet<>();
    h.path("matched_queries").forEach(m -> matched.add(m.asText()));
    boolean direct = matched.contains(ClusterQueries.TEXT);
    List<String> via = new ArrayList<>();
    if (!direct) {
      for (int i = 0; i < variants.size(); i++) {
        if (matched.contains(ClusterQueries.VARIANT + i)) {
          via.add(variants.get(i));
        }
      }
    }
    String lang = src.path("lang").asText();
    Article article = documents.article(src);
    String clean = TextMask.clean(article);
    List<Snippet> snippets = snippets(h.path("highlight"), ClusterIndices.fieldFor(lang).orElse(ClusterIndices.BODY), clean);
    Instant published = src.has("published") ? Instant.ofEpochMilli(src.path("published").asLong()) : null;
    double score = h.path("_score").isNumber() ? h.path("_score").asDouble() : 0;
    return new Hit(src.path("id").asText(), src.path("title").isTextual() ? src.path("title").asText() : null, lang,
        src.path("source").asText(), published, (float) score, direct, via,
        snippets.isEmpty() ? List.of(Snippet.opening(clean)) : snippets);
  }

  /** The highlights of the article's language field, else of the neutral one, located in the clean text. */
  private static List<Snippet> snippets(JsonNode highlight, String langField, String clean) {
    JsonNode fragments = highlight.path(langField);
    if (fragments.isMissingNode() || fragments.isEmpty()) {
      fragments = highlight.path(ClusterIndices.BODY);
    }
    List<Snippet> out = new ArrayList<>();
    for (JsonNode f : fragments) {
      String marked = f.asText();
      StringBuilder plain = new StringBuilder();
      List<Snippet.Range> ranges = new ArrayList<>();
      int open = -1;
      for (int i = 0; i < marked.length(); i++) {
        char c = marked.charAt(i);
        if (c == ClusterQueries.PRE.charAt(0)) {
          open = plain.length();
        } else if (c == ClusterQueries.POST.charAt(0)) {
          if (open >= 0) {
            ranges.add(new Snippet.Range(open, plain.length()));
          }
          open = -1;
        } else {
          plain.append(c);
        }
      }
      int start = clean.indexOf(plain.toString());
      out.add(new Snippet(Math.max(0, start), plain.toString(), ranges));
    }
    return out;
  }

  private static String encode(SearchQuery q, JsonNode sortValues) {
    String plain = q.sort().name().toLowerCase(Locale.ROOT) + "\n" + sortValues;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(SearchQuery q) {
    String cursor = q.cursor();
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 2);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad cursor '" + cursor + "': not a cursor this server made");
    }
    if (parts.length != 2 || !parts[0].equals(q.sort().name().toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("bad cursor '" + cursor + "': it belongs to another query or sort order ("
          + (parts.length == 2 ? parts[0] : "?") + "); pass the nextCursor of the same search");
    }
    return parts[1];
  }
}
