package io.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.core.Article;
import io.storyline.core.ArticleStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link ArticleStore} on an OpenSearch cluster: each article is one document of the articles index, which
 * search reads as well ({@link OpenSearchSearch}). Puts go out in bulk with back-pressure ({@link BulkIndexer});
 * until the next {@link #commit()} an article put here is found by {@link #get} and by its content hash
 * from this process only, as with the embedded store. After {@code commit()} returns, the cluster holds
 * every article put before (its translog is written before it answers) and search sees them.
 * Thread-safe.
 */
public final class OpenSearchArticleStore implements ArticleStore {
  private static final int PAGE = 500;

  private final OpenSearchClient client;
  private final String index;
  private final ArticleDocuments documents;
  private final BulkIndexer bulk;
  private final Map<String, String> pendingByHash = new HashMap<>();
  private final Map<String, Article> pendingById = new HashMap<>();

  OpenSearchArticleStore(OpenSearchClient client, ArticleDocuments documents, BulkIndexer bulk) {
    this.client = client;
    this.index = client.address().index(ClusterIndices.ARTICLES);
    this.documents = documents;
    this.bulk = bulk;
  }

  @Override
  public synchronized PutResult put(Article article) {
    Optional<String> twin = idForHash(article.contentHash());
    if (twin.isPresent()) {
      return new PutResult(PutResult.Status.DUPLICATE, article.id(), twin.get());
    }
    boolean exists = get(article.id()).isPresent();
    bulk.add(index, article.id(), documents.document(article));
    pendingByHash.values().remove(article.id());
    pendingByHash.put(article.contentHash(), article.id());
    pendingById.put(article.id(), article);
    return new PutResult(exists ? PutResult.Status.UPDATED : PutResult.Status.STORED, article.id(), null);
  }

  /**
   * Writes the article without {@link #put}'s look-ups (two requests per article): for articles known to be
   * unique, such as a copy of another store. Readable after the next {@link #commit()}.
   */
  public void write(Article article) {
    bulk.add(index, article.id(), documents.document(article));
  }

  @Override
  public Optional<Article> get(String id) {
    synchronized (this) {
      Article pending = pendingById.get(id);
      if (pending != null) {
        return Optional.of(pending);
      }
    }
    JsonNode found = client.sendOrNull("GET", "/" + index + "/_doc/" + encode(id) + "?_source_includes=article", null);
    return found == null || !found.path("found").asBoolean() ? Optional.empty()
        : Optional.of(documents.article(found.path("_source")));
  }

  @Override
  public Optional<String> idForHash(String contentHash) {
    synchronized (this) {
      String pending = pendingByHash.get(contentHash);
      if (pending != null) {
        return Optional.of(pending);
      }
    }
    List<String> ids = ids(term("contentHash", contentHash), 0, 1);
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.getFirst());
  }

  /** Visits the committed articles in id order (pages of {@value #PAGE}, by search_after). */
  @Override
  public void forEach(Consumer<Article> visitor) {
    String after = null;
    while (true) {
      ObjectNode body = search(matchAll(), PAGE, after);
      body.putArray("_source").add("article");
      JsonNode hits = client.send("POST", "/" + index + "/_search", body).path("hits").path("hits");
      for (JsonNode hit : hits) {
        visitor.accept(documents.article(hit.path("_source")));
      }
      if (hits.size() < PAGE) {
        return;
      }
      after = hits.get(hits.size() - 1).path("_id").asText();
    }
  }

  @Override
  public List<String> ids(int offset, int limit) {
    return ids(matchAll(), offset, limit);
  }

  @Override
  public List<String> idsStartingWith(String prefix, int max) {
    ObjectNode q = OpenSearchClient.JSON.createObjectNode();
    q.putObject("prefix").put("id", prefix);
    return ids(q, 0, max);
  }

  @Override
  public long count() {
    return client.send("GET", "/" + index + "/_count", null).path("count").asLong();
  }

  @Override
  public void commit() {
    bulk.flush();
    client.send("POST", "/" + index + "/_refresh", null);
    synchronized (this) {
      pendingById.clear();
      pendingByHash.clear();
    }
  }

  @Override
  public void close() {
    commit();
  }

  /** Ids in id order from {@code offset}: pages by search_after, so any offset works. */
  private List<String> ids(ObjectNode query, int offset, int limit) {
    List<String> out = new ArrayList<>();
    String after = null;
    int skip = offset;
    while (out.size() < limit) {
      int want = Math.min(PAGE, skip + limit - out.size());
      ObjectNode body = search(query, want, after);
      body.put("_source", false);
      JsonNode hits = client.send("POST", "/" + index + "/_search", body).path("hits").path("hits");
      for (JsonNode hit : hits) {
        if (skip > 0) {
          skip--;
        } else if (out.size() < limit) {
          out.add(hit.path("_id").asText());
        }
      }
      if (hits.size() < want) {
        break;
      }
      after = hits.get(hits.size() - 1).path("_id").asText();
    }
    return out;
  }

  private static ObjectNode search(ObjectNode query, int size, String after) {
    ObjectNode body = OpenSearchClient.JSON.createObjectNode();
    body.put("size", size);
    body.set("query", query);
    body.putArray("sort").addObject().put("id", "asc");
    if (after != null) {
      ((ArrayNode) body.putArray("search_after")).add(after);
    }
    return body;
  }

  private static ObjectNode matchAll() {
    ObjectNode q = OpenSearchClient.JSON.createObjectNode();
    q.putObject("match_all");
    return q;
  }

  private static ObjectNode term(String field, String value) {
    ObjectNode q = OpenSearchClient.JSON.createObjectNode();
    q.putObject("term").put(field, value);
    return q;
  }

  private static String encode(String id) {
    return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
  }
}
