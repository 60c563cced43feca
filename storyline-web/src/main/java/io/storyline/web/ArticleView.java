package io.storyline.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.core.Article;
import io.storyline.core.DateWords;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import io.storyline.store.ArticleJson;
import java.util.Map;
import java.util.Set;

/**
 * An article as the API gives it: the export format, plus every further annotation layer under
 * {@code annotations} by layer name (entities, times, events as those stages add them), each
 * serialised as it is, so the UI shows layers this module does not know. The dated layers
 * ({@code published}, {@code eventDate}) also carry their value in words ({@link DateWords}).
 */
final class ArticleView {
  /** Layers the export format already carries as its own fields. */
  private static final Set<Layer<?>> IN_EXPORT = Set.of(Layers.REMOVED, Layers.TITLE, Layers.LANGUAGE, Layers.SENTENCES);
  /** Layers whose object holds a date {@code value} to say in words. */
  private static final Set<String> DATED = Set.of("published", "eventDate");

  private final ArticleJson json = new ArticleJson();

  ObjectNode render(Article article) {
    ObjectNode o = json.toTree(article);
    ObjectNode annotations = o.putObject("annotations");
    for (Map.Entry<Layer<?>, Object> e : article.layers().entrySet()) {
      if (!IN_EXPORT.contains(e.getKey())) {
        try {
          com.fasterxml.jackson.databind.JsonNode node = Json.MAPPER.valueToTree(e.getValue());
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
    return o;
  }
}
