package io.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The indices of a cluster store and their mappings, created by the application: articles (the
 * stored article with its annotation layers, plus the fields search needs, one body field per
 * language with OpenSearch's analyser for it), and one index each for entities, events and storylines.
 * Creating is idempotent: an index that exists is left as it is.
 */
final class ClusterIndices {
  static final String ARTICLES = "articles";
  static final String ENTITIES = "entities";
  static final String EVENTS = "events";
  static final String STORYLINES = "storylines";
  static final String BODY = "body";
  static final String BODY_PREFIX = "body_";

  /** Language code to OpenSearch analyser name (resource {@code analyzers.properties}). */
  private static final Map<String, String> ANALYZERS = analyzers();

  private ClusterIndices() {}

  /** The body field of a language, when OpenSearch has an analyser for it. */
  static Optional<String> fieldFor(String lang) {
    return lang != null && ANALYZERS.containsKey(lang) ? Optional.of(BODY_PREFIX + lang) : Optional.empty();
  }

  /** Every body field a query searches: the neutral one, then one per language. */
  static java.util.List<String> bodyFields() {
    java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of(BODY));
    ANALYZERS.keySet().forEach(code -> out.add(BODY_PREFIX + code));
    return out;
  }

  /** Creates the indices that do not exist yet; throws naming the address when the cluster is unreachable. */
  static void create(OpenSearchClient client) {
    ClusterAddress at = client.address();
    createIfAbsent(client, at.index(ARTICLES), articles());
    for (String kind : new String[] {ENTITIES, EVENTS, STORYLINES}) {
      createIfAbsent(client, at.index(kind), resource("directory-index.json"));
    }
  }

  /** Deletes the index of a directory kind (entities, events, storylines) and creates it empty. */
  static void recreateDirectory(OpenSearchClient client, String kind) {
    String index = client.address().index(kind);
    client.sendOrNull("DELETE", "/" + index, null);
    createIfAbsent(client, index, resource("directory-index.json"));
  }

  private static void createIfAbsent(OpenSearchClient client, String index, ObjectNode body) {
    if (client.sendOrNull("HEAD", "/" + index, null) != null) {
      return;
    }
    try {
      client.send("PUT", "/" + index, body);
    } catch (IllegalStateException e) {
      if (!e.getMessage().contains("resource_already_exists")) { // another process created it meanwhile
        throw e;
      }
    }
  }

  private static ObjectNode articles() {
    ObjectNode index = resource("articles-index.json");
    ObjectNode properties = (ObjectNode) index.path("mappings").path("properties");
    ANALYZERS.forEach((code, analyzer) -> properties.putObject(BODY_PREFIX + code)
        .put("type", "text").put("analyzer", analyzer).put("index_options", "offsets"));
    return index;
  }

  private static ObjectNode resource(String name) {
    try (InputStream in = ClusterIndices.class.getResourceAsStream(name)) {
      JsonNode tree = OpenSearchClient.JSON.readTree(in);
      return (ObjectNode) tree;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + name, e);
    }
  }

  private static Map<String, String> analyzers() {
    Properties p = new Properties();
    try (InputStream in = ClusterIndices.class.getResourceAsStream("analyzers.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource analyzers.properties", e);
    }
    Map<String, String> m = new TreeMap<>();
    p.forEach((k, v) -> m.put(k.toString(), v.toString()));
    return java.util.Collections.unmodifiableMap(m);
  }
}
