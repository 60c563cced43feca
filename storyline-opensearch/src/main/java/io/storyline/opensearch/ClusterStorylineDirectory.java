package io.storyline.opensearch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.web.Page;
import io.storyline.web.StorylineDirectory;
import java.util.List;
import java.util.Optional;

/**
 * The storylines and events published to the cluster ({@link ClusterDirectories#publish}), read-only:
 * storylines in the embedded listing's order (most recently active first), events in date order.
 */
final class ClusterStorylineDirectory implements StorylineDirectory {
  private final ClusterDirectories store;

  ClusterStorylineDirectory(ClusterDirectories store) {
    this.store = store;
  }

  @Override
  public long count() {
    return store.count(ClusterIndices.STORYLINES);
  }

  @Override
  public Page<StorylineSummary> storylines(String cursor, int limit) {
    return store.page(ClusterIndices.STORYLINES, all(), cursor, limit, StorylineSummary.class);
  }

  @Override
  public Optional<StorylineSummary> storyline(String id) {
    return store.get(ClusterIndices.STORYLINES, id, StorylineSummary.class);
  }

  @Override
  public Page<EventCard> events(String storylineId, String cursor, int limit) {
    ObjectNode q = all();
    if (storylineId != null) {
      q = OpenSearchClient.JSON.createObjectNode();
      q.putObject("term").put("storyline", storylineId);
    }
    return store.page(ClusterIndices.EVENTS, q, cursor, limit, EventCard.class);
  }

  @Override
  public Optional<EventCard> event(String id) {
    return store.get(ClusterIndices.EVENTS, id, EventCard.class);
  }

  @Override
  public Optional<EventCard> eventOf(String articleId) {
    return store.first(ClusterIndices.EVENTS, reporting(articleId), "doc")
        .map(doc -> store.read(doc, new TypeReference<EventCard>() {}));
  }

  @Override
  public List<QuoteRef> quotesOf(String articleId) {
    return store.first(ClusterIndices.EVENTS, reporting(articleId), "quotes")
        .map(quotes -> quotes.path(articleId))
        .filter(JsonNode::isArray)
        .map(said -> store.read(said, new TypeReference<List<QuoteRef>>() {}))
        .orElse(List.of());
  }

  /** The event that holds the article. */
  private static ObjectNode reporting(String articleId) {
    ObjectNode q = OpenSearchClient.JSON.createObjectNode();
    q.putObject("term").put("articles", articleId);
    return q;
  }

  private static ObjectNode all() {
    ObjectNode q = OpenSearchClient.JSON.createObjectNode();
    q.putObject("match_all");
    return q;
  }
}
