package io.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.core.Article;
import io.storyline.core.ArticleStore;
import io.storyline.core.DateWords;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The few fields of an article that an event card lists (title, source, language, publication date in words),
 * looked up in the store by id, so cards name articles by title instead of id.
 */
final class ArticleRefs {
  /**
   * An article as an event card or timeline lists it.
   *
   * @param published the publication date in words ("12 July 2024"), or null when unknown
   */
  record ArticleRef(String id, String title, String source, String url, String lang, String published) {}

  private final ArticleStore store;

  ArticleRefs(ArticleStore store) {
    this.store = store;
  }

  /** The references of these ids, by id, in the given order; ids not in the store are left out. */
  Map<String, ArticleRef> of(Collection<String> ids) {
    Map<String, ArticleRef> out = new LinkedHashMap<>();
    for (String id : ids) {
      if (!out.containsKey(id)) {
        store.get(id).ifPresent(a -> out.put(id, ref(a)));
      }
    }
    return out;
  }

  static ArticleRef ref(Article a) {
    String lang = a.get(Layers.LANGUAGE).map(l -> l.code()).orElse(null);
    return new ArticleRef(a.id(), a.displayTitle(), a.source(), a.url(), lang, published(a).orElse(null));
  }

  /** The publication date in words: the dated {@code published} layer, else the given metadata. */
  static Optional<String> published(Article a) {
    for (Map.Entry<Layer<?>, Object> e : a.layers().entrySet()) {
      if (e.getKey().name().equals("published")) {
        JsonNode value = Json.MAPPER.valueToTree(e.getValue()).path("value");
        if (value.isTextual()) {
          return Optional.of(DateWords.of(value.asText()));
        }
      }
    }
    return Optional.ofNullable(a.meta().get("published")).map(p -> p.length() >= 10 ? DateWords.of(p.substring(0, 10)) : p);
  }
}
