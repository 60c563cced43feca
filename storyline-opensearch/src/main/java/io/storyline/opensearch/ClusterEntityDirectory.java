package io.storyline.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.search.Expansion;
import io.storyline.web.EntityDirectory;
import io.storyline.web.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The entities published to the cluster ({@link ClusterDirectories#publish}), read-only: listing by name
 * prefix and type, details, and query expansion across languages and scripts by the same name keys as the
 * embedded registry (the whole query or, for one word, also a name's last word).
 */
final class ClusterEntityDirectory implements EntityDirectory {
  private static final int MAX_EXPANSIONS = 5;

  private final ClusterDirectories store;

  ClusterEntityDirectory(ClusterDirectories store) {
    this.store = store;
  }

  @Override
  public long count() {
    return store.count(ClusterIndices.ENTITIES);
  }

  @Override
  public Page<EntitySummary> list(String query, String type, String cursor, int limit) {
    ObjectNode bool = OpenSearchClient.JSON.createObjectNode();
    ObjectNode b = bool.putObject("bool");
    b.putArray("must").addObject().putObject("match_all");
    if (query != null && !query.isBlank()) {
      b.putArray("filter").addObject().putObject("prefix").put("fullKeys", query.strip().toLowerCase(Locale.ROOT));
    }
    if (type != null && !type.isBlank()) {
      (b.has("filter") ? (com.fasterxml.jackson.databind.node.ArrayNode) b.get("filter") : b.putArray("filter"))
          .addObject().putObject("term").put("type", type.strip().toUpperCase(Locale.ROOT));
    }
    Page<EntityDetail> page = store.page(ClusterIndices.ENTITIES, bool, cursor, limit, EntityDetail.class);
    return new Page<>(page.items().stream().map(EntityDetail::entity).toList(), page.next());
  }

  @Override
  public Optional<EntityDetail> get(String id) {
    return store.get(ClusterIndices.ENTITIES, id, EntityDetail.class);
  }

  @Override
  public List<Expansion> expand(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    String whole = query.strip();
    List<String> words = List.of(whole.split("\\s+"));
    Map<String, Expansion> out = new LinkedHashMap<>();
    for (String term : Stream.concat(Stream.of(whole), words.stream()).distinct().toList()) {
      ObjectNode q = OpenSearchClient.JSON.createObjectNode();
      q.putObject("term").put(words.size() == 1 ? "keys" : "fullKeys", term.toLowerCase(Locale.ROOT));
      for (EntityDetail d : store.page(ClusterIndices.ENTITIES, q, null, MAX_EXPANSIONS, EntityDetail.class).items()) {
        if (out.size() < MAX_EXPANSIONS && !out.containsKey(d.entity().id())) {
          List<String> names = new ArrayList<>();
          names.add(d.entity().name());
          d.variants().forEach(v -> names.add(v.text()));
          out.put(d.entity().id(), new Expansion(term, d.entity().id(),
              names.stream().distinct().filter(n -> !n.equalsIgnoreCase(term)).toList()));
        }
      }
    }
    return List.copyOf(out.values());
  }

  @Override
  public EntitySummary merge(String id, List<String> others) {
    throw readOnly();
  }

  @Override
  public List<EntitySummary> split(String id, List<String> variants, String newName) {
    throw readOnly();
  }

  @Override
  public EntitySummary rename(String id, String name) {
    throw readOnly();
  }

  @Override
  public EntitySummary retype(String id, String type) {
    throw readOnly();
  }

  private IllegalArgumentException readOnly() {
    return new IllegalArgumentException("the cluster store " + store.address().given() + " is read-only for corrections:"
        + " correct entities in the data directory that analyses the articles, then publish it again");
  }
}
