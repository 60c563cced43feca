package io.storyline.opensearch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storyline.web.EntityDirectory;
import io.storyline.web.Page;
import io.storyline.web.StorylineDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Entities, events and storylines in the cluster, one document each in their own index, as the web UI
 * shows them ({@link EntityDirectory.EntityDetail}, {@link StorylineDirectory.StorylineSummary},
 * {@link StorylineDirectory.EventCard}), with their listing order. {@link #publish} copies them from
 * the directories of an embedded data directory; {@link #entities()} and {@link #storylines()} serve them.
 */
public final class ClusterDirectories {
  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final int PAGE = 100;

  private final OpenSearchClient client;
  private final BulkIndexer bulk;

  ClusterDirectories(OpenSearchClient client, BulkIndexer bulk) {
    this.client = client;
    this.bulk = bulk;
  }

  /** What {@link #publish} wrote. */
  public record Published(long entities, long storylines, long events) {}

  /**
   * Replaces the entities, storylines and events in the cluster with those of the given directories, in their
   * listing order (those no longer there, such as an entity merged away, are removed); waits until they are
   * searchable. While it runs, readers of the cluster see the listings partly filled.
   */
  public Published publish(EntityDirectory entities, StorylineDirectory storylines) {
    ClusterAddress at = client.address();
    for (String kind : List.of(ClusterIndices.ENTITIES, ClusterIndices.STORYLINES, ClusterIndices.EVENTS)) {
      ClusterIndices.recreateDirectory(client, kind);
    }
    long[] order = {0};
    pages((cursor, limit) -> entities.list("", null, cursor, limit), s -> entities.get(s.id()).ifPresent(d -> {
      ObjectNode doc = doc(d.entity().id(), order[0]++, d);
      doc.put("type", d.entity().type());
      List<String> names = Stream.concat(Stream.of(d.entity().name()), d.variants().stream().map(EntityDirectory.Variant::text))
          .map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
      ArrayNode full = doc.putArray("fullKeys");
      names.forEach(full::add);
      ArrayNode keys = doc.putArray("keys");
      names.stream().flatMap(n -> Stream.of(n, lastWord(n))).distinct().forEach(keys::add);
      bulk.add(at.index(ClusterIndices.ENTITIES), d.entity().id(), doc);
    }));
    long entityCount = order[0];
    order[0] = 0;
    pages(storylines::storylines, s -> bulk.add(at.index(ClusterIndices.STORYLINES), s.id(), doc(s.id(), order[0]++, s)));
    long storylineCount = order[0];
    order[0] = 0;
    pages((cursor, limit) -> storylines.events(null, cursor, limit), e -> {
      ObjectNode doc = doc(e.id(), order[0]++, e);
      if (e.storylineId() != null) {
        doc.put("storyline", e.storylineId());
      }
      ArrayNode articles = doc.putArray("articles");
      ObjectNode quotes = doc.putObject("quotes");
      for (String article : e.articleIds()) {
        articles.add(article);
        List<StorylineDirectory.QuoteRef> said = storylines.quotesOf(article);
        if (!said.isEmpty()) {
          quotes.set(article, MAPPER.valueToTree(said));
        }
      }
      bulk.add(at.index(ClusterIndices.EVENTS), e.id(), doc);
    });
    bulk.flush();
    for (String kind : List.of(ClusterIndices.ENTITIES, ClusterIndices.STORYLINES, ClusterIndices.EVENTS)) {
      client.send("POST", "/" + at.index(kind) + "/_refresh", null);
    }
    return new Published(entityCount, storylineCount, order[0]);
  }

  /** The entities in the cluster; corrections are refused (they are made where the data is analysed). */
  public EntityDirectory entities() {
    return new ClusterEntityDirectory(this);
  }

  /** The storylines and events in the cluster; corrections are refused. */
  public StorylineDirectory storylines() {
    return new ClusterStorylineDirectory(this);
  }

  ClusterAddress address() {
    return client.address();
  }

  /** Documents of {@code kind} matching {@code query}, in listing order, after the order value {@code cursor}. */
  <T> Page<T> page(String kind, ObjectNode query, String cursor, int limit, Class<T> type) {
    ObjectNode body = OpenSearchClient.JSON.createObjectNode();
    body.put("size", limit + 1);
    body.set("query", query);
    body.putArray("sort").addObject().put("order", "asc");
    if (cursor != null) {
      try {
        body.putArray("search_after").add(Long.parseLong(cursor));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad cursor '" + cursor + "': not a cursor this server made");
      }
    }
    body.putArray("_source").add("doc").add("order");
    JsonNode hits = client.send("POST", "/" + address().index(kind) + "/_search", body).path("hits").path("hits");
    List<T> items = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, hits.size()); i++) {
      items.add(read(hits.get(i).path("_source").path("doc"), type));
    }
    String next = hits.size() > limit ? hits.get(limit - 1).path("_source").path("order").asText() : null;
    return new Page<>(items, next);
  }

  /** The {@code field} of the first document of {@code kind} matching {@code query}, in listing order. */
  Optional<JsonNode> first(String kind, ObjectNode query, String field) {
    ObjectNode body = OpenSearchClient.JSON.createObjectNode();
    body.put("size", 1);
    body.set("query", query);
    body.putArray("sort").addObject().put("order", "asc");
    body.putArray("_source").add(field);
    JsonNode hits = client.send("POST", "/" + address().index(kind) + "/_search", body).path("hits").path("hits");
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0).path("_source").path(field));
  }

  <T> T read(JsonNode value, com.fasterxml.jackson.core.type.TypeReference<T> type) {
    try {
      return MAPPER.readerFor(type).readValue(value);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored value cannot be read: " + e.getMessage(), e);
    }
  }

  <T> Optional<T> get(String kind, String id, Class<T> type) {
    JsonNode found = client.sendOrNull("GET", "/" + address().index(kind) + "/_doc/"
        + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8) + "?_source_includes=doc", null);
    return found == null || !found.path("found").asBoolean() ? Optional.empty()
        : Optional.of(read(found.path("_source").path("doc"), type));
  }

  long count(String kind) {
    return client.send("GET", "/" + address().index(kind) + "/_count", null).path("count").asLong();
  }

  private static ObjectNode doc(String id, long order, Object value) {
    ObjectNode doc = OpenSearchClient.JSON.createObjectNode();
    doc.put("id", id);
    doc.put("order", order);
    doc.set("doc", MAPPER.valueToTree(value));
    return doc;
  }

  private static <T> T read(JsonNode doc, Class<T> type) {
    try {
      return MAPPER.treeToValue(doc, type);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored " + type.getSimpleName() + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static <T> void pages(BiFunction<String, Integer, Page<T>> source, java.util.function.Consumer<T> each) {
    String cursor = null;
    do {
      Page<T> page = source.apply(cursor, PAGE);
      page.items().forEach(each);
      cursor = page.next();
    } while (cursor != null);
  }

  private static String lastWord(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }
}
