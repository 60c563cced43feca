package io.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.core.Article;
import io.storyline.core.DateWords;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import io.storyline.store.ArticleJson;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An article as the API gives it: the export format, plus every further annotation layer under
 * {@code annotations} by layer name (entities, times, events as those stages add them), each
 * serialised as it is, so the UI shows layers this module does not know. The dated layers
 * ({@code published}, {@code eventDate}) also carry their value in words ({@link DateWords}).
 *
 * <p>On top, what a reader looks for first: {@code published} (value, words, granularity, and where the date
 * came from), the {@code event} and {@code storyline} it belongs to, its {@code quotes} with speakers, and the
 * {@code entities} it names (current id and name, type, mentions in this article).
 */
final class ArticleView {
  /** Layers the export format already carries as its own fields. */
  private static final Set<Layer<?>> IN_EXPORT = Set.of(Layers.REMOVED, Layers.TITLE, Layers.LANGUAGE, Layers.SENTENCES);
  /** Layers whose object holds a date {@code value} to say in words. */
  private static final Set<String> DATED = Set.of("published", "eventDate");

  private final ArticleJson json = new ArticleJson();
  private final EntityDirectory entities;
  private final StorylineDirectory storylines;

  ArticleView(EntityDirectory entities, StorylineDirectory storylines) {
    this.entities = entities;
    this.storylines = storylines;
  }

  /** Without entities or storylines: the article and its layers alone. */
  ArticleView() {
    this(EntityDirectory.NONE, StorylineDirectory.NONE);
  }

  ObjectNode render(Article article) {
    ObjectNode o = json.toTree(article);
    ObjectNode annotations = Json.MAPPER.createObjectNode();
    for (Map.Entry<Layer<?>, Object> e : article.layers().entrySet()) {
      if (!IN_EXPORT.contains(e.getKey())) {
        try {
          JsonNode node = Json.MAPPER.valueToTree(e.getValue());
          if (DATED.contains(e.getKey().name()) && node instanceof ObjectNode dated && dated.path("value").isTextual()) {
            String words = DateWords.of(dated.path("value").asText());
            dated.put("words", words);
            if (dated.path("confidence").isNumber() && !words.equals(DateWords.UNKNOWN)) {
              dated.put("confidenceWord", DateWords.confidenceWord(dated.path("confidence").asDouble()));
            }
          }
          annotations.set(e.getKey().name(), node);
        } catch (IllegalArgumentException ex) {
          annotations.put(e.getKey().name(), "not serialisable: " + ex.getMessage());
        }
      }
    }
    o.set("published", published(annotations.path("published"), article.meta().get("published")));
    storylines.eventOf(article.id()).ifPresentOrElse(event -> {
      o.set("event", Json.MAPPER.valueToTree(event));
      o.set("storyline", event.storylineId() == null ? null
          : storylines.storyline(event.storylineId()).map(s -> (JsonNode) Json.MAPPER.valueToTree(s)).orElse(null));
    }, () -> o.putNull("event").putNull("storyline"));
    o.set("quotes", Json.MAPPER.valueToTree(storylines.quotesOf(article.id())));
    o.set("entities", entities(annotations.path("entities")));
    o.set("annotations", annotations);
    return o;
  }

  /** The publication date in words with its granularity and source, from the dated layer or the given metadata. */
  private static JsonNode published(JsonNode layer, String given) {
    ObjectNode p = Json.MAPPER.createObjectNode();
    if (layer.path("value").isTextual()) {
      String value = layer.path("value").asText();
      p.put("value", value).put("words", DateWords.of(value));
      p.put("granularity", layer.path("granularity").asText(granularity(value)).toLowerCase(Locale.ROOT));
      p.put("source", layer.path("source").asText("published"));
      return p;
    }
    if (given == null || given.isBlank()) {
      return null;
    }
    String value = given.length() > 16 && given.charAt(10) == 'T' ? given.substring(0, 16) : given;
    String words = DateWords.of(value);
    return p.put("value", given).put("words", words.equals(DateWords.UNKNOWN) ? given : words)
        .put("granularity", granularity(value)).put("source", "given");
  }

  private static String granularity(String value) {
    return value.length() == 4 ? "year" : value.length() == 7 ? "month" : value.length() == 10 ? "day" : "minute";
  }

  /** One row per entity named in the article: its current id and name (after merges and renames), type, mentions here. */
  private ArrayNode entities(JsonNode mentions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, JsonNode> first = new LinkedHashMap<>();
    for (JsonNode m : mentions) {
      String id = m.path("entityId").asText(null);
      if (id != null) {
        counts.merge(id, 1, Integer::sum);
        first.putIfAbsent(id, m);
      }
    }
    ArrayNode out = Json.MAPPER.createArrayNode();
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> {
      JsonNode m = first.get(e.getKey());
      var summary = entities.brief(e.getKey());
      out.addObject()
          .put("id", summary.map(EntityDirectory.EntitySummary::id).orElse(e.getKey()))
          .put("name", summary.map(EntityDirectory.EntitySummary::name)
              .orElse(m.path("lemma").asText(m.path("surface").asText())))
          .put("type", summary.map(EntityDirectory.EntitySummary::type).orElse(m.path("type").asText(null)))
          .put("mentions", e.getValue());
    });
    return out;
  }
}
